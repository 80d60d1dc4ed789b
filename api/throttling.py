"""Rate limiting per client: by API key when one is sent, otherwise by the
client's IP address (behind the proxies in TRUSTED_PROXIES; cms/proxies.py —
never the X-Forwarded-For header as sent, which a client can change at will).
Over the limit, DRF answers 429 with a Retry-After header.

The counters live in Django's default cache: Redis when REDIS_URL is set, so
that all web processes and nodes count together (docs/operations.md); per
process otherwise (make run). Each client has one counter per window of the rate's duration (a
minute, aligned on the clock), created by one request and increased
atomically (Redis INCR) by the others: two nodes answering the same client at
the same instant both count. A request costs two cache operations whatever
the rate (DRF's own throttle keeps, reads and writes back the time of every
request of the last minute: a list as long as the rate). As with any fixed
window, a client may make up to twice the rate across a window's end.

When the cache fails (Redis down or slow), the limit fails open: the request
is answered and one line is logged (cms/shared_cache.py); counting resumes by
itself when Redis answers again.
"""
from rest_framework.throttling import SimpleRateThrottle

from cms.proxies import client_address
from cms.shared_cache import failures_in_this_thread, warn_unavailable

from .conf import api_setting
from .models import APIKey


class PartnerRateThrottle(SimpleRateThrottle):
    cache_format = "api-throttle:%(ident)s"

    def __init__(self):
        # The rate depends on the client, so it is chosen per request (allow_request).
        pass

    def allow_request(self, request, view):
        key = request.auth if isinstance(request.auth, APIKey) else None
        if key is not None:
            self.rate = f"{key.rate_limit}/min" if key.rate_limit else api_setting("API_THROTTLE_KEY_RATE")
        else:
            self.rate = api_setting("API_THROTTLE_ANON_RATE")
        self.num_requests, self.duration = self.parse_rate(self.rate)
        self.key = self.get_cache_key(request, view)
        self.now = self.timer()
        failures_before = failures_in_this_thread()
        count = self.count_request()
        if failures_in_this_thread() != failures_before or count is None:
            # The default cache (cms.shared_cache.SharedRedisCache) could not count:
            # the request is let through.
            warn_unavailable("API rate limit not applied (fails open)", "counters unreadable")
            return True
        if count <= self.num_requests:
            return True
        # A refused request does not count: the client may ask again in the
        # next window (wait), however often it was refused in this one.
        try:
            self.cache.decr(self.counter_key)
        except ValueError:
            pass
        return False

    def count_request(self):
        """Count this request in the client's counter of the current window
        (the rate's duration, aligned on the clock); the count so far."""
        window = int(self.now // self.duration)
        self.window_ends = (window + 1) * self.duration
        self.counter_key = f"{self.key}:{window}"
        # incr() is atomic on Redis: requests on several nodes at once all
        # count. The window's first request creates the counter (add() lets
        # only one do so; another that lost the race increases it).
        for _attempt in range(2):
            try:
                return self.cache.incr(self.counter_key)
            except ValueError:  # no counter yet, or the cache could not answer
                if self.cache.add(self.counter_key, 1, timeout=self.duration + 1):
                    return 1
        return None

    def wait(self):
        """Seconds until the next window, when the client's count starts again."""
        return max(1, self.window_ends - self.now)

    def get_ident(self, request):
        return client_address(request) or "unknown"

    def get_cache_key(self, request, view):
        if isinstance(request.auth, APIKey):
            ident = f"key-{request.auth.pk}"
        else:
            ident = f"ip-{self.get_ident(request)}"
        return self.cache_format % {"ident": ident}
