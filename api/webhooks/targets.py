"""Where webhooks may be sent: only to the public internet (SSRF protection).

An administrator's webhook URL must not make the server reach places only it
can reach — its own loopback, the cloud metadata service (169.254.169.254),
the private network behind it — and the delivery log must not tell anyone
whether something answered there. Loopback, link-local, private, shared
(100.64/10), multicast and reserved addresses are refused:

- when the webhook is saved (``check_webhook_url``: a literal address, or every
  address the host name resolves to now), and
- again when each delivery connects (``guarded_connection``): the name is
  resolved then, every address is checked, and the connection goes to the
  checked address itself, so a name that later resolves inward (DNS rebinding)
  is refused too.

Intranet deployments whose partners are on the private network set
WEBHOOK_ALLOW_PRIVATE_TARGETS (the tests do, for their local receiver).
"""
import ipaddress
import socket
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..conf import api_setting

# Names that mean "this machine" or a cloud's metadata service without any DNS lookup.
INTERNAL_NAMES = ("localhost", "metadata", "metadata.google.internal", "instance-data")


class TargetRefused(OSError):
    """A webhook target that resolves to an address the site must not contact."""


def private_targets_allowed():
    return bool(api_setting("WEBHOOK_ALLOW_PRIVATE_TARGETS"))


def is_public_address(address):
    """True for an address on the public internet (``address``: str or ip_address)."""
    address = ipaddress.ip_address(address)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _is_internal_name(host):
    host = host.rstrip(".").lower()
    return any(host == name or host.endswith("." + name) for name in INTERNAL_NAMES)


def resolve(host, port):
    """Every address ``host`` resolves to (for TCP), in the resolver's order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [info[4][0].split("%")[0] for info in infos]


def refused_addresses(host, port):
    """The addresses of ``host`` the site must not contact (all, for an internal name)."""
    if _is_internal_name(host):
        return [host]
    return [address for address in resolve(host, port) if not is_public_address(address)]


def check_webhook_url(url):
    """Raise ValidationError if the webhook ``url`` points inward (see above)."""
    if private_targets_allowed():
        return
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise ValidationError(_("Enter a valid port number."), code="invalid") from None
    try:
        refused = refused_addresses(host, port)
    except (OSError, UnicodeError):
        raise ValidationError(
            _("The host name %(host)s cannot be resolved; enter the partner's public address."),
            code="unresolvable", params={"host": host},
        ) from None
    if refused:
        raise ValidationError(
            _("Webhooks can only be sent to public internet addresses; %(host)s is %(address)s, an internal "
              "address (loopback, private, link-local or reserved)."),
            code="internal_address", params={"host": host, "address": refused[0]},
        )


def guarded_create_connection(address, timeout=socket.getdefaulttimeout(), source_address=None, **kwargs):
    """socket.create_connection that resolves the host once, refuses it if any
    of its addresses is internal, and connects to those checked addresses
    (never resolving again). Used by every webhook delivery."""
    host, port = address[0], address[1]
    if private_targets_allowed():
        return socket.create_connection(address, timeout, source_address, **kwargs)
    if _is_internal_name(host):
        raise TargetRefused(f"refused: {host} is an internal name (WEBHOOK_ALLOW_PRIVATE_TARGETS is off)")
    addresses = resolve(host, port)
    internal = [checked for checked in addresses if not is_public_address(checked)]
    if internal:
        raise TargetRefused(f"refused: {host} resolves to {internal[0]}, an internal address "
                            "(WEBHOOK_ALLOW_PRIVATE_TARGETS is off)")
    error = None
    for checked in addresses:
        try:
            return socket.create_connection((checked, port), timeout, source_address, **kwargs)
        except OSError as failure:
            error = failure
    raise error or TargetRefused(f"refused: {host} has no address")
