"""Password guessing at the admin log-in is stopped (django-axes)."""
import pytest
from django.conf import settings

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
