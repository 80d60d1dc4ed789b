"""A per-address limit on the public forms (express interest, alerts), in
Django's default cache (configure a shared cache with several web processes)."""
import time

from django.conf import settings
from django.core.cache import cache

from cms.proxies import client_address


def over_limit(request, action):
    """Count this request's submission; True when the client's address has sent
    more than INTEREST_RATE_LIMIT submissions within INTEREST_RATE_WINDOW seconds."""
    limit = settings.INTEREST_RATE_LIMIT
    window = settings.INTEREST_RATE_WINDOW
    if limit <= 0:
        return False
    bucket = int(time.time() // window)
    key = f"partnersearch-rate:{action}:{client_address(request) or 'unknown'}:{bucket}"
    if cache.add(key, 1, window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, window)
            count = 1
    return count > limit
