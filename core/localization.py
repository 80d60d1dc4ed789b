"""Translations of many things at once, for listings.

Content refers to source-language records (sectors, themes, linked pages) and
shows them in the language of the page being viewed. ``obj.localized`` does
that with one query per object; on a list page that is one query per card and
term. The helpers here find all the translations with one query per model,
whatever the number of items, and fall back to the object itself where a
translation is missing (as ``localized`` does).
"""
from collections import defaultdict

from django.db.models import Q
from wagtail.models import Locale, Page

from website.visibility import public_pages


def localize_terms(terms, locale):
    """``{translation_key: term}`` of the given taxonomy terms (or snippets) in
    ``locale``; one query per model, only for terms not already in ``locale``."""
    terms = list(terms)
    found = {term.translation_key: term for term in terms if term.locale_id == locale.pk}
    missing = defaultdict(set)
    for term in terms:
        if term.translation_key not in found:
            missing[type(term)].add(term.translation_key)
    for model, keys in missing.items():
        for term in model.objects.filter(translation_key__in=keys, locale=locale):
            found[term.translation_key] = term
    return found


def localized_terms(terms, locale, mapping=None):
    """The terms in ``locale``, in their order; a term without translation stays as it is."""
    terms = list(terms)
    mapping = mapping if mapping is not None else localize_terms(terms, locale)
    return [mapping.get(term.translation_key, term) for term in terms]


def localize_pages(pages, locale, specific=False):
    """``{translation_key: page}`` for the translations of ``pages`` in
    ``locale`` that the public may see: one query (plus one per page type
    when ``specific``)."""
    pages = list(pages)
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    queryset = public_pages(Page.objects.filter(translation_key__in=keys, locale=locale))
    if specific:
        queryset = queryset.specific()
    return {page.translation_key: page for page in queryset}


def visible_in_locale(pages, locale, specific=False):
    """(translations by key, visible originals by id): the public translations
    of ``pages`` in ``locale`` and the pages themselves where the public may
    see them, in one query (plus one per page type when ``specific``)."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}, {}
    ids = {page.pk for page in pages}
    queryset = public_pages(
        Page.objects.filter(Q(translation_key__in=keys, locale=locale) | Q(pk__in=ids))
    )
    if specific:
        queryset = queryset.specific()
    translations, originals = {}, {}
    for page in queryset:
        if page.locale_id == locale.pk and page.translation_key in keys:
            translations[page.translation_key] = page
        if page.pk in ids:
            originals[page.pk] = page
    return translations, originals


def localized_pages(pages, locale):
    """The pages in ``locale`` where a public translation exists, otherwise
    the page itself if the public may see it (left out if not). Each carries
    ``content_language``: where it is not ``locale``'s language, templates
    mark the link with ``lang``. One query, plus at most two for languages."""
    return _shown_in_locale(list(pages), locale, specific=False)


def _shown_in_locale(pages, locale, specific):
    """Each page's public translation in ``locale``, else the page itself if
    public, in the given order, annotated with ``content_language``."""
    translations, originals = visible_in_locale(pages, locale, specific=specific)
    shown = (translations.get(page.translation_key) or originals.get(page.pk) for page in pages)
    return annotate_content_languages([page for page in shown if page is not None])


def annotate_content_languages(pages):
    """Set ``content_language`` on each page: its locale's language, or for an
    untranslated alias its source page's. At most two queries."""
    pages = list(pages)
    if not pages:
        return pages
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    alias_source_ids = {page.alias_of_id for page in pages if page.alias_of_id}
    source_locales = dict(
        Page.objects.filter(pk__in=alias_source_ids).values_list("pk", "locale_id")
    ) if alias_source_ids else {}
    for page in pages:
        locale_id = source_locales.get(page.alias_of_id, page.locale_id) if page.alias_of_id else page.locale_id
        page.content_language = languages.get(locale_id)
    return pages


def content_languages(pages, language_code):
    """``{page_id: language_code}`` of the content shown by each of ``pages``
    (all in the language ``language_code``): an untranslated alias shows its
    source page's language. One query, and only when there are aliases."""
    pages = list(pages)
    alias_source_ids = {page.alias_of_id for page in pages if page.alias_of_id}
    source_languages = dict(
        Page.objects.filter(pk__in=alias_source_ids).values_list("pk", "locale__language_code")
    ) if alias_source_ids else {}
    return {page.pk: source_languages.get(page.alias_of_id, language_code) for page in pages}


def localized_specific_pages(pages, locale):
    """Like ``localized_pages``, as specific pages (for cards that show
    type-specific fields): one query per page type, plus one."""
    return _shown_in_locale(list(pages), locale, specific=True)
