"""The durable outbox between page changes and the search index.

Signal handlers (search/signals.py) call ``record_page_changes`` inside the
editor's transaction: the row commits with the publish itself and no engine is
contacted, so a publish neither waits for nor fails with the engine. The worker
(``manage.py run_worker``) calls ``drain`` every half second: it takes the due
rows, brings those pages' index entries in line with the database as it is now
(indexable → written, anything else → deleted), and marks the rows applied. When
the engine does not answer, the rows stay pending and are retried with
exponential back-off; nothing is lost, also across restarts.

With SEARCH_ENGINE=database there is no engine index: nothing is recorded and
the drain does nothing (switching to an engine later starts with a rebuild).
"""
import datetime
import logging
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.dispatch import Signal
from django.utils import timezone

from core.retry import backoff_seconds

from .engine import SearchEngineUnavailable, get_engine, uses_engine
from .indexer import IndexingError, IndexMissing, index_pages
from .models import PendingIndexChange

logger = logging.getLogger(__name__)

# A change the engine could not take is retried after 2 s, doubling to 5 min.
RETRY_BASE_SECONDS = 2
RETRY_MAX_SECONDS = 300
# Serialises drains across worker processes (PostgreSQL advisory lock key): two
# drains reading the same page at different moments could otherwise write the
# older state last.
_DRAIN_LOCK = (0x5EA4C4, 1)
_PURGE_EVERY_SECONDS = 600
_last_purge = 0.0

# Other stores derived from pages follow the same changes (the partner API's
# precomputed documents, api/documents.py): ``changes_recorded`` is sent in the
# editor's transaction with the page ids the change concerns (also without an
# engine), ``outbox_drained`` by each worker pass with the page ids it drains.
changes_recorded = Signal()
outbox_drained = Signal()


@dataclass
class DrainResult:
    applied: int = 0  # rows applied to the index in this drain
    failed: int = 0  # rows that failed in this drain and wait for their next attempt
    pending: int = 0  # rows still pending after this drain (due or backing off)
    errors: list = field(default_factory=list)
    busy: bool = False  # another process was draining

    def __str__(self):
        text = f"applied {self.applied}, failed {self.failed}, pending {self.pending}"
        if self.errors:
            text += f" ({self.errors[0]})"
        return text


def record_page_changes(page_ids):
    """Record that the index entries of ``page_ids`` may be stale. Runs in the
    caller's transaction; no engine call. Returns the number of rows written."""
    ids = sorted({int(page_id) for page_id in page_ids if page_id is not None})
    if ids:
        changes_recorded.send(sender=PendingIndexChange, page_ids=ids)
    if not uses_engine() or not ids:
        return 0
    now = timezone.now()
    PendingIndexChange.objects.bulk_create(
        [PendingIndexChange(page_id=page_id, created_at=now, next_attempt_at=now) for page_id in ids],
        batch_size=1000,
    )
    return len(ids)


def lock_drains(wait=True):
    """Hold off every outbox drain until the caller's transaction ends (a
    rebuild does, from its replay to the alias switch). Returns whether the lock was taken."""
    return _lock_drain(wait)


def _lock_drain(wait):
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        if wait:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", list(_DRAIN_LOCK))
            return True
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", list(_DRAIN_LOCK))
        return cursor.fetchone()[0]


def pending_changes():
    return PendingIndexChange.objects.filter(applied_at__isnull=True)


BATCH_SIZE = 500


def drain(limit=BATCH_SIZE, force=False):
    """Apply up to ``limit`` due outbox rows to the index (``force``: every
    pending row, ignoring back-off, waiting for a running drain to finish).
    Returns a DrainResult; engine failures are recorded on the rows, not raised."""
    result = DrainResult()
    if not uses_engine():
        return result
    now = timezone.now()
    with transaction.atomic():
        if not _lock_drain(wait=force):
            result.busy = True
            result.pending = pending_changes().count()
            return result
        rows = pending_changes()
        if not force:
            rows = rows.filter(next_attempt_at__lte=now)
        if connection.features.has_select_for_update_skip_locked:
            rows = rows.select_for_update(skip_locked=True)
        rows = list(rows.order_by("id")[:limit])
        if rows:
            _apply(rows, now, result)
    _purge_applied(now, force=bool(result.applied))
    result.pending = pending_changes().count()
    return result


def _apply(rows, now, result):
    failed_ids, error_text = set(), ""
    for receiver, answer in outbox_drained.send_robust(sender=PendingIndexChange, page_ids={row.page_id for row in rows}):
        if isinstance(answer, Exception):  # the index must not wait for another store's failure
            logger.error("search outbox: %s failed: %r", getattr(receiver, "__name__", receiver), answer,
                         exc_info=(type(answer), answer, answer.__traceback__))
    try:
        index_pages({row.page_id for row in rows}, engine=get_engine(timeout=settings.SEARCH_TIMEOUT))
    except IndexMissing as error:
        failed_ids, error_text = {row.page_id for row in rows}, str(error)
    except SearchEngineUnavailable as error:
        failed_ids, error_text = {row.page_id for row in rows}, f"engine unavailable: {error}"
    except IndexingError as error:
        # The documents that were accepted are in the index; only the refused ones wait.
        failed_ids = error.page_ids or {row.page_id for row in rows}
        error_text = f"refused by the engine: {error}"
    except Exception as error:  # a bug for one page must not stop the others for ever
        logger.exception("search outbox: indexing pages failed")
        failed_ids, error_text = {row.page_id for row in rows}, f"{type(error).__name__}: {error}"

    applied = [row.pk for row in rows if row.page_id not in failed_ids]
    if applied:
        PendingIndexChange.objects.filter(pk__in=applied).update(applied_at=now, last_error="")
    failed = [row for row in rows if row.page_id in failed_ids]
    for row in failed:
        row.attempts += 1
        row.next_attempt_at = now + datetime.timedelta(seconds=backoff_seconds(row.attempts, RETRY_BASE_SECONDS, RETRY_MAX_SECONDS))
        row.last_error = error_text[:2000]
    if failed:
        PendingIndexChange.objects.bulk_update(failed, ["attempts", "next_attempt_at", "last_error"])
        result.errors.append(error_text)
    result.applied += len(applied)
    result.failed += len(failed)


def _purge_applied(now, force=False):
    """Delete applied rows older than the retention period (at most every few minutes)."""
    global _last_purge
    if not force and time.monotonic() - _last_purge < _PURGE_EVERY_SECONDS:
        return 0
    _last_purge = time.monotonic()
    cutoff = now - datetime.timedelta(hours=settings.SEARCH_OUTBOX_RETENTION_HOURS)
    deleted, _ = PendingIndexChange.objects.filter(applied_at__lt=cutoff).delete()
    return deleted


def drain_job(batches=20):
    """The worker's job: drain due rows, batch after batch while there are more.
    Returns a one-line summary when it did something, else an empty string."""
    if not uses_engine():
        return ""
    applied = failed = 0
    result = None
    for _ in range(batches):
        result = drain()
        applied += result.applied
        failed += result.failed
        if result.busy or result.failed or result.applied < BATCH_SIZE:
            break
    if not (applied or failed):
        return ""
    text = f"search index: applied {applied}, failed {failed}, pending {result.pending}"
    if result.errors:
        text += f" ({result.errors[0][:200]})"
    return text
