"""What the site does when its shared cache (Redis, settings.REDIS_URL) fails.

The cache holds nothing that cannot be lost: cached pages are rendered again
and rate-limit counters start again. So a Redis that is down or does not
answer within its socket time-out must never turn a request into an error:
the callers (website/cache.py, api/throttling.py) catch ``CACHE_ERRORS``, log
one line, and carry on without the cache. Django's Redis client reconnects on
its own at the next request, so nothing needs restarting when Redis returns.

Without Redis (local memory, files) nothing here ever fires.
"""
import logging
import threading
import time

from django.core.cache import caches

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
    logger.warning("shared cache unavailable, %s: %s: %s", what, type(error).__name__, error)


def is_shared(alias):
    """Whether the cache ``alias`` is the Redis server shared by all web nodes."""
    from django.core.cache.backends.redis import RedisCache

    return isinstance(caches[alias], RedisCache)
