"""Password guessing at the admin log-in is stopped (django-axes)."""
import pytest
from django.conf import settings
from django.test import RequestFactory

from cms.proxies import client_address

from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_repeated_wrong_passwords_lock_the_account_with_a_clear_message(client):
    make_user("editor", "Moderators")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
        assert response.status_code == 200  # the log-in form again, with an error
    response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    assert response.status_code == 429
    # Locked: even the right password is refused for now.
    response = client.post("/admin/login/", {"username": "editor", "password": "pw"})
    assert response.status_code == 429
    assert "Too many failed log-in attempts" in response.content.decode()


def test_a_correct_password_logs_in(client):
    make_user("editor", "Moderators")
    response = client.post("/admin/login/", {"username": "editor", "password": "pw"})
    assert response.status_code == 302


def log_in(client, username, password, client_address, proxy="10.0.0.2"):
    """A log-in through the production proxy (REMOTE_ADDR), which appends the client's address."""
    return client.post(
        "/admin/login/", {"username": username, "password": password},
        REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=client_address,
    )


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]


def test_behind_the_proxy_an_attacker_cannot_lock_out_the_administrator(client, behind_proxy):
    make_user("admin", superuser=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "admin", "guess", "203.0.113.66")
    assert log_in(client, "admin", "pw", "203.0.113.66").status_code == 429  # the attacker is locked out
    # The administrator, elsewhere, behind the same proxy, is not.
    assert log_in(client, "admin", "pw", "198.51.100.7").status_code == 302


def test_a_forged_x_forwarded_for_does_not_escape_the_lock_out(client, behind_proxy):
    make_user("admin", superuser=True)
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "admin", "guess", f"192.0.2.{n}, 203.0.113.66")
    assert log_in(client, "admin", "pw", "192.0.2.200, 203.0.113.66").status_code == 429


def test_without_trusted_proxies_x_forwarded_for_is_ignored(client, settings):
    settings.TRUSTED_PROXIES = 0
    make_user("editor", "Moderators")
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": "editor", "password": "wrong"},
                    REMOTE_ADDR="192.0.2.10", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = client.post("/admin/login/", {"username": "editor", "password": "pw"},
                           REMOTE_ADDR="192.0.2.10", HTTP_X_FORWARDED_FOR="198.51.100.250")
    assert response.status_code == 429


def test_password_spraying_over_many_user_names_locks_the_address_out(client, behind_proxy, settings):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 12
    make_user("editor", "Moderators")
    # A few guesses for each of many names: never the per-account limit for any.
    attempts = [f"user{n}" for n in range(6) for _ in range(2)]
    for name in attempts[:-1]:
        assert log_in(client, name, "Summer2026!", "203.0.113.99").status_code == 200
    # The twelfth failure from one address locks it out for every user name, even with the right password.
    assert log_in(client, attempts[-1], "Summer2026!", "203.0.113.99").status_code == 429
    response = log_in(client, "editor", "pw", "203.0.113.99")
    assert response.status_code == 429
    assert "Too many failed log-in attempts" in response.content.decode()
    # Everyone else logs in.
    assert log_in(client, "editor", "pw", "198.51.100.8").status_code == 302


def test_one_address_below_the_spraying_limit_is_not_locked_out(client, behind_proxy, settings):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 12
    make_user("editor", "Moderators")
    for n in range(11):
        log_in(client, f"user{n}", "Summer2026!", "203.0.113.98")
    assert log_in(client, "editor", "pw", "203.0.113.98").status_code == 302


@pytest.mark.parametrize("trusted, forwarded, remote, expected", [
    (0, "198.51.100.1", "10.0.0.2", "10.0.0.2"),  # no proxy trusted: the header is ignored
    (1, "192.0.2.9, 198.51.100.1", "10.0.0.2", "198.51.100.1"),
    (2, "192.0.2.9, 198.51.100.1, 10.0.0.3", "10.0.0.2", "198.51.100.1"),
    (2, "198.51.100.1", "10.0.0.2", "198.51.100.1"),  # fewer hops than proxies: the outermost known
    (["10.0.0.0/8"], "192.0.2.9, 198.51.100.1, 10.0.0.3", "10.0.0.2", "198.51.100.1"),
    (["10.0.0.0/8"], "198.51.100.1", "192.0.2.50", "192.0.2.50"),  # not from our proxy: the header is not believed
    (["10.0.0.0/8", "2001:db8::/32"], "2001:DB8:0:0::1, 2001:db8::2", "10.0.0.2", "2001:db8::1"),
    (1, "not-an-address", "10.0.0.2", "10.0.0.2"),
])
def test_client_address_behind_trusted_proxies(settings, trusted, forwarded, remote, expected):
    settings.TRUSTED_PROXIES = trusted
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


def test_the_access_log_names_the_client_not_the_proxy(client, behind_proxy, caplog):
    from cms.proxies import AccessLogMiddleware
    from django.http import HttpResponse

    request = RequestFactory().get("/en/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.4")
    with caplog.at_level("INFO", logger="access"):
        AccessLogMiddleware(lambda request: HttpResponse(status=204))(request)
    assert [record.getMessage().split(" ")[0] for record in caplog.records if record.name == "access"] == ["198.51.100.4"]
