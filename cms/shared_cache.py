"""What the site does when its shared cache (Redis, settings.REDIS_URL) fails.

The cache holds nothing that cannot be lost: cached pages are rendered again
and rate-limit counters start again. So a Redis that is down or does not
answer within its socket time-out must never turn a request into an error:
the page cache (website/cache.py) catches ``CACHE_ERRORS`` itself, and the
default cache, which Wagtail, DRF and django-axes use directly, is a
``SharedRedisCache`` that answers a failing operation like a miss. Either way
one line is logged and the request carries on without the cache. Django's Redis client reconnects on
its own at the next request, so nothing needs restarting when Redis returns.

Without Redis (local memory, files) nothing here ever fires.
"""
import logging
import threading
import time

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("cms.shared_cache")

# One warning per kind of failure and process every so many seconds: an outage
# under load would otherwise write a line per request.
WARNING_INTERVAL_SECONDS = 30


def _cache_errors():
    try:
        from redis.exceptions import RedisError
    except ImportError:  # the redis client is a dependency, but make run needs no Redis
        return ()
    return (RedisError,)


CACHE_ERRORS = _cache_errors()

_last_warning = {}
_warning_lock = threading.Lock()


def warn_unavailable(what, error):
    """Log that ``what`` goes on without the shared cache (at most every WARNING_INTERVAL_SECONDS)."""
    now = time.monotonic()
    with _warning_lock:
        last = _last_warning.get(what)
        if last is not None and now - last < WARNING_INTERVAL_SECONDS:
            return
        _last_warning[what] = now
    reason = f"{type(error).__name__}: {error}" if isinstance(error, BaseException) else error
    logger.warning("shared cache unavailable, %s: %s", what, reason)


def is_shared(alias):
    """Whether the cache ``alias`` is the Redis server shared by all web nodes."""
    return isinstance(caches[alias], RedisCache)


_failures = threading.local()


def failures_in_this_thread():
    """How many shared-cache operations have failed in this thread so far (see SharedRedisCache)."""
    return getattr(_failures, "count", 0)


def _missed(operation, error, answer):
    _failures.count = failures_in_this_thread() + 1
    # One line per operation, not per key: an outage under load touches many keys.
    warn_unavailable(f"default cache {operation} answered as a miss", error)
    return answer


class SharedRedisCache(RedisCache):
    """Django's RedisCache for the "default" alias, which Wagtail (site root
    paths, renditions), DRF's throttles and django-axes use directly: a failing
    operation is logged and answered like a miss (nothing found, nothing
    stored) instead of raising into their code."""

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except CACHE_ERRORS as error:
            return _missed("get", error, default)

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except CACHE_ERRORS as error:
            return _missed("get_many", error, {})

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except CACHE_ERRORS as error:
            return _missed("has_key", error, False)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except CACHE_ERRORS as error:
            return _missed("add", error, False)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set(key, value, timeout, version)
        except CACHE_ERRORS as error:
            return _missed("set", error, None)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except CACHE_ERRORS as error:
            return _missed("set_many", error, list(data))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except CACHE_ERRORS as error:
            return _missed("touch", error, False)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except CACHE_ERRORS as error:
            # As for a key that is not there: callers of incr handle that already.
            _missed("incr", error, None)
            raise ValueError(f"Key '{key}' could not be increased: the shared cache is unavailable") from error

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except CACHE_ERRORS as error:
            return _missed("delete", error, False)

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except CACHE_ERRORS as error:
            return _missed("delete_many", error, None)
