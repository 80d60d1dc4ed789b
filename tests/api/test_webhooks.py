"""Webhooks: a signed JSON POST when a page is published, unpublished or
deleted, written to the outbox in the same transaction, delivered by the
worker with retries and exponential back-off, logged in the admin."""
import io
import json
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from api.models import Webhook, WebhookDelivery
from api.webhooks.delivery import drain, retry_delay, verify
from clusters.models import ClusterPage
from tests.factories import new_english_cluster

from .content import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def webhook(receiver):
    return Webhook.objects.create(name="WindCluster site", url=receiver.url)


def received(receiver):
    return [json.loads(request["body"]) for request in receiver.requests]


def test_publishing_writes_the_outbox_row_in_the_same_transaction(webhook):
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="de")
    with transaction.atomic():
        sid = transaction.savepoint()
        publish(page, short_description="Geändert.")
        assert WebhookDelivery.objects.filter(webhook=webhook, event="page.published", payload__page__id=page.id).exists()
        transaction.savepoint_rollback(sid)
    assert not WebhookDelivery.objects.filter(payload__page__id=page.id).exists()


def test_a_published_page_is_delivered_signed(webhook, receiver):
    page = publish(ClusterPage.objects.get(slug="cewind", locale__language_code="de"), short_description="Neu.")
    call_command("deliver_webhooks", "--once", stdout=open("/dev/null", "w"))

    request = next(r for r in receiver.requests if json.loads(r["body"])["page"]["id"] == page.id)
    headers = request["headers"]
    assert headers["content-type"] == "application/json"
    assert headers["x-intranet-event"] == "page.published"
    assert verify(webhook.secret, headers["x-intranet-timestamp"], request["body"], headers["x-intranet-signature"])
    assert not verify("another secret", headers["x-intranet-timestamp"], request["body"], headers["x-intranet-signature"])
    payload = json.loads(request["body"])
    assert payload["event"] == "page.published"
    assert payload["id"] == headers["x-intranet-delivery"]
    assert payload["page"] == {
        "id": page.id,
        "type": "clusters.ClusterPage",
        "title": page.title,
        "slug": "cewind",
        "locale": "de",
        "translation_key": str(page.translation_key),
        "is_translated": True,
        "html_url": f"http://127.0.0.1:8000{page.url}",
        "detail_url": f"http://127.0.0.1:8000/api/v2/pages/{page.id}/",
    }
    delivery = WebhookDelivery.objects.get(event_id=payload["id"])
    assert delivery.status == WebhookDelivery.Status.DELIVERED and delivery.attempts == 1
    assert delivery.last_status_code == 200


def test_unpublishing_and_deleting_are_announced(webhook, receiver):
    page = new_english_cluster(slug="short-lived", title="Short-lived cluster")
    page.unpublish()
    page_id = page.id
    page.delete()
    drain()
    events = [(p["event"], p["page"]["id"]) for p in received(receiver) if p["page"]["id"] == page_id]
    assert events == [("page.published", page_id), ("page.unpublished", page_id), ("page.deleted", page_id)]


def test_deleting_a_live_page_announces_unpublished_then_deleted(webhook, receiver):
    page = new_english_cluster(slug="deleted-while-live", title="Deleted while live")
    page_id = page.id
    page.delete()
    drain()
    events = [p["event"] for p in received(receiver) if p["page"]["id"] == page_id]
    assert events == ["page.published", "page.unpublished", "page.deleted"]


def test_events_are_only_sent_to_webhooks_that_want_them(receiver):
    Webhook.objects.create(name="Deletions only", url=receiver.url, events=["page.deleted"])
    Webhook.objects.create(name="Switched off", url=receiver.url, is_active=False)
    publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    drain()
    assert receiver.requests == []


def test_pages_in_private_sections_are_not_announced(webhook, receiver):
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="da")
    PageViewRestriction.objects.create(page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    publish(page, city="Esbjerg")
    page_id = page.id
    page.delete()
    drain()
    assert page_id not in [p["page"]["id"] for p in received(receiver)]


def test_a_partner_that_was_down_gets_the_notification_later_with_back_off(webhook, receiver, settings):
    settings.WEBHOOK_RETRY_BASE_DELAY = 30
    receiver.statuses = [500, 503]
    page = publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    delivery = WebhookDelivery.objects.get(payload__page__id=page.id, event="page.published")

    drain()
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert (delivery.attempts, delivery.last_status_code) == (1, 500)
    assert delivery.next_attempt_at - delivery.last_attempt_at == timedelta(seconds=30)
    drain()  # not due yet: nothing is sent
    assert len(receiver.requests) == 1

    drain(now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert (delivery.attempts, delivery.last_status_code) == (2, 503)
    assert delivery.next_attempt_at - delivery.last_attempt_at == timedelta(seconds=60)

    drain(now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED and delivery.attempts == 3
    assert len(receiver.requests) == 3
    assert len({r["headers"]["x-intranet-delivery"] for r in receiver.requests}) == 1


def test_an_unreachable_partner_is_retried_until_the_attempts_run_out(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_TARGETS = True  # the unreachable port is on this machine
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    settings.WEBHOOK_TIMEOUT = 2
    Webhook.objects.create(name="Gone", url="http://127.0.0.1:9/nothing-listens-here")
    page = publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    delivery = WebhookDelivery.objects.get(payload__page__id=page.id)
    for _ in range(3):
        drain(now=timezone.now() + timedelta(days=1))
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.FAILED and delivery.attempts == 3
    assert delivery.last_status_code is None and delivery.last_error

    call_command("deliver_webhooks", "--once", "--requeue-failed", stdout=open("/dev/null", "w"))
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.PENDING and delivery.attempts == 1


def test_back_off_doubles_up_to_the_cap(settings):
    settings.WEBHOOK_RETRY_BASE_DELAY = 30
    settings.WEBHOOK_RETRY_MAX_DELAY = 3600
    assert [retry_delay(n) for n in range(1, 10)] == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]


def test_the_background_worker_delivers_webhooks_on_its_own(webhook, receiver):
    publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    output = io.StringIO()
    call_command("run_worker", "--once", "--only", "api.webhooks.delivery.drain_job", stdout=output)
    assert [p["event"] for p in received(receiver)] == ["page.published"]
    assert "webhooks: 1 delivered" in output.getvalue()


def test_the_command_without_a_task_says_where_the_loop_is():
    with pytest.raises(CommandError, match="run_worker"):
        call_command("deliver_webhooks")
    with pytest.raises(CommandError, match="not in WORKER_JOBS"):
        call_command("run_worker", "--once", "--only", "api.webhooks.delivery.no_such_job")


def test_the_delivery_log_is_in_the_admin(client, admin_user, webhook, receiver):
    receiver.statuses = [500]
    publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    drain()
    client.force_login(admin_user)
    listing = client.get(reverse("api_webhook_deliveries:index"))
    assert listing.status_code == 200
    assert "page.published" in listing.content.decode()
    delivery = WebhookDelivery.objects.get(webhook=webhook)
    detail = client.get(reverse("api_webhook_deliveries:inspect", args=[delivery.pk]))
    assert detail.status_code == 200 and "HTTP 500" in detail.content.decode()
    assert client.get(reverse("api_webhook_deliveries:edit", args=[delivery.pk])).status_code in (302, 403)


def test_a_partner_url_is_registered_in_the_admin_and_its_secret_shown_once(client, admin_user, receiver):
    client.force_login(admin_user)
    response = client.post(reverse("api_webhooks:add"), {
        "name": "Agency site", "url": receiver.url, "events": ["page.published", "page.deleted"],
        "secret": "typed-by-the-admin", "is_active": "on",
    }, follow=True)
    assert response.status_code == 200
    webhook = Webhook.objects.get(name="Agency site")
    assert webhook.events == ["page.published", "page.deleted"]
    assert webhook.secret != "typed-by-the-admin" and len(webhook.secret) == 64  # generated, not typed
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any(webhook.secret in message and "not shown again" in message for message in shown)
    # Never again: not in the edit form, not in the listing.
    edit = client.get(reverse("api_webhooks:edit", args=[webhook.pk]))
    assert edit.status_code == 200 and webhook.secret not in edit.content.decode()
    assert "Rotate secret" in edit.content.decode()
    assert webhook.secret not in client.get(reverse("api_webhooks:index")).content.decode()


def test_the_secret_is_rotated_in_the_admin_and_signs_from_then_on(client, admin_user, webhook, receiver):
    old_secret = webhook.secret
    client.force_login(admin_user)
    url = reverse("api_webhooks:rotate_secret", args=[webhook.pk])
    confirm = client.get(url)
    assert confirm.status_code == 200 and old_secret not in confirm.content.decode()
    webhook.refresh_from_db()
    assert webhook.secret == old_secret  # a GET changes nothing
    response = client.post(url, follow=True)
    webhook.refresh_from_db()
    assert webhook.secret != old_secret
    assert any(webhook.secret in str(message) for message in get_messages(response.wsgi_request))

    publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    drain()
    headers, body = receiver.requests[0]["headers"], receiver.requests[0]["body"]
    assert verify(webhook.secret, headers["x-intranet-timestamp"], body, headers["x-intranet-signature"])
    assert not verify(old_secret, headers["x-intranet-timestamp"], body, headers["x-intranet-signature"])


def test_an_editor_without_the_webhook_permission_cannot_rotate(client, webhook):
    from tests.factories import make_user

    client.force_login(make_user("editor", "Moderators"))
    old_secret = webhook.secret
    response = client.post(reverse("api_webhooks:rotate_secret", args=[webhook.pk]))
    assert response.status_code in (302, 403)
    webhook.refresh_from_db()
    assert webhook.secret == old_secret


def test_the_sites_background_worker_delivers_webhooks_too(webhook, receiver):
    publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    call_command("run_worker", "--once", stdout=open("/dev/null", "w"))
    assert [p["event"] for p in received(receiver)] == ["page.published"]
