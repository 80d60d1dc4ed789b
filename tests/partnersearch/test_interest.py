"""Express interest: stored with its mails in one transaction, sent by the
worker through a real SMTP server on 127.0.0.1 with retries, abuse checks,
messages in the visitor's language, retention and the personal data command."""
import datetime
import io
import json

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from partnersearch.jobs import purge_old_interests, send_mail_jobs
from partnersearch.managers import make_manager
from partnersearch.models import Interest, MailJob
from wagtail.users.models import UserProfile

from tests.factories import make_user

from .conftest import body_text, example

pytestmark = pytest.mark.django_db

GOOD = {
    "name": "Jane Doe",
    "organisation": "Wind Partners GmbH",
    "country": "DE",
    "email": "jane@example.org",
    "message": "We build foundations and would like to take part.",
    "consent": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def post(client, page, **changes):
    return client.post(page.url, {**GOOD, **changes})


def test_an_interest_is_stored_with_both_mails_in_one_transaction(client, wind_request):
    response = post(client, wind_request)
    assert response.status_code == 302 and response["Location"].endswith("?interest=sent")
    interest = Interest.objects.get()
    assert (interest.name, interest.language, interest.cluster_key) == ("Jane Doe", "en", wind_request.cluster.translation_key)
    assert sorted(interest.mail_jobs.values_list("kind", flat=True)) == ["interest-confirmation", "interest-managers"]
    thanks = client.get(response["Location"])
    assert "your interest has been sent" in thanks.content.decode()


def test_a_bad_email_is_refused_with_a_message_in_the_visitors_language(client):
    german = example("beispiel-offshore-wind-kosten", "de")
    response = post(client, german, email="not-an-address")
    assert response.status_code == 200
    assert "Bitte geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.org." in response.content.decode()
    assert not Interest.objects.exists()


@pytest.mark.parametrize("field, value", [
    ("name", "Jane\r\nBcc: victim@example.org"),
    ("email", "jane@example.org\nBcc: victim@example.org"),
    ("organisation", "x" * 201),
    ("message", "y" * 3001),
    ("message", "nul\x00byte"),
    ("country", "ZZ"),
    ("consent", ""),
])
def test_bad_input_is_refused(client, wind_request, field, value):
    response = post(client, wind_request, **{field: value})
    assert response.status_code == 200
    assert "notice--error" in response.content.decode()
    assert not Interest.objects.exists()


def test_markup_is_stored_as_text_and_shown_escaped(client, wind_request, admin_user):
    post(client, wind_request, name="<script>alert(1)</script>")
    interest = Interest.objects.get()
    client.force_login(admin_user)
    html = client.get(f"/admin/partnersearch_interests/inspect/{interest.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_the_honeypot_stores_nothing_and_tells_the_bot_nothing(client, wind_request):
    response = post(client, wind_request, website="http://spam.example")
    assert response.status_code == 302
    assert not Interest.objects.exists()


def test_the_rate_limit_stops_a_flood_from_one_address(client, wind_request, settings):
    settings.INTEREST_RATE_LIMIT = 2
    assert post(client, wind_request).status_code == 302
    assert post(client, wind_request).status_code == 302
    third = post(client, wind_request)
    assert third.status_code == 429 and "try again in an hour" in third.content.decode()
    assert Interest.objects.count() == 2


def test_a_closed_request_takes_no_interest(client, closed_request):
    response = post(client, closed_request)
    assert not Interest.objects.exists()
    assert response.status_code == 200


def test_the_worker_mails_managers_and_sender_in_their_languages(client, smtp, wind_request):
    manager = make_user("ocd-manager")
    manager.email = "manager@offshore.example"
    manager.save()
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "da"
    profile.save()
    make_manager(manager, wind_request.cluster)
    german = example("beispiel-offshore-wind-kosten", "de")
    post(client, german)
    assert send_mail_jobs() == "mail: 2 sent, 0 failed"
    [to_manager] = smtp.to("manager@offshore.example")
    assert str(to_manager["Subject"]).strip().startswith("Ny interesse for din forespørgsel")  # Danish: the manager's language
    assert to_manager["Reply-To"] == "jane@example.org"
    assert to_manager["From"] == "InTra-Net <noreply@intranet.example>"
    text = body_text(to_manager)
    assert "Jane Doe" in text and "We build foundations" in text
    assert "https://intranet.example/da/partnersoegning/eksempel-offshore-vind-omkostninger-partnere/" in text
    assert "https://intranet.example/admin/partnersearch_interests/" in text
    [to_sender] = smtp.to("jane@example.org")
    assert "Ihr Interesse" in to_sender["Subject"]  # German: the page the visitor used
    assert "https://intranet.example/de/partnersuche/beispiel-offshore-wind-kosten-partner/" in body_text(to_sender)
    assert "\n" not in to_sender["Subject"]
    assert set(MailJob.objects.values_list("status", flat=True)) == {"sent"}


def test_mail_is_retried_with_back_off_while_the_server_is_down(client, smtp, wind_request, settings):
    post(client, wind_request)
    smtp.refuse = True
    assert send_mail_jobs() == "mail: 0 sent, 2 failed"
    job = MailJob.objects.first()
    assert job.attempts == 1 and job.status == "pending" and "451" in job.last_error
    assert job.next_attempt_at > timezone.now() + datetime.timedelta(seconds=settings.MAIL_RETRY_BASE_DELAY - 5)
    assert send_mail_jobs() == ""  # not due yet
    smtp.refuse = False
    MailJob.objects.update(next_attempt_at=timezone.now())
    assert send_mail_jobs() == "mail: 2 sent, 0 failed"
    assert len(smtp.messages) == 2


def test_a_mail_that_keeps_failing_is_given_up(client, wind_request, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens there
    settings.MAIL_MAX_ATTEMPTS = 2
    post(client, wind_request)
    send_mail_jobs()
    MailJob.objects.update(next_attempt_at=timezone.now())
    send_mail_jobs()
    assert set(MailJob.objects.values_list("status", flat=True)) == {"failed"}
    assert Interest.objects.count() == 1  # the interest itself is kept for the managers


def test_old_interests_are_purged_after_the_retention_period(client, wind_request, settings):
    settings.INTEREST_RETENTION_DAYS = 30
    post(client, wind_request)
    post(client, wind_request, email="new@example.org")
    Interest.objects.filter(email="jane@example.org").update(created_at=timezone.now() - datetime.timedelta(days=31))
    assert "1 old interest" in purge_old_interests()
    assert list(Interest.objects.values_list("email", flat=True)) == ["new@example.org"]


def test_one_persons_data_is_exported_and_erased(client, wind_request):
    post(client, wind_request)
    post(client, wind_request, email="other@example.org")
    out = io.StringIO()
    call_command("interest_data", "export", "JANE@example.org", stdout=out)
    data = json.loads(out.getvalue())
    assert [item["message"] for item in data["interests"]] == [GOOD["message"]]
    out = io.StringIO()
    call_command("interest_data", "erase", "jane@example.org", stdout=out)
    assert "Erased 1 expression" in out.getvalue()
    assert list(Interest.objects.values_list("email", flat=True)) == ["other@example.org"]
    assert not MailJob.objects.filter(interest__email="jane@example.org").exists()


def test_a_page_with_the_form_never_goes_into_the_shared_page_cache(client, wind_request, closed_request, settings):
    # The form carries the visitor's CSRF token: another visitor must never get it from the cache.
    settings.PAGE_CACHE_ENABLED = True
    response = client.get(wind_request.url)
    assert "private" in response["Cache-Control"] and 'name="csrfmiddlewaretoken"' in response.content.decode()
    closed = client.get(closed_request.url)
    assert "public" in closed["Cache-Control"]
