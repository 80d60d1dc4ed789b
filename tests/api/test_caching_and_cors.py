"""Partner-site friendliness: ETags and 304s, Cache-Control, CORS."""
import pytest

from api.models import APIKey
from clusters.models import ClusterPage

from .content import publish

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/api/v2/pages/3/", "/api/v2/images/", "/api/v2/documents/", "/api/schema/", "/api/docs/"])
def test_every_get_has_an_etag_and_revalidates_with_304(api, path):
    first = api.get(path)
    assert first.status_code == 200 and first["ETag"]
    again = api.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == first["Cache-Control"]


def test_etag_changes_when_the_content_changes(api):
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="de")
    url = f"/api/v2/pages/{page.id}/"
    etag = api.get(url)["ETag"]
    publish(page, short_description="Neu geschrieben.")
    changed = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["short_description"] == "Neu geschrieben."
    assert changed["ETag"] != etag


def test_anonymous_reads_may_be_cached_publicly(api, settings):
    settings.API_CACHE_MAX_AGE = 120
    response = api.get("/api/v2/pages/")
    assert response["Cache-Control"] == "public, max-age=120"


def test_reads_with_an_api_key_are_cached_privately(api):
    _, raw_key = APIKey.create_key("Partner site")
    response = api.get("/api/v2/pages/", HTTP_X_API_KEY=raw_key)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_errors_are_not_cached(api):
    assert api.get("/api/v2/pages/?limit=x")["Cache-Control"] == "no-store"
    assert "ETag" not in api.get("/api/v2/pages/?limit=x")


def test_configured_partner_origins_may_read_from_the_browser(api, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://windcluster.example"]
    allowed = api.get("/api/v2/pages/", HTTP_ORIGIN="https://windcluster.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://windcluster.example"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    other = api.get("/api/v2/pages/", HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in other


def test_cors_preflight_allows_reads_with_an_api_key(api, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://windcluster.example"]
    response = api.options(
        "/api/v2/pages/",
        HTTP_ORIGIN="https://windcluster.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="x-api-key, if-none-match",
    )
    assert response.status_code == 200
    assert "x-api-key" in response["Access-Control-Allow-Headers"]
    assert "POST" not in response["Access-Control-Allow-Methods"]


def test_cors_is_for_the_api_only(api, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://windcluster.example"]
    response = api.get("/en/", HTTP_ORIGIN="https://windcluster.example")
    assert "Access-Control-Allow-Origin" not in response
