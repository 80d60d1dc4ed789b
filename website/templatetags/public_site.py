"""Template tags of the public site's layout: main navigation, breadcrumbs,
language links, footer partners and the SEO tags of <head>. Each runs a fixed number of
queries whatever the page shows."""
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from agenda.models import EventIndexPage
from casestudies.models import CaseStudyIndexPage, GoodPracticeIndexPage, ProjectIdeaIndexPage
from clusters.models import ClusterIndexPage
from core.localization import localized_pages, localized_terms
from search.profile import page_summary, profile_of
from taxonomy.models import PartnerOrganisation
from website.language_links import content_language, language_links
from website.visibility import public_pages

register = template.Library()

# The main navigation lists the home page's children that are shown in menus,
# sections first in this order, then the other pages (e.g. "About") in tree order.
SECTION_ORDER = [ClusterIndexPage, CaseStudyIndexPage, GoodPracticeIndexPage, EventIndexPage, ProjectIdeaIndexPage]
DESCRIPTION_LENGTH = 160
OG_LOCALES = {"en": "en_GB", "da": "da_DK", "de": "de_DE"}


@dataclass
class NavItem:
    title: str
    url: str
    is_current: bool
    is_section: bool  # the current page lies below this item


def page_language(context):
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        return page.locale.language_code
    return translation.get_language() or settings.LANGUAGE_CODE


def home_page_for(request, language_code):
    """The site's home page in ``language_code`` (or the site's root page)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        return None
    root = site.root_page
    return (
        public_pages(Page.objects.filter(translation_key=root.translation_key, locale__language_code=language_code)).first()
        or root
    )


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the language being shown (cached on the request)."""
    request = context.get("request")
    language = page_language(context)
    cache = getattr(request, "_site_home_pages", None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            request._site_home_pages = cache
    if language not in cache:
        cache[language] = home_page_for(request, language)
    return cache[language]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The main navigation's items (computed once per request)."""
    request = context.get("request")
    cached = getattr(request, "_main_navigation", None)
    if cached is None:
        cached = _main_navigation(context)
        if request is not None:
            request._main_navigation = cached
    return cached


def _main_navigation(context):
    request = context.get("request")
    home = site_home(context)
    if home is None:
        return []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else None
    children = list(public_pages(home.get_children()).in_menu().order_by("path"))
    # Sections in SECTION_ORDER first; sort() is stable, so the rest keep tree order.
    ranks = {ContentType.objects.get_for_model(model).pk: rank for rank, model in enumerate(SECTION_ORDER)}
    children.sort(key=lambda page: ranks.get(page.content_type_id, len(SECTION_ORDER)))
    return [
        NavItem(
            title=page.title,
            url=page.get_url(request),
            is_current=page.path == current_path,
            is_section=bool(current_path) and current_path.startswith(page.path) and page.path != current_path,
        )
        for page in children
    ]


@register.filter
def page_kind(page):
    """A short label of what a page is ("Cluster", "Case study"): its search
    profile's label, or "" for a page type without one."""
    profile = profile_of(page)
    return profile.label if profile else ""


@register.simple_tag(takes_context=True)
def page_language_links(context, page):
    """The page in each content language (language switcher, hreflang links)."""
    return language_links(page, context.get("request"))


@register.filter
def page_content_language(page):
    """The language a page's content is in (an untranslated alias shows its source's)."""
    return content_language(page)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors from the home page down (not the page itself)."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2).live())


@register.simple_tag(takes_context=True)
def footer_partners(context):
    """The partner organisations in the language shown (the source language's where untranslated)."""
    language = page_language(context)
    partners = list(PartnerOrganisation.objects.filter(locale__language_code=language))
    if not partners:
        partners = list(PartnerOrganisation.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
    return partners


def page_description(page):
    """search_description, else the page's summary (search/profile.py), as
    plain text of at most 160 characters."""
    text = page.search_description or page_summary(page)
    text = " ".join(text.split())
    if not text:
        text = _("InTra-Net – Innovation in Transnational Networks: the Danish-German cross-border cluster network.")
    return Truncator(text).chars(DESCRIPTION_LENGTH)


def page_image(page):
    for field in ("logo", "hero_image"):
        image = getattr(page, field, None)
        if image is not None:
            return image
    return None


@register.simple_tag(takes_context=True)
def page_meta(context, page, links=None):
    """What <head> says about a page: description, canonical URL, hreflang
    alternates (translated pages only, and x-default: the source language),
    Open Graph locale data and an image."""
    request = context.get("request")
    absolute = request.build_absolute_uri if request else (lambda url: url)
    links = links if links is not None else language_links(page, request)
    alternates = [link for link in links if link.is_translated]
    if page.alias_of_id:
        # An untranslated alias repeats its source page: that page is the canonical one.
        source = Page.objects.filter(pk=page.alias_of_id).first()
        canonical = source.get_url(request) if source else page.get_url(request)
    else:
        canonical = page.get_url(request)
    x_default = next((link for link in alternates if link.language_code == settings.LANGUAGE_CODE), None)
    language = page.locale.language_code
    image = page_image(page)
    image_data = None
    if image is not None:
        rendition = image.get_rendition("max-1200x630")
        image_data = {
            "url": absolute(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
        }
    return {
        "description": page_description(page),
        "canonical": absolute(canonical),
        "alternates": [{"language": link.language_code, "url": absolute(link.url)} for link in alternates],
        "x_default": absolute(x_default.url) if x_default else None,
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": [
            OG_LOCALES.get(link.language_code, link.language_code) for link in alternates if link.language_code != language
        ],
        "og_type": "website" if page.depth <= 2 else "article",
        "image": image_data,
    }


@register.simple_tag
def terms_in(terms, locale):
    """Taxonomy terms in ``locale`` (one query): ``{% terms_in page.themes.all page.locale as themes %}``."""
    return localized_terms(terms, locale)


@register.simple_tag
def pages_in(pages, locale):
    """Live pages in ``locale`` where translated (one query): ``{% pages_in page.related_clusters.all page.locale as clusters %}``."""
    return localized_pages(pages, locale)


@register.filter
def as_list(value):
    """``[value]``, or ``[]`` for None: lets the list tags take a single object."""
    return [] if value is None else [value]
