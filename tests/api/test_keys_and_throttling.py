"""Rate limiting per client (API key, else IP) with 429 and Retry-After, and
API keys created and revoked in the admin."""
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from api.models import APIKey, hash_api_key
from api.throttling import PartnerRateThrottle

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/?limit=1"


def test_anonymous_clients_are_limited_per_ip_with_429_and_retry_after(api, settings):
    settings.API_THROTTLE_ANON_RATE = "3/min"
    for _ in range(3):
        assert api.get(PAGES, REMOTE_ADDR="10.0.0.1").status_code == 200
    limited = api.get(PAGES, REMOTE_ADDR="10.0.0.1")
    assert limited.status_code == 429
    assert limited["Content-Type"] == "application/json"
    assert "throttled" in limited.json()["message"].lower()
    assert 0 < int(limited["Retry-After"]) <= 60
    # another address has its own allowance
    assert api.get(PAGES, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_the_limit_counts_per_minute_and_refused_requests_do_not_count(api, settings, monkeypatch):
    settings.API_THROTTLE_ANON_RATE = "2/min"
    clock = [60 * 29_000_000 + 50.0]  # 50 seconds into a minute
    monkeypatch.setattr(PartnerRateThrottle, "timer", lambda self: clock[0])
    answers = [api.get(PAGES, REMOTE_ADDR="10.0.0.9") for _ in range(5)]
    assert [answer.status_code for answer in answers] == [200, 200, 429, 429, 429]
    assert answers[-1]["Retry-After"] == "10"  # the rest of the minute
    clock[0] += 10  # the next minute: the refused requests did not count
    assert [api.get(PAGES, REMOTE_ADDR="10.0.0.9").status_code for _ in range(3)] == [200, 200, 429]


def test_a_new_x_forwarded_for_per_request_does_not_escape_the_limit(api, settings):
    """With no trusted proxy configured, only REMOTE_ADDR counts: a client
    cannot pose as a new one by sending a new X-Forwarded-For each time."""
    settings.TRUSTED_PROXIES = 0
    settings.API_THROTTLE_ANON_RATE = "3/min"
    for n in range(3):
        assert api.get(PAGES, REMOTE_ADDR="10.0.0.7", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code == 200
    assert api.get(PAGES, REMOTE_ADDR="10.0.0.7", HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429
    assert api.get(PAGES, REMOTE_ADDR="10.0.0.7").status_code == 429


@pytest.mark.parametrize("trusted", [1, ["10.0.0.0/8"]])
def test_behind_trusted_proxies_each_real_client_has_its_own_allowance(api, settings, trusted):
    """Behind the production proxy (REMOTE_ADDR 10.0.0.1) the client is the
    address the proxy appended; what a client writes before it does not count."""
    settings.TRUSTED_PROXIES = trusted
    settings.API_THROTTLE_ANON_RATE = "2/min"
    via_proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for n in range(2):
        forged = f"192.0.2.{n}, 203.0.113.5"  # a forged first entry, then what the proxy saw
        assert api.get(PAGES, HTTP_X_FORWARDED_FOR=forged, **via_proxy).status_code == 200
    assert api.get(PAGES, HTTP_X_FORWARDED_FOR="192.0.2.77, 203.0.113.5", **via_proxy).status_code == 429
    # Another client behind the same proxy is not affected.
    assert api.get(PAGES, HTTP_X_FORWARDED_FOR="203.0.113.6", **via_proxy).status_code == 200


def test_an_api_key_has_its_own_higher_limit(api, settings):
    settings.API_THROTTLE_ANON_RATE = "2/min"
    key, raw_key = APIKey.create_key("WindCluster site", rate_limit=5)
    for _ in range(2):
        api.get(PAGES, REMOTE_ADDR="10.0.0.3")
    assert api.get(PAGES, REMOTE_ADDR="10.0.0.3").status_code == 429
    for _ in range(5):
        assert api.get(PAGES, REMOTE_ADDR="10.0.0.3", HTTP_X_API_KEY=raw_key).status_code == 200
    assert api.get(PAGES, REMOTE_ADDR="10.0.0.3", HTTP_X_API_KEY=raw_key).status_code == 429
    key.refresh_from_db()
    assert key.last_used_at is not None


def test_keys_without_their_own_rate_get_the_key_default(api, settings):
    settings.API_THROTTLE_ANON_RATE = "1/min"
    settings.API_THROTTLE_KEY_RATE = "4/min"
    _, raw_key = APIKey.create_key("Agency site")
    statuses = [api.get(PAGES, HTTP_AUTHORIZATION=f"Api-Key {raw_key}").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]


@pytest.mark.parametrize("header", ["HTTP_X_API_KEY", "HTTP_AUTHORIZATION"])
def test_unknown_and_revoked_keys_are_refused_with_401(api, header):
    key, raw_key = APIKey.create_key("Old site")
    key.revoked = True
    key.save()
    assert key.revoked_at is not None
    for value in (raw_key, "itn_made-up"):
        sent = f"Api-Key {value}" if header == "HTTP_AUTHORIZATION" else value
        response = api.get(PAGES, **{header: sent})
        assert response.status_code == 401
        assert response.json()["message"] == "The API key is not valid or has been revoked."


def test_keys_are_stored_as_hashes_only():
    key, raw_key = APIKey.create_key("Partner")
    assert raw_key.startswith("itn_") and len(raw_key) > 40
    assert key.key_hash == hash_api_key(raw_key) and raw_key not in key.key_hash
    assert key.prefix == raw_key[:12]


def test_admin_creates_a_key_and_shows_it_once(client, admin_user):
    client.force_login(admin_user)
    add_url = reverse("api_keys:add")
    response = client.post(add_url, {"name": "Clusters' site", "rate_limit": "600"})
    assert response.status_code == 302
    key = APIKey.objects.get(name="Clusters' site")
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    raw_key = next(word for message in messages for word in message.split() if word.startswith("itn_"))
    assert key.key_hash == hash_api_key(raw_key) and key.rate_limit == 600
    first_view = client.get(reverse("api_keys:index")).content.decode()
    assert raw_key in first_view  # the one-time message
    later_view = client.get(reverse("api_keys:index")).content.decode()
    assert key.prefix in later_view and raw_key not in later_view


def test_admin_revokes_a_key(client, admin_user, api):
    key, raw_key = APIKey.create_key("To revoke")
    client.force_login(admin_user)
    response = client.post(reverse("api_keys:edit", args=[key.pk]), {"name": key.name, "rate_limit": "", "revoked": "on"})
    assert response.status_code == 302
    client.logout()
    assert client.get(PAGES, HTTP_X_API_KEY=raw_key).status_code == 401
