"""Where the language switcher leads.

The Danish and German trees are synchronised from English, so every page
normally exists in every language — translated, or as an alias that shows the
English content. For a page that has no counterpart in a language yet (created
outside the admin, or before the trees were synchronised), the switcher leads
to its closest ancestor that does exist in that language, never to a 404.
"""
from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page

from website.visibility import public_pages


@dataclass
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    is_translated: bool  # False: an alias still showing the source language, or an ancestor
    is_ancestor: bool  # True: the page itself does not exist in that language


def content_language(page):
    """The language the page's content is written in: an untranslated alias
    shows its source page's content."""
    if page.alias_of_id:
        return Page.objects.filter(pk=page.alias_of_id).values_list("locale__language_code", flat=True).first()
    return page.locale.language_code


def _shown(queryset, request):
    """Links on a public page lead to public pages only; on a restricted page
    (seen by someone allowed in) to its live translations as well."""
    if request is not None and not getattr(request, "page_is_public", True):
        return queryset.live()
    return public_pages(queryset)


def language_links(page, request=None):
    names = dict(settings.LANGUAGES)
    translations = {
        p.locale.language_code: p
        for p in _shown(Page.objects.filter(translation_key=page.translation_key), request).select_related("locale")
    }
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target, is_ancestor = translations.get(code), False
        if target is None:
            target, is_ancestor = _closest_ancestor_in(page, code, request), True
        if target is None:
            continue
        links.append(
            LanguageLink(
                language_code=code,
                name=names.get(code, code),
                url=target.get_url(request=request),
                is_current=code == page.locale.language_code,
                is_translated=not is_ancestor and not target.alias_of_id,
                is_ancestor=is_ancestor,
            )
        )
    return links


def _closest_ancestor_in(page, language_code, request=None):
    ancestor_keys = list(page.get_ancestors().filter(depth__gt=1).values_list("translation_key", flat=True))
    candidates = {
        p.translation_key: p
        for p in _shown(
            Page.objects.filter(translation_key__in=ancestor_keys, locale__language_code=language_code), request
        )
    }
    for key in reversed(ancestor_keys):
        if key in candidates:
            return candidates[key]
    return None
