"""Delivering the outbox: a signed JSON POST per row, retried with
exponential back-off until the partner answers 2xx or the attempts run out.

The signature: ``X-InTraNet-Signature: sha256=<hex>``, the HMAC-SHA256 of
``"<X-InTraNet-Timestamp>.<raw body>"`` keyed with the webhook's secret. A
receiver recomputes it, compares in constant time and rejects old timestamps.
"""
import hashlib
import hmac
import json
import logging
import urllib.error
import urllib.request
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from core.retry import backoff_seconds

from ..conf import api_setting
from ..models import WebhookDelivery

logger = logging.getLogger("api.webhooks")

SIGNATURE_HEADER = "X-InTraNet-Signature"
TIMESTAMP_HEADER = "X-InTraNet-Timestamp"
EVENT_HEADER = "X-InTraNet-Event"
DELIVERY_HEADER = "X-InTraNet-Delivery"
USER_AGENT = "InTraNet-Webhooks/1.0"


def sign(secret, timestamp, body):
    """The signature header's value for ``body`` (bytes) sent at ``timestamp``."""
    message = str(timestamp).encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(secret, timestamp, body, signature):
    """What a receiver does (also used by the tests)."""
    return hmac.compare_digest(sign(secret, timestamp, body), signature or "")


def retry_delay(attempts):
    """Seconds to wait after the ``attempts``-th failed attempt (settings
    WEBHOOK_RETRY_BASE_DELAY, doubled per failure up to WEBHOOK_RETRY_MAX_DELAY)."""
    return backoff_seconds(attempts, api_setting("WEBHOOK_RETRY_BASE_DELAY"), api_setting("WEBHOOK_RETRY_MAX_DELAY"))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer other than 2xx: retried like a failure


_opener = urllib.request.build_opener(_NoRedirects)


def post(delivery, now):
    """POST one delivery; returns (status code or None, error text)."""
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    timestamp = int(now.timestamp())
    request = urllib.request.Request(
        delivery.webhook.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            EVENT_HEADER: delivery.event,
            DELIVERY_HEADER: str(delivery.event_id),
            TIMESTAMP_HEADER: str(timestamp),
            SIGNATURE_HEADER: sign(delivery.webhook.secret, timestamp, body),
        },
    )
    try:
        with _opener.open(request, timeout=api_setting("WEBHOOK_TIMEOUT")) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        return error.code, f"HTTP {error.code} {error.reason}"
    except (urllib.error.URLError, OSError, ValueError) as error:
        return None, str(getattr(error, "reason", error))


def attempt(delivery, now=None):
    """Try one delivery and record the outcome on it (saved by the caller)."""
    now = now or timezone.now()
    status, error = post(delivery, now)
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.last_status_code = status
    if status is not None and 200 <= status < 300:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = now
        delivery.last_error = ""
        return True
    delivery.last_error = error or f"HTTP {status}"
    if delivery.attempts >= api_setting("WEBHOOK_MAX_ATTEMPTS"):
        delivery.status = WebhookDelivery.Status.FAILED
        logger.warning("Webhook delivery %s to %s gave up after %d attempts", delivery.pk, delivery.webhook.url, delivery.attempts)
    else:
        delivery.next_attempt_at = now + timedelta(seconds=retry_delay(delivery.attempts))
    return False


def deliver_next(now=None):
    """Deliver the oldest due row, if any; returns the delivery or None.

    The row is locked (skipping rows other workers hold), so several workers
    can drain the outbox side by side without sending anything twice."""
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.due(now)
            .filter(webhook__is_active=True)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("webhook")
            .order_by("next_attempt_at", "id")
            .first()
        )
        if delivery is None:
            return None
        attempt(delivery)
        delivery.save()
        return delivery


def drain(limit=None, now=None):
    """Deliver every row due at ``now`` (at most ``limit``); returns (delivered, failed attempts)."""
    now = now or timezone.now()
    delivered = failed = 0
    while limit is None or delivered + failed < limit:
        delivery = deliver_next(now)
        if delivery is None:
            break
        if delivery.status == WebhookDelivery.Status.DELIVERED:
            delivered += 1
        else:
            failed += 1
    return delivered, failed


def drain_job():
    """For the background worker (settings.WORKER_JOBS): one round of deliveries."""
    delivered, failed = drain(limit=100)
    if delivered or failed:
        return f"webhooks: {delivered} delivered, {failed} failed"
    return None
