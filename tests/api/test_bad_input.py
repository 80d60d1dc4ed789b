"""Input that once gave a server error: a NUL byte in a search, quotes and
operators in database autocomplete, a signed preview token naming a revision
that is not a number (refused with a 403), a format the API does not offer.
Each is a 4xx with a JSON message in the API and a friendly page on the site, on both backends."""
import pytest
from django.core import signing

from api.preview import SALT
from clusters.models import ClusterPage

pytestmark = pytest.mark.django_db

BACKENDS = ["opensearch", "database"]


@pytest.fixture(params=BACKENDS)
def backend(request, settings):
    if request.param == "database":
        settings.SEARCH_ENGINE = "database"
    return request.param


@pytest.mark.parametrize("path", ["/api/v2/search/", "/api/v2/search/autocomplete/"])
def test_a_nul_byte_in_an_api_search_is_a_400(client, backend, path):
    response = client.get(path, {"q": "wind\x00energy"})
    assert response.status_code == 400
    assert "NUL" in response.json()["message"]


@pytest.mark.parametrize("query", ["wind\x00energy", "\x00", "CE\x00wind\x1f"])
def test_a_nul_byte_in_a_site_search_is_ignored(client, backend, query):
    page = client.get("/en/search/", {"q": query})
    assert page.status_code == 200
    suggestions = client.get("/en/search/suggest/", {"q": query})
    assert suggestions.status_code == 200
    assert isinstance(suggestions.json()["suggestions"], list)


@pytest.mark.parametrize("typed", ['"', 'CEw"', "'", "a & b | !c", "wind:*", "(", "\\", "NOT", "-", "«»"])
def test_any_punctuation_in_autocomplete_is_just_text(client, backend, typed):
    api = client.get("/api/v2/search/autocomplete/", {"q": typed})
    assert api.status_code == 200, api.content[:300]
    html = client.get("/en/search/suggest/", {"q": typed})
    assert html.status_code == 200
    assert client.get("/en/search/", {"q": typed}).status_code == 200


def test_database_autocomplete_still_finds_titles_after_a_quote(client, settings):
    settings.SEARCH_ENGINE = "database"
    titles = [s["title"] for s in client.get("/en/search/suggest/", {"q": '"CEwi'}).json()["suggestions"]]
    assert any(title.startswith("CEwind") for title in titles)


@pytest.mark.parametrize("revision", ["abc", 1.5, True, [], {"id": 1}, -3, 2**70])
def test_a_signed_preview_token_with_a_bad_revision_is_refused(client, revision):
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    token = signing.dumps({"page": page.pk, "revision": revision}, salt=SALT, compress=True)
    response = client.get("/api/v2/preview/", {"token": token})
    assert response.status_code == 403
    assert response.json()["message"] == "the preview token is not valid"


@pytest.mark.parametrize("page_id", ["1", 2**70, None, False])
def test_a_signed_preview_token_with_a_bad_page_is_refused(client, page_id):
    token = signing.dumps({"page": page_id, "revision": None}, salt=SALT, compress=True)
    assert client.get("/api/v2/preview/", {"token": token}).status_code == 403


@pytest.mark.parametrize(
    "path", ["/api/v2/pages/", "/api/v2/pages/find/?html_path=/en/", "/api/v2/images/", "/api/v2/search/"]
)
def test_an_unsupported_format_is_a_400_that_names_json(client, path):
    separator = "&" if "?" in path else "?"
    response = client.get(f"{path}{separator}format=xml")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert "json" in response.json()["message"]
    assert client.get(f"{path}{separator}format=json").status_code in (200, 302)
