"""Page events → outbox rows, in the transaction that publishes, unpublishes
or deletes the page (the same database connection, so the rows commit or
roll back with the change). Only pages partners may see are announced: pages
in private sections are not."""
import uuid

from django.db.models.signals import post_delete, pre_delete
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from ..models import Webhook, WebhookDelivery, WebhookEvent
from .payloads import page_summary


def is_announced(page):
    """Whether partners may hear of ``page``: not the tree root, and outside
    every view restriction (an unpublish or deletion is announced for a page
    that was public, so liveness is not asked here)."""
    return page.depth > 1 and not page.get_view_restrictions().exists()


def record_event(event, page, announced=None):
    """One outbox row per active webhook that wants ``event``."""
    webhooks = [webhook for webhook in Webhook.objects.filter(is_active=True) if webhook.wants(event)]
    if not webhooks or not (is_announced(page) if announced is None else announced):
        return []
    event_id = uuid.uuid4()
    now = timezone.now()
    payload = {"id": str(event_id), "event": event, "occurred_at": now.isoformat(), "page": page_summary(page)}
    return WebhookDelivery.objects.bulk_create(
        WebhookDelivery(event_id=event_id, webhook=webhook, event=event, payload=payload, created_at=now, next_attempt_at=now)
        for webhook in webhooks
    )


def on_page_published(sender, instance, **kwargs):
    record_event(WebhookEvent.PUBLISHED, instance)


def on_page_unpublished(sender, instance, **kwargs):
    record_event(WebhookEvent.UNPUBLISHED, instance)


def before_page_deleted(sender, instance, **kwargs):
    # Whether the page is public can only be told before its restrictions go with it.
    instance._api_announce_deletion = is_announced(instance)


def on_page_deleted(sender, instance, **kwargs):
    # post_delete, so that "deleted" follows the "unpublished" that Wagtail
    # sends for a live page before deleting it; still in the same transaction.
    record_event(WebhookEvent.DELETED, instance, announced=getattr(instance, "_api_announce_deletion", False))


def connect():
    page_published.connect(on_page_published, dispatch_uid="api.webhooks.published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="api.webhooks.unpublished")
    pre_delete.connect(before_page_deleted, sender=Page, dispatch_uid="api.webhooks.before_deleted")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="api.webhooks.deleted")
