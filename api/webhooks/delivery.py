"""Delivering the outbox: a signed JSON POST per row, retried with
exponential back-off until the partner answers 2xx or the attempts run out.

A partner that answers slowly must hold up nothing else, so a delivery is
three steps, none of which waits for the others' locks:

1. ``claim``: in a short transaction, take due rows (skipping rows other
   workers hold) and lease them (``next_attempt_at`` moves past the time a POST
   may take, so a crashed worker's rows come back on their own);
2. ``send``: the POST, outside any transaction, only to a public address
   (api/webhooks/targets.py);
3. ``record``: the outcome, in another short transaction.

``drain`` runs them one delivery after another (``manage.py deliver_webhooks``,
tests). The site's worker runs ``drain_job``: the POSTs go to a few background
threads (one at a time per webhook, so a partner gets its events in order), and
a worker cycle waits for them at most WEBHOOK_CYCLE_SECONDS; the search outbox
and scheduled publishing never wait for a partner.

The signature: ``X-InTraNet-Signature: sha256=<hex>``, the HMAC-SHA256 of
``"<X-InTraNet-Timestamp>.<raw body>"`` keyed with the webhook's secret. A
receiver recomputes it, compares in constant time and rejects old timestamps.
"""
import hashlib
import hmac
import http.client
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from core.retry import backoff_seconds

from ..conf import api_setting
from ..models import WebhookDelivery
from .targets import TargetRefused, guarded_create_connection

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


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = guarded_create_connection


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = guarded_create_connection


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, request):
        return self.do_open(_GuardedHTTPConnection, request)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, request):
        return self.do_open(_GuardedHTTPSConnection, request, context=self._context)


# No proxies from the environment: the address checked must be the one connected to.
_opener = urllib.request.build_opener(
    urllib.request.ProxyHandler({}), _GuardedHTTPHandler, _GuardedHTTPSHandler, _NoRedirects,
)


@dataclass(frozen=True)
class Outgoing:
    """What a POST needs, copied from a claimed row: the send touches no database."""

    delivery_id: int
    url: str
    secret: str
    event: str
    event_id: str
    payload: dict

    @classmethod
    def of(cls, delivery):
        return cls(delivery.pk, delivery.webhook.url, delivery.webhook.secret, delivery.event,
                   str(delivery.event_id), delivery.payload)


@dataclass(frozen=True)
class Outcome:
    status: int | None  # the partner's HTTP status, None when there was no answer
    error: str = ""
    refused: bool = False  # the target is an internal address: never sent

    @property
    def delivered(self):
        return self.status is not None and 200 <= self.status < 300


def send(outgoing, now):
    """POST one delivery (no database access, no transaction); returns an Outcome."""
    body = json.dumps(outgoing.payload, separators=(",", ":"), sort_keys=True).encode()
    timestamp = int(now.timestamp())
    request = urllib.request.Request(
        outgoing.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            EVENT_HEADER: outgoing.event,
            DELIVERY_HEADER: outgoing.event_id,
            TIMESTAMP_HEADER: str(timestamp),
            SIGNATURE_HEADER: sign(outgoing.secret, timestamp, body),
        },
    )
    try:
        with _opener.open(request, timeout=api_setting("WEBHOOK_TIMEOUT")) as response:
            return Outcome(response.status)
    except urllib.error.HTTPError as error:
        return Outcome(error.code, f"HTTP {error.code} {error.reason}")
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return Outcome(None, str(reason), refused=isinstance(reason, TargetRefused))
    except Exception as error:  # one odd answer must not kill a sender thread
        return Outcome(None, f"{type(error).__name__}: {error}")


def lease_seconds():
    """How long a claimed row stays hidden from other workers: longer than any POST."""
    return api_setting("WEBHOOK_TIMEOUT") + 60


def claim(limit, now=None, skip_webhooks=()):
    """Lease up to ``limit`` due deliveries, at most one per webhook, oldest
    first (a short transaction); returns them with their webhooks."""
    now = now or timezone.now()
    lease_until = max(now, timezone.now()) + timedelta(seconds=lease_seconds())
    with transaction.atomic():
        candidates = (
            WebhookDelivery.objects.due(now)
            .filter(webhook__is_active=True)
            .exclude(webhook_id__in=list(skip_webhooks))
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("webhook")
            .order_by("next_attempt_at", "id")[: max(limit * 5, 20)]
        )
        claimed, webhooks = [], set(skip_webhooks)
        for delivery in candidates:
            if len(claimed) >= limit:
                break
            if delivery.webhook_id not in webhooks:
                webhooks.add(delivery.webhook_id)
                claimed.append(delivery)
        if claimed:
            WebhookDelivery.objects.filter(pk__in=[d.pk for d in claimed]).update(next_attempt_at=lease_until)
    return claimed


def record(delivery_id, outcome, now):
    """Write the outcome of an attempt made at ``now`` (a short transaction).
    Returns the updated delivery, or None if it was deleted meanwhile."""
    with transaction.atomic():
        delivery = WebhookDelivery.objects.select_for_update().select_related("webhook").filter(pk=delivery_id).first()
        if delivery is None:
            return None
        delivery.attempts += 1
        delivery.last_attempt_at = now
        delivery.last_status_code = outcome.status
        if outcome.delivered:
            delivery.status = WebhookDelivery.Status.DELIVERED
            delivery.delivered_at = now
            delivery.last_error = ""
        else:
            delivery.last_error = (outcome.error or f"HTTP {outcome.status}")[:2000]
            if outcome.refused or delivery.attempts >= api_setting("WEBHOOK_MAX_ATTEMPTS"):
                # An internal target is refused outright: retrying would not change the answer.
                delivery.status = WebhookDelivery.Status.FAILED
                logger.warning("Webhook delivery %s to %s gave up after %d attempt(s): %s",
                               delivery.pk, delivery.webhook.url, delivery.attempts, delivery.last_error)
            else:
                delivery.next_attempt_at = now + timedelta(seconds=retry_delay(delivery.attempts))
        delivery.save()
    return delivery


def deliver_next(now=None):
    """Claim, send and record the oldest due delivery, if any; returns it or None."""
    claimed = claim(1, now)
    if not claimed:
        return None
    attempt_at = timezone.now()  # ``now`` only says which rows are due
    return record(claimed[0].pk, send(Outgoing.of(claimed[0]), attempt_at), attempt_at)


def drain(limit=None, now=None, max_seconds=None):
    """Deliver the rows due at ``now``, one after another (at most ``limit``,
    and starting none after ``max_seconds``); returns (delivered, failed attempts)."""
    now = now or timezone.now()
    started = time.monotonic()
    delivered = failed = 0
    while limit is None or delivered + failed < limit:
        if max_seconds is not None and time.monotonic() - started >= max_seconds:
            break
        delivery = deliver_next(now)
        if delivery is None:
            break
        if delivery.status == WebhookDelivery.Status.DELIVERED:
            delivered += 1
        else:
            failed += 1
    return delivered, failed


class BackgroundSender:
    """The worker's webhook senders: a few threads doing POSTs only. Claims and
    records stay in the worker's own thread (and its database connection)."""

    def __init__(self, threads):
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="webhook")
        self.threads = threads
        self.in_flight = {}  # future -> (delivery id, webhook id, attempt time)

    def run_cycle(self, max_seconds):
        """Record finished POSTs, start new ones for free threads, and wait for
        them at most ``max_seconds``. Returns (delivered, failed) recorded now."""
        deadline = time.monotonic() + max_seconds
        delivered = failed = 0
        started = False
        while True:
            finished, total = self.record_finished()
            delivered, failed = delivered + finished, failed + total - finished
            free = self.threads - len(self.in_flight)
            if free and not started:
                busy = {webhook_id for _, webhook_id, _ in self.in_flight.values()}
                for delivery in claim(free, skip_webhooks=busy):
                    attempt_at = timezone.now()
                    future = self.executor.submit(send, Outgoing.of(delivery), attempt_at)
                    self.in_flight[future] = (delivery.pk, delivery.webhook_id, attempt_at)
                started = True
            remaining = deadline - time.monotonic()
            if not self.in_flight or remaining <= 0:
                return delivered, failed
            done, _ = wait(list(self.in_flight), timeout=remaining, return_when="FIRST_COMPLETED")
            if not done:
                return delivered, failed

    def record_finished(self):
        """Record every finished POST; returns (delivered, recorded)."""
        delivered = recorded = 0
        for future in [future for future in self.in_flight if future.done()]:
            delivery_id, _, attempt_at = self.in_flight.pop(future)
            delivery = record(delivery_id, future.result(), attempt_at)
            recorded += 1
            delivered += bool(delivery and delivery.status == WebhookDelivery.Status.DELIVERED)
        return delivered, recorded

    def wait_idle(self, timeout):
        """Wait for every POST in flight and record it (tests, shutdown)."""
        wait(list(self.in_flight), timeout=timeout)
        return self.record_finished()


_sender = None
_sender_lock = threading.Lock()


def background_sender():
    """This process's BackgroundSender (created on first use)."""
    global _sender
    with _sender_lock:
        if _sender is None:
            _sender = BackgroundSender(api_setting("WEBHOOK_SENDER_THREADS"))
        return _sender


def drain_job():
    """For the background worker (settings.WORKER_JOBS): record finished POSTs,
    start due ones in the background, wait at most WEBHOOK_CYCLE_SECONDS."""
    delivered, failed = background_sender().run_cycle(api_setting("WEBHOOK_CYCLE_SECONDS"))
    if delivered or failed:
        return f"webhooks: {delivered} delivered, {failed} failed"
    return None
