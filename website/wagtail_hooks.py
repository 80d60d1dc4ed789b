from wagtail import hooks

from .cache import mark_served_page


@hooks.register("before_serve_page")
def mark_page_for_the_cache(page, request, serve_args, serve_kwargs):
    """Tell the page cache (website/cache.py) that this response is a page, and whether it is public."""
    mark_served_page(request, page)
