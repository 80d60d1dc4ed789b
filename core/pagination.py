"""Splitting long listings into pages, keeping the visitor's filters.

Listing pages show a page of items at a time (two queries: a count and the
slice), so that a section with thousands of pages renders as fast as one with
ten. Page numbers that are not numbers or out of range show the nearest page
(Paginator.get_page), never an error.
"""
from django.core.paginator import Paginator

ITEMS_PER_PAGE = 24


def paginate(request, items, per_page=ITEMS_PER_PAGE, parameter="page"):
    """(the page of ``items`` to show, the query string of the other GET parameters)."""
    page = Paginator(items, per_page).get_page(request.GET.get(parameter))
    others = request.GET.copy()
    others.pop(parameter, None)
    return page, others.urlencode()
