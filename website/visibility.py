"""What the public may see: one rule, written once.

A page is visible to the public when it is live and neither it nor an
ancestor has a view restriction (password, log-in or groups). Every path that
shows pages to anonymous visitors or partners — templates, listings, links
between pages, the sitemap, search hits and autocomplete, the API, webhook
payloads, the page cache — asks this module rather than writing its own
``.live()`` filter, so that no path forgets the restriction half of the rule.
"""
from wagtail.models import Page


def public_pages(queryset=None):
    """The live, unrestricted pages of ``queryset`` (default: all pages)."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.live().public()


def visible_page_ids(page_ids):
    """The subset of ``page_ids`` that the public may see (one query)."""
    page_ids = {int(page_id) for page_id in page_ids if page_id is not None}
    if not page_ids:
        return set()
    return set(public_pages().filter(pk__in=page_ids).values_list("pk", flat=True))


def is_public(page):
    """Whether the public may see ``page`` (one query at most)."""
    return bool(page.live) and not page.get_view_restrictions().exists()
