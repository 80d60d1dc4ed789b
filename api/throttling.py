"""Rate limiting per client: by API key when one is sent, otherwise by the
client's IP address (behind the proxies in TRUSTED_PROXIES; cms/proxies.py —
never the X-Forwarded-For header as sent, which a client can change at will). Over the limit, DRF answers 429 with a Retry-After header.

The counters live in Django's default cache: Redis when REDIS_URL is set, so
that all web processes and nodes count together (docs/operations.md); per
process otherwise (make run). DRF keeps each client's recent request times and
writes them back after a read, so two nodes answering the same client at the
same instant may each miss the other's request: the limit can be passed by a
request or two under such a race, never tightened.

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
        failures_before = failures_in_this_thread()
        allowed = super().allow_request(request, view)
        if failures_in_this_thread() != failures_before:
            # The default cache (cms.shared_cache.SharedRedisCache) answered as if
            # this client had made no request yet: the request is let through.
            warn_unavailable("API rate limit not applied (fails open)", "counters unreadable")
            return True
        return allowed

    def get_ident(self, request):
        return client_address(request) or "unknown"

    def get_cache_key(self, request, view):
        if isinstance(request.auth, APIKey):
            ident = f"key-{request.auth.pk}"
        else:
            ident = f"ip-{self.get_ident(request)}"
        return self.cache_format % {"ident": ident}
