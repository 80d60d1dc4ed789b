"""Headless preview: a signed, expiring token shows a draft through the API."""
import pytest
from django.core import signing
from django.urls import reverse

from api.preview import SALT, make_preview_token
from clusters.models import ClusterPage
from tests.factories import make_user

pytestmark = pytest.mark.django_db

PREVIEW = "/api/v2/preview/"


@pytest.fixture
def draft():
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="de")
    page.short_description = "Entwurf: noch nicht veröffentlicht."
    page.save_revision()
    return page


def test_a_token_shows_the_draft_which_the_pages_endpoint_does_not(api, draft):
    token = make_preview_token(draft)
    preview = api.get(PREVIEW, {"token": token})
    assert preview.status_code == 200
    assert preview["Cache-Control"] == "private, no-store"
    body = preview.json()
    assert body["short_description"] == "Entwurf: noch nicht veröffentlicht."
    assert body["meta"]["type"] == "clusters.ClusterPage" and body["meta"]["locale"] == "de"
    assert body["sectors"] and body["meta"]["translations"]
    published = api.json(f"/api/v2/pages/{draft.id}/")
    assert published["short_description"] != body["short_description"]


def test_preview_respects_field_selection(api, draft):
    body = api.json(PREVIEW, {"token": make_preview_token(draft), "fields": "_,short_description"})
    assert body == {"short_description": "Entwurf: noch nicht veröffentlicht."}


def test_an_expired_token_is_refused(api, draft, settings):
    token = make_preview_token(draft)
    settings.API_PREVIEW_TOKEN_MAX_AGE = -1
    assert "expired" in api.json(PREVIEW, {"token": token}, status=403)["message"]


@pytest.mark.parametrize(
    "token",
    ["", "nonsense", signing.dumps({"page": 1}, salt="another purpose"), signing.dumps({"page": "x"}, salt=SALT)],
)
def test_forged_or_garbled_tokens_are_refused(api, token):
    # A missing token is a bad request; one that does not verify grants nothing.
    assert api.json(PREVIEW, {"token": token}, status=400 if token == "" else 403)["message"]


def test_a_token_for_a_deleted_page_is_a_404(api):
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="da")
    token = make_preview_token(page)
    page.delete()
    api.json(PREVIEW, {"token": token}, status=404)


def test_editors_get_the_token_from_the_page_editor(client, draft, settings):
    settings.API_PREVIEW_FRONTEND_URL = "https://windcluster.example/preview?token={token}"
    from wagtail.admin.ui.menus.pages import get_page_header_buttons

    moderator = make_user("moderator", "Moderators")
    client.force_login(moderator)
    buttons = get_page_header_buttons(draft, moderator, next_url=None, view_name="edit")
    button_url = reverse("api_headless_preview", args=[draft.id])
    assert ("Headless preview", button_url) in [(str(button.label), button.url) for button in buttons]
    response = client.get(button_url)
    assert response.status_code == 302
    assert response["Location"].startswith("https://windcluster.example/preview?token=")
    token = response["Location"].split("token=", 1)[1]
    client.logout()
    assert client.get(PREVIEW, {"token": token}).json()["short_description"].startswith("Entwurf")


def test_people_who_may_not_edit_the_page_get_no_token(client, draft):
    client.force_login(make_user("outsider", "REG X editors"))
    other = ClusterPage.objects.filter(locale__language_code="de").exclude(
        responsible_partner__name="REG X"
    ).first()
    response = client.get(reverse("api_headless_preview", args=[other.id]))
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message
    assert response.status_code in (302, 403)
    assert "token=" not in response.get("Location", "")
