"""Bad content is rejected in the admin form with a clear message, and nothing
is saved."""
import pytest

from agenda.models import EventPage
from tests.admin_forms import post_edit
from tests.factories import english_cluster, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(make_user("admin", superuser=True))
    return client


def assert_rejected(response, message):
    html = response.content.decode()
    assert response.status_code == 200
    assert "could not be saved" in html
    assert message in html


def test_a_website_that_is_not_http_is_rejected(admin_client):
    page = english_cluster("cewind")
    response = post_edit(admin_client, page, action="action-publish", website="ftp://files.example.org/")
    assert_rejected(response, "Enter a web address starting with http:// or https://.")
    page.refresh_from_db()
    assert page.website.startswith("https://")


def test_a_negative_member_count_is_rejected(admin_client):
    page = english_cluster("cewind")
    response = post_edit(admin_client, page, action="action-publish", member_count="-3")
    assert_rejected(response, "Ensure this value is greater than or equal to 0.")
    page.refresh_from_db()
    assert page.member_count is None


def test_an_event_ending_before_it_starts_is_rejected(admin_client):
    page = EventPage.objects.get(slug="workshop-2-and-networking-event")
    response = post_edit(admin_client, page, action="action-publish", end_date="2012-06-01")
    assert_rejected(response, "The event cannot end before it starts.")
    page.refresh_from_db()
    assert str(page.end_date) == "2012-06-13"


def test_a_valid_edit_is_published(admin_client):
    page = english_cluster("cewind")
    response = post_edit(admin_client, page, action="action-publish", member_count="57")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.member_count == 57
