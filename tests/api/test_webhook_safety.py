"""Webhooks cannot be turned against the site's own network (SSRF), and a
slow partner holds up nothing else the worker does."""
import io
import json
import socket
import time

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from api.models import Webhook, WebhookDelivery
from api.webhooks import delivery as webhook_delivery
from api.webhooks.delivery import drain
from api.webhooks.targets import check_webhook_url, is_public_address
from clusters.models import ClusterPage
from core.management.commands.run_worker import Command, load_jobs
from tests.search.conftest import indexed_document, own_index  # noqa: F401 (a fixture)

from .content import publish

INTERNAL_URLS = [
    "http://127.0.0.1:8000/hook",
    "http://localhost/hook",
    "http://sub.localhost/hook",
    "http://[::1]/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://10.1.2.3/hook",
    "http://172.16.0.1/hook",
    "http://192.168.1.10/hook",
    "http://100.64.0.1/hook",  # carrier-grade NAT (shared address space)
    "http://0.0.0.0/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[fe80::1]/hook",
    "http://[fd00::1]/hook",
    "http://240.0.0.1/hook",  # reserved
    "http://2130706433/hook",  # 127.0.0.1 written as one number
]


@pytest.mark.parametrize("url", INTERNAL_URLS)
def test_internal_targets_are_refused_when_saved(url, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_TARGETS = False
    webhook = Webhook(name="Probe", url=url)
    with pytest.raises(ValidationError) as refused:
        webhook.full_clean()
    assert "url" in refused.value.message_dict


def test_public_addresses_are_accepted(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_TARGETS = False
    check_webhook_url("https://93.184.215.14/hooks/intranet")
    check_webhook_url("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook")
    assert is_public_address("8.8.8.8") and not is_public_address("::ffff:10.0.0.1")


def test_the_setting_allows_private_targets_for_intranet_partners(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_TARGETS = True
    Webhook(name="Intranet partner", url="http://10.1.2.3/hook").full_clean()


@pytest.mark.django_db
def test_the_admin_form_refuses_an_internal_target_with_a_clear_message(client, admin_user, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_TARGETS = False
    client.force_login(admin_user)
    response = client.post(reverse("api_webhooks:add"), {
        "name": "Metadata", "url": "http://169.254.169.254/latest/", "events": ["page.published"], "is_active": "on",
    })
    assert response.status_code == 200  # the form again
    assert "only be sent to public internet addresses" in response.content.decode()
    assert not Webhook.objects.filter(name="Metadata").exists()


@pytest.mark.django_db
def test_delivery_refuses_a_name_that_resolves_inward_later(receiver, settings, monkeypatch):
    """A webhook saved while its name pointed outward is refused at delivery
    once the name resolves to the site's own network (checked after resolving,
    on the address actually connected to): nothing is sent, the log says why."""
    settings.WEBHOOK_ALLOW_PRIVATE_TARGETS = False
    port = int(receiver.url.split(":")[2].split("/")[0])
    real_getaddrinfo = socket.getaddrinfo

    def partner_dns(host, *args, **kwargs):
        if host == "hooks.partner.example":  # now answered with the loopback address
            return real_getaddrinfo("127.0.0.1", *args, **kwargs)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", partner_dns)
    webhook = Webhook.objects.create(name="Rebinding", url=f"http://hooks.partner.example:{port}/hooks/intranet")
    page = publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    drain()
    assert receiver.requests == []
    delivery = WebhookDelivery.objects.get(webhook=webhook, payload__page__id=page.id)
    assert delivery.status == WebhookDelivery.Status.FAILED  # refused: not retried
    assert delivery.last_status_code is None
    assert delivery.last_error.startswith("refused: hooks.partner.example resolves to 127.0.0.1")

    # With the setting on (an intranet deployment), the same target is reached.
    settings.WEBHOOK_ALLOW_PRIVATE_TARGETS = True
    call_command("deliver_webhooks", "--once", "--requeue-failed", stdout=io.StringIO())
    assert len(receiver.requests) == 1


@pytest.mark.django_db
def test_delivery_does_not_follow_environment_proxies(receiver, settings, monkeypatch):
    """An HTTP proxy from the environment would connect on the site's behalf,
    past the address check: deliveries never use one."""
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    Webhook.objects.create(name="Direct", url=receiver.url)
    publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    assert drain() == (1, 0)


@pytest.mark.django_db
def test_a_slow_partner_does_not_hold_up_search_indexing(receiver, settings, own_index):
    """A partner taking 5 s per request while pages are published: each worker
    pass still makes the page just published searchable, and publish-to-
    searchable (from the publish's commit to the end of the worker pass that
    indexes it) stays under 2 s. The deliveries are not lost: they complete in
    the background, in order."""
    receiver.delay = 5
    settings.WEBHOOK_CYCLE_SECONDS = 0.5
    webhook = Webhook.objects.create(name="Slow partner", url=receiver.url)
    worker = Command(stdout=io.StringIO())
    jobs = load_jobs(settings.WORKER_JOBS)

    publish_to_searchable = []
    pages = list(ClusterPage.objects.filter(locale__language_code="en").order_by("pk")[:3])
    for number, page in enumerate(pages):
        title = f"Published while a partner is slow {number}"
        page.title = title
        page.save_revision().publish()
        published = time.monotonic()
        worker.cycle(jobs)  # one pass of the site's worker: search outbox, webhooks, scheduled publishing
        publish_to_searchable.append(time.monotonic() - published)
        assert indexed_document(page.pk)["title"] == title
    assert max(publish_to_searchable) < 2, publish_to_searchable

    # Every published event reaches the slow partner, one request at a time, in order.
    sender = webhook_delivery.background_sender()
    deadline = time.monotonic() + 60
    while WebhookDelivery.objects.filter(webhook=webhook, status=WebhookDelivery.Status.PENDING).exists():
        assert time.monotonic() < deadline, "the slow partner's deliveries did not complete"
        sender.wait_idle(timeout=10)
        worker.cycle(jobs)
    assert WebhookDelivery.objects.filter(webhook=webhook, status=WebhookDelivery.Status.DELIVERED).count() == 3
    assert [json.loads(request["body"])["page"]["id"] for request in receiver.requests] == [p.pk for p in pages]


@pytest.mark.django_db
def test_no_transaction_or_row_lock_is_held_while_a_partner_answers(receiver, settings):
    """The POST runs outside any transaction: while a partner takes its time,
    the delivery row can be read and locked by others."""
    seen = []
    real_send = webhook_delivery.send

    def spying_send(outgoing, now):
        seen.append(connection.in_atomic_block and connection.savepoint_ids)
        return real_send(outgoing, now)

    webhook = Webhook.objects.create(name="Partner", url=receiver.url)
    publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Esbjerg")
    original = webhook_delivery.send
    webhook_delivery.send = spying_send
    try:
        assert drain() == (1, 0)
    finally:
        webhook_delivery.send = original
    # Only the test's own transaction is open (pytest-django); no savepoint of the drain's.
    assert seen == [[]]
    assert WebhookDelivery.objects.get(webhook=webhook).status == WebhookDelivery.Status.DELIVERED
