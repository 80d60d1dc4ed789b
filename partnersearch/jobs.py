"""The worker's partner-search jobs (WORKER_JOBS in cms/settings/base.py)."""
import datetime
import logging

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.retry import backoff_seconds
from website.visibility import public_pages

from .mail import messages_for
from .models import AlertSubscription, CooperationRequestPage, Interest, MailJob

logger = logging.getLogger(__name__)

# A claimed mail is not claimed again by another worker for this long.
CLAIM_SECONDS = 300


def _claim(limit):
    now = timezone.now()
    with transaction.atomic():
        jobs = list(
            MailJob.objects.select_for_update(skip_locked=True)
            .filter(status=MailJob.Status.PENDING, next_attempt_at__lte=now)
            .order_by("next_attempt_at", "pk")[:limit]
        )
        MailJob.objects.filter(pk__in=[job.pk for job in jobs]).update(
            next_attempt_at=now + datetime.timedelta(seconds=CLAIM_SECONDS)
        )
    return jobs


def send_mail_jobs(limit=50):
    """Send the mails that are due; a failure is retried with back-off
    (MAIL_RETRY_BASE_DELAY doubling to MAIL_RETRY_MAX_DELAY) until
    MAIL_MAX_ATTEMPTS, then the job is marked failed."""
    jobs = _claim(limit)
    if not jobs:
        return ""
    sent = failed = 0
    connection = get_connection(fail_silently=False)
    for job in jobs:
        try:
            messages = messages_for(job)
            connection.send_messages(messages)
        except Exception as error:  # the mail server's errors come in many types; each one is a retry
            job.attempts += 1
            job.last_error = f"{type(error).__name__}: {error}"[:2000]
            if job.attempts >= settings.MAIL_MAX_ATTEMPTS:
                job.status = MailJob.Status.FAILED
            job.next_attempt_at = timezone.now() + datetime.timedelta(
                seconds=backoff_seconds(job.attempts, settings.MAIL_RETRY_BASE_DELAY, settings.MAIL_RETRY_MAX_DELAY)
            )
            job.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
            failed += 1
            logger.warning("Mail %s failed (attempt %d): %s", job, job.attempts, job.last_error)
            continue
        job.attempts += 1
        job.status = MailJob.Status.SENT
        job.sent_at = timezone.now()
        job.last_error = ""
        job.data = {key: value for key, value in job.data.items() if key != "token"}  # the invitation's secret goes
        job.save(update_fields=["attempts", "status", "sent_at", "last_error", "data"])
        sent += 1
    return f"mail: {sent} sent, {failed} failed" if (sent or failed) else ""


def close_expired_requests(today=None):
    """Close the requests whose deadline has passed, in every language: they
    leave the listings, keep their URL with a "closed" notice, and the index,
    the page cache and the webhooks hear of it."""
    from api.webhooks.signals import record_event
    from search.outbox import record_page_changes
    from website.cache import clear_page_cache

    today = today or timezone.localdate()
    due = CooperationRequestPage.objects.filter(closed_at__isnull=True, deadline__lt=today)
    with transaction.atomic():
        pages = list(due)
        if not pages:
            return ""
        # Only rows still open: a second worker closing the same pages changes nothing.
        CooperationRequestPage.objects.filter(pk__in=[page.pk for page in pages], closed_at__isnull=True).update(
            closed_at=timezone.now()
        )
        record_page_changes([page.pk for page in pages])
        for page in pages:
            if page.live:
                page.refresh_from_db()
                # Partners hear of it as an update of the page (its is_open is now false).
                record_event("page.published", page)
        clear_page_cache()
    return f"partner search: {len(pages)} request page(s) closed"


def purge_old_interests():
    """Delete expressions of interest older than INTEREST_RETENTION_DAYS (their mails go with them)."""
    cutoff = timezone.now() - datetime.timedelta(days=settings.INTEREST_RETENTION_DAYS)
    _total, by_model = Interest.objects.filter(created_at__lt=cutoff).delete()
    deleted = by_model.get(Interest._meta.label, 0)
    return f"partner search: {deleted} old interest record(s) deleted" if deleted else ""


def queue_digests(now=None):
    """A weekly digest for every confirmed subscription whose week is over and
    for which there are new open requests in its sectors and languages."""
    now = now or timezone.now()
    week_ago = now - datetime.timedelta(days=7)
    due = AlertSubscription.objects.filter(confirmed_at__isnull=False).filter(
        Q(last_digest_at__isnull=True, confirmed_at__lte=week_ago) | Q(last_digest_at__lte=week_ago)
    )
    queued = 0
    for subscription in due.prefetch_related("sectors"):
        since = subscription.last_digest_at or subscription.confirmed_at
        # The site's one "live and public" rule, as every public listing uses it.
        pages = public_pages(CooperationRequestPage.objects.open()).filter(
            first_published_at__gt=since, locale__language_code__in=subscription.languages or [subscription.language]
        )
        sector_keys = [sector.translation_key for sector in subscription.sectors.all()]
        if sector_keys:
            pages = pages.filter(sectors__translation_key__in=sector_keys)
        page_ids = sorted(set(pages.values_list("pk", flat=True)))
        with transaction.atomic():
            if page_ids:
                MailJob.objects.create(kind=MailJob.Kind.DIGEST, subscription=subscription, data={"pages": page_ids})
                queued += 1
            subscription.last_digest_at = now
            subscription.save(update_fields=["last_digest_at"])
    return f"partner search: {queued} digest(s) queued" if queued else ""

