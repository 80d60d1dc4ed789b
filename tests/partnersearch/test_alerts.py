"""Alerts: double opt-in, a weekly digest of new requests in the chosen
sectors and languages, and one-click unsubscribing (with the mail headers)."""
import datetime
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from partnersearch.jobs import queue_digests, send_mail_jobs
from partnersearch.models import AlertSubscription, CooperationRequestPage, MailJob

from .conftest import body_text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


def test_subscription_needs_confirmation_then_digests_arrive_and_one_click_unsubscribes(client, smtp):
    response = client.post("/da/partner-search-service/alerts/", {"email": "reader@example.org", "sectors": ["wind-energy"], "languages": ["da", "en"]})
    assert response.status_code == 200
    subscription = AlertSubscription.objects.get()
    assert subscription.confirmed_at is None and subscription.language == "da"
    assert send_mail_jobs() == "mail: 1 sent, 0 failed"
    [confirmation] = smtp.to("reader@example.org")
    assert "Bekræft" in str(confirmation["Subject"])
    link = re.search(r"https://intranet\.example(/da/partner-search-service/alerts/confirm/\S+/)", body_text(confirmation)).group(1)
    # Unconfirmed: no digest.
    assert queue_digests(now=timezone.now() + datetime.timedelta(days=8)) == ""
    assert client.get(link).status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None
    # Requests published after the confirmation, a week later.
    AlertSubscription.objects.update(confirmed_at=timezone.now() - datetime.timedelta(days=30))
    assert "1 digest" in queue_digests()
    assert queue_digests() == ""  # one a week
    send_mail_jobs()
    digest = smtp.to("reader@example.org")[-1]
    text = body_text(digest)
    assert "Eksempel: partnere til konkurrencedygtige omkostninger i offshore-vind" in text  # Danish wind request
    assert "Example: partners for offshore wind" in text  # English too: both languages chosen
    assert "expertise for cross-border health" not in text  # not a wind-energy request
    unsubscribe = re.search(r"<(https://intranet\.example(/da/partner-search-service/alerts/unsubscribe/\S+/))>", digest["List-Unsubscribe"])
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.group(1) in text
    assert client.post(unsubscribe.group(2)).status_code == 200
    assert not AlertSubscription.objects.exists()


def test_bad_subscriptions_are_refused_in_the_visitors_language(client):
    response = client.post("/de/partner-search-service/alerts/", {"email": "nope", "languages": []})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bitte geben Sie eine gültige E-Mail-Adresse ein" in html and "mindestens eine Sprache" in html
    assert not AlertSubscription.objects.exists() and not MailJob.objects.exists()


def test_closed_requests_are_not_in_digests(smtp):
    subscription = AlertSubscription.objects.create(email="r@example.org", language="en", languages=["en"], confirmed_at=timezone.now() - datetime.timedelta(days=30))
    CooperationRequestPage.objects.update(closed_at=timezone.now())
    assert queue_digests() == ""
    subscription.refresh_from_db()
    assert subscription.last_digest_at is not None


@pytest.mark.parametrize("kind", ["alerts/confirm", "alerts/unsubscribe", "invitation"])
@pytest.mark.parametrize("token", ["%00", "a%00b", "x'\"", "é"])
def test_a_mangled_link_token_is_not_found_never_a_server_error(client, kind, token):
    response = client.get(f"/en/partner-search-service/{kind}/{token}/")
    assert response.status_code == 404
