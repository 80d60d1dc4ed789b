"""What the public may see: one rule, written once.

A page is visible to the public when it is live and neither it nor an
ancestor has a view restriction (password, log-in or groups). Every path that
shows pages to anonymous visitors or partners — templates, listings, links
between pages, the sitemap, search hits and autocomplete, the API, webhook
payloads, the page cache — asks this module rather than writing its own
``.live()`` filter, so that no path forgets the restriction half of the rule.
"""
import functools

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def public_pages(queryset=None, restrictions_in_query=False):
    """The live, unrestricted pages of ``queryset`` (default: all pages).

    By default the view restrictions are read first (a query of their own)
    and become plain path conditions. With ``restrictions_in_query`` they are
    checked inside the statement instead (``under_no_restriction``): one round
    trip less, for the read paths that answer in a single query (the API)."""
    if queryset is None:
        queryset = Page.objects.all()
    if restrictions_in_query:
        return queryset.live().filter(under_no_restriction())
    return queryset.live().public()


def under_no_restriction():
    """A condition on pages: no view restriction on the page or an ancestor,
    checked inside the query (``.public()`` reads the restrictions first, a
    query of its own)."""
    restriction_paths = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return ~Exists(restriction_paths)


def visible_page_ids(page_ids):
    """The subset of ``page_ids`` that the public may see (one query)."""
    page_ids = {int(page_id) for page_id in page_ids if page_id is not None}
    if not page_ids:
        return set()
    pages = _public_page_ids_template().filter(pk__in=page_ids)
    return set(pages)


@functools.cache
def _public_page_ids_template():
    """The ids of the live, unrestricted pages, as a queryset built once per
    process and narrowed per call: search and autocomplete ask on every
    request, and building the restriction condition anew cost more than the
    query. A queryset is a description, never evaluated here."""
    return Page.objects.filter(under_no_restriction(), live=True).order_by().values_list("pk", flat=True)


def is_public(page):
    """Whether the public may see ``page`` (one query at most)."""
    return bool(page.live) and not page.get_view_restrictions().exists()
