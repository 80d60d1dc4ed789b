"""The client's address as the site should see it, behind the proxies it trusts.

Production runs behind a TLS-terminating proxy, so REMOTE_ADDR is the proxy's
address and the client's is in X-Forwarded-For — a header any client can also
send itself. Only the entries our own proxies appended can be believed:

- ``TRUSTED_PROXIES = 2`` (a count): the nearest two hops are ours; the address
  the outermost of them saw is the client.
- ``TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8::/32"]`` (networks): walking from
  REMOTE_ADDR towards the client, every address inside those networks is a
  proxy of ours; the first one outside is the client.
- nothing configured: REMOTE_ADDR alone; X-Forwarded-For is ignored.

``client_address`` is what the API rate limit keys on, what django-axes locks
out (AXES_CLIENT_IP_CALLABLE), and what the access log prints.
"""
import ipaddress
import logging
import time
from functools import lru_cache

from django.conf import settings

access_logger = logging.getLogger("access")


def parse_trusted_proxies(value):
    """TRUSTED_PROXIES from its environment form: "" (none), a count ("1"), or
    comma-separated addresses/networks ("10.0.0.0/8, 192.168.1.5"). Returns an
    int or a list of network strings; raises ValueError with a readable reason."""
    value = (value or "").strip()
    if not value:
        return 0
    if value.isdigit():
        return int(value)
    networks = []
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        try:
            networks.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:
            raise ValueError(f"{item!r} is neither a count of proxies nor an IP address or network (CIDR)") from None
    return networks


@lru_cache(maxsize=8)
def _networks(trusted):
    return tuple(ipaddress.ip_network(item, strict=False) for item in trusted)


def _address(text):
    """``text`` as a normalised IP address, or None if it is not one."""
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def client_address(request):
    """The client's IP address (a string), or None if the request has none."""
    remote = _address(request.META.get("REMOTE_ADDR") or "")
    trusted = getattr(settings, "TRUSTED_PROXIES", 0)
    if remote is None or not trusted:
        return str(remote) if remote else None
    forwarded = [item for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if item.strip()]
    chain = forwarded + [str(remote)]  # the client first, the hop nearest to us last
    if isinstance(trusted, int):
        candidate = _address(chain[max(0, len(chain) - 1 - trusted)])
    else:
        networks = _networks(tuple(trusted))
        candidate = None
        for text in reversed(chain):
            candidate = _address(text)
            if candidate is None or not any(candidate in network for network in networks):
                break
    # A malformed entry can only come from the client itself: it does not name anyone.
    return str(candidate) if candidate is not None else str(remote)


class AccessLogMiddleware:
    """One line per request with the client's real address (gunicorn's own
    access log can only print the proxy's)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        response = self.get_response(request)
        access_logger.info(
            '%s "%s %s" %s %.0fms', client_address(request) or "-", request.method,
            request.get_full_path()[:500], response.status_code, (time.monotonic() - started) * 1000,
        )
        return response
