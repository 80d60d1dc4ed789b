"""One vocabulary for partner developers: ``locale`` names the language in
every endpoint's parameters and answers (``language`` is an alias), Wagtail's
stock ``?search=`` works on /api/v2/pages/ with the listing's other filters,
and ``html_url`` and ``detail_url`` start with the same base address."""
from urllib.parse import urlsplit

import pytest

from clusters.models import ClusterPage

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"


def get(client, path, status=200, **params):
    response = client.get(path, params)
    assert response.status_code == status, response.content[:400]
    return response.json()


@pytest.fixture(params=["opensearch", "database"])
def backend(request, settings):
    if request.param == "database":
        settings.SEARCH_ENGINE = "database"
    return request.param


# --- locale everywhere (item 15) ---------------------------------------------------


def test_search_takes_locale_and_answers_with_locale_like_the_pages_endpoint(client):
    found = get(client, "/api/v2/search/", q="Windcomm", locale="de")
    assert found["meta"]["locale"] == "de"
    assert found["items"] and all(item["locale"] == "de" for item in found["items"])
    for item in found["items"]:
        page = get(client, f"{PAGES}{item['id']}/")
        assert page["meta"]["locale"] == item["locale"]


def test_language_stays_an_alias_everywhere(client):
    by_locale = get(client, "/api/v2/search/", q="Windcomm", locale="da")
    by_language = get(client, "/api/v2/search/", q="Windcomm", language="da")
    assert [i["id"] for i in by_locale["items"]] == [i["id"] for i in by_language["items"]]
    assert by_language["items"][0]["language"] == by_language["items"][0]["locale"] == "da"
    pages_by_alias = get(client, PAGES, language="da", type="clusters.ClusterPage", limit=100)
    pages_by_locale = get(client, PAGES, locale="da", type="clusters.ClusterPage", limit=100)
    assert pages_by_alias["items"] == pages_by_locale["items"]
    assert {item["meta"]["locale"] for item in pages_by_alias["items"]} == {"da"}
    suggestions = get(client, "/api/v2/search/autocomplete/", q="Windc", locale="de")["items"]
    assert suggestions and all(s["url"].startswith("/de/") for s in suggestions)


@pytest.mark.parametrize("path", [PAGES, "/api/v2/search/", "/api/v2/search/autocomplete/"])
def test_locale_and_language_naming_different_languages_is_a_400(client, path):
    text = {"search": "wind"} if path == PAGES else {"q": "wind"}
    message = get(client, path, status=400, locale="de", language="da", **text)["message"]
    assert "locale" in message and "language" in message


def test_child_of_root_follows_the_locale_alias(client):
    danish_home = get(client, PAGES, child_of="root", language="da")
    assert danish_home["items"] and {item["meta"]["locale"] for item in danish_home["items"]} == {"da"}


# --- Wagtail's ?search= on /api/v2/pages/ (item 16) ---------------------------------


def test_pages_search_is_language_aware_and_combines_with_type_and_filters(client, backend):
    german = ClusterPage.objects.get(slug="windcomm-schleswig-holstein", locale__language_code="de")
    found = get(client, PAGES, search="Windcomm", locale="de", type="clusters.ClusterPage", sector="wind-energy")
    assert found["items"][0]["id"] == german.pk
    assert {item["meta"]["locale"] for item in found["items"]} == {"de"}
    assert found["meta"]["total_count"] == len(found["items"])
    everywhere = get(client, PAGES, search="Windcomm", limit=50)
    assert {item["meta"]["locale"] for item in everywhere["items"]} == {"en", "da", "de"}
    assert get(client, PAGES, search="Windcomm", sector="life-science-health")["items"] == []


def test_pages_search_operator_and_or(client, backend):
    both = get(client, PAGES, search="Windcomm zzqqxx", locale="en")
    either = get(client, PAGES, search="Windcomm zzqqxx", locale="en", search_operator="or")
    assert both["items"] == []
    assert "Windcomm" in either["items"][0]["title"]


def test_pages_search_can_be_ordered_and_paged(client):
    ordered = get(client, PAGES, search="cluster", locale="en", order="title", limit=5)
    titles = [item["title"] for item in ordered["items"]]
    assert titles == sorted(titles) and len(titles) == 5
    second = get(client, PAGES, search="cluster", locale="en", order="title", limit=5, offset=5)
    assert not {i["id"] for i in second["items"]} & {i["id"] for i in ordered["items"]}


def test_pages_search_hides_private_pages(client, django_capture_on_commit_callbacks):
    from wagtail.models import PageViewRestriction

    german = ClusterPage.objects.get(slug="windcomm-schleswig-holstein", locale__language_code="de")
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=german, restriction_type=PageViewRestriction.LOGIN)
    assert german.pk not in {item["id"] for item in get(client, PAGES, search="Windcomm")["items"]}


@pytest.mark.parametrize(
    "params, message",
    [
        ({"search": "wind", "search_operator": "xor"}, "search_operator must be one of: and, or"),
        ({"search": "w" * 201}, "at most 200 characters"),
    ],
)
def test_bad_search_parameters_are_a_400(client, params, message):
    assert message in get(client, PAGES, status=400, **params)["message"]


# --- one base address (item 17) -------------------------------------------------------


def _base(url):
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def test_html_url_and_detail_url_share_the_api_base(client, settings):
    settings.WAGTAILAPI_BASE_URL = "https://partners.example.org"
    item = get(client, PAGES, type="clusters.ClusterPage", locale="de", limit=1)["items"][0]
    meta = item["meta"]
    assert _base(meta["html_url"]) == _base(meta["detail_url"]) == ("https", "partners.example.org")
    for translation in meta["translations"].values():
        assert _base(translation["html_url"]) == _base(translation["detail_url"])
    detail = get(client, f"{PAGES}{item['id']}/")
    assert _base(detail["meta"]["html_url"]) == ("https", "partners.example.org")
    assert urlsplit(detail["meta"]["html_url"]).path == ClusterPage.objects.get(pk=item["id"]).url
