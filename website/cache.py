"""The public pages' cache.

Anonymous visitors get Wagtail pages from a cache; a publish, an unpublish, a
move or deletion of a page, a view restriction added, changed or removed (on
a page or on a collection of documents), and a change to a taxonomy term, a
partner, an image or a site empty the whole cache. Emptying everything rather than single
pages is deliberate: a page's HTML also shows other pages (navigation, lists,
the home page's featured items, language links), so which entries a change
affects cannot be told cheaply, and republishing is rare.

Never cached: logged-in users (editors see their changes at once), previews
(they are not served through Wagtail's page view), pages under a view
restriction, responses that set cookies or use a CSRF token, anything but a
200 answer to GET. The cache lives in its own cache alias (settings.CACHES
["pages"]): Redis shared by all web nodes when REDIS_URL is set, otherwise a
folder shared by the worker processes of one machine, so that one process's
publish empties it for all of them.

On Redis, emptying the cache moves a generation counter on instead of
flushing: Django's RedisCache.clear() would empty the whole Redis database,
rate-limit counters included. Entries of older generations are never read
again and expire (PAGE_CACHE_SECONDS) or are evicted.

A cache that fails (Redis down or slow) is skipped: the page is rendered and
served without it (cms/shared_cache.py). An emptying that failed is retried
by this process at its next request, so that a publish made during an outage
does not leave old pages in the cache once Redis answers again.
"""
import hashlib
import logging
import threading

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from cms.shared_cache import CACHE_ERRORS, is_shared, warn_unavailable

logger = logging.getLogger(__name__)
CACHE_HEADER = "X-Page-Cache"
# Headers a cached response keeps; cookies never.
_STORED_HEADERS_EXCLUDED = {"set-cookie", CACHE_HEADER.lower()}


def page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "pages")]


def cache_key(request):
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


GENERATION_KEY = "generation"
_pending_clear = threading.Event()  # an emptying failed; retry before using the cache again


def _generation(cache):
    """The current generation of the shared page cache (a version number of Django's cache keys)."""
    return cache.get(GENERATION_KEY) or 1


def empty_page_cache():
    """Empty the page cache now, for every process and node that shares it.
    Returns whether it worked (a failing cache is left to a later retry)."""
    cache = page_cache()
    try:
        if is_shared(getattr(settings, "PAGE_CACHE_ALIAS", "pages")):
            # add() then incr(): both atomic on the server, so two nodes
            # emptying at once both move the generation on.
            cache.add(GENERATION_KEY, 1, timeout=None)
            cache.incr(GENERATION_KEY)
        else:
            cache.clear()
    except CACHE_ERRORS as error:
        _pending_clear.set()
        warn_unavailable("page cache not emptied (retried at the next request)", error)
        return False
    _pending_clear.clear()
    return True


def clear_page_cache(**kwargs):
    """Empty the page cache once the current transaction commits (so that no
    request re-caches the old content in between)."""
    transaction.on_commit(empty_page_cache)


def _pending_clear_error():
    """The cache is not used while an emptying is owed: it could still hold pages older than a publish."""
    return CACHE_ERRORS[0]("the page cache could not be emptied yet")


def mark_served_page(request, page):
    """Called for every page Wagtail serves (see wagtail_hooks.py)."""
    request.serves_wagtail_page = True
    request.page_is_public = not page.get_view_restrictions().exists()


def _is_anonymous(request):
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _response_is_cacheable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if not (getattr(request, "serves_wagtail_page", False) and getattr(request, "page_is_public", False)):
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """Serve and store anonymous visitors' Wagtail pages; set Cache-Control on
    every Wagtail page. Must come after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        use_cache = request.method == "GET" and getattr(settings, "PAGE_CACHE_ENABLED", True) and _is_anonymous(request)
        version = None
        if use_cache:
            try:
                version, stored = self._lookup(request)
            except CACHE_ERRORS as error:
                warn_unavailable("pages served without the page cache", error)
                use_cache = False
            else:
                if stored is not None:
                    response = self._rebuild(stored)
                    response[CACHE_HEADER] = "hit"
                    return response

        response = self.get_response(request)
        if not getattr(request, "serves_wagtail_page", False):
            return response
        if use_cache and _response_is_cacheable(request, response):
            self._set_public_cache_control(response)
            try:
                page_cache().set(
                    cache_key(request), self._store(response), getattr(settings, "PAGE_CACHE_SECONDS", 600),
                    version=version,
                )
            except CACHE_ERRORS as error:
                warn_unavailable("pages served without the page cache", error)
            response[CACHE_HEADER] = "miss"
        elif "Cache-Control" not in response:
            # Editors, restricted pages, personalised answers: never in a shared cache.
            patch_cache_control(response, private=True, no_cache=True)
        return response

    @staticmethod
    def _lookup(request):
        """(version, stored response or None) from the page cache; may raise CACHE_ERRORS."""
        if _pending_clear.is_set() and not empty_page_cache():
            raise _pending_clear_error()
        cache = page_cache()
        version = _generation(cache) if is_shared(getattr(settings, "PAGE_CACHE_ALIAS", "pages")) else None
        return version, cache.get(cache_key(request), version=version)

    @staticmethod
    def _set_public_cache_control(response):
        patch_cache_control(response, public=True, max_age=getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60))

    @staticmethod
    def _store(response):
        headers = [(name, value) for name, value in response.items() if name.lower() not in _STORED_HEADERS_EXCLUDED]
        return {"content": response.content, "status": response.status_code, "headers": headers}

    @staticmethod
    def _rebuild(stored):
        response = HttpResponse(stored["content"], status=stored["status"])
        for name, value in stored["headers"]:
            response[name] = value
        return response


def connect_invalidation():
    """Connect the signals after which cached pages may be out of date."""
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from taxonomy.models import PartnerOrganisation, Sector, Theme

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(clear_page_cache, dispatch_uid=f"website.page_cache.{id(signal)}")

    # A new view restriction must take the page (and every cached page that
    # lists or links it) out of the cache at once, not after PAGE_CACHE_SECONDS.
    watched = (
        Page, Sector, Theme, PartnerOrganisation, Site, Locale, get_image_model(),
        PageViewRestriction, CollectionViewRestriction,
    )

    def clear_if_watched(sender, instance, **kwargs):
        if isinstance(instance, watched):
            clear_page_cache()

    # Pages are saved many times without publishing (drafts, revisions): only
    # their deletion counts. The other models change the public site when saved.
    post_delete.connect(clear_if_watched, weak=False, dispatch_uid="website.page_cache.post_delete")
    for model in watched[1:]:
        post_save.connect(clear_if_watched, sender=model, weak=False, dispatch_uid=f"website.page_cache.save.{model.__name__}")
    # Which groups a restriction admits is a many-to-many change, not a save.
    for model in (PageViewRestriction, CollectionViewRestriction):
        m2m_changed.connect(
            clear_if_watched, sender=model.groups.through, weak=False,
            dispatch_uid=f"website.page_cache.groups.{model.__name__}",
        )
