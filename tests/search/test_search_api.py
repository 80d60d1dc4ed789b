"""The search endpoints of the partner API: the HTML page's search as JSON,
with strict input checking (400 with a message) and the API's caching."""
import pytest

pytestmark = pytest.mark.django_db


def test_search_returns_hits_facets_and_highlights(client):
    response = client.get("/api/v2/search/?q=offshore&language=de&sector=wind-energy&facets=sector")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == len(data["items"]) > 0
    assert {item["language"] for item in data["items"]} == {"de"}
    assert any("<mark>" in item["snippet"] for item in data["items"])
    sectors = {value["value"]: value for value in data["facets"]["sector"]}
    assert sectors["wind-energy"]["selected"] and sectors["wind-energy"]["count"] == data["meta"]["total_count"]
    assert data["meta"]["backend"] == "engine"


def test_all_languages_are_labelled_and_counted(client):
    data = client.get("/api/v2/search/?q=Windcomm&language=all").json()
    # Each page once, in English (the default) where translated (issue 14).
    assert [item["language"] for item in data["items"]] == ["en"]
    assert data["meta"]["total_count"] == 1
    assert data["meta"]["languages"] == {"da": 1, "de": 1, "en": 1}


def test_pagination_with_limit(client):
    first = client.get("/api/v2/search/?q=cluster&limit=5").json()
    second = client.get("/api/v2/search/?q=cluster&limit=5&page=2").json()
    assert len(first["items"]) == 5 and first["meta"]["page_count"] > 1
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


@pytest.mark.parametrize(
    "query_string, message",
    [
        ("limit=abc", "limit must be a whole number"),
        ("limit=500", "limit must be between 1 and 100"),
        ("page=abc", "page must be a whole number from 1"),
        ("page=", "page must be a whole number from 1"),
        ("page=0", "There is no results page"),
        ("sector=no-such-sector", "Unknown sector: no-such-sector."),
        ("language=fr", "unknown locale 'fr'"),
        ("sort=oldest", "sorted by relevance or by date"),
        ("colour=red", "unknown parameter(s): colour"),
    ],
)
def test_bad_parameters_are_a_400_with_a_message(client, query_string, message):
    response = client.get(f"/api/v2/search/?{query_string}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert message in response.json()["message"]


def test_a_results_page_beyond_the_last_is_a_404(client):
    response = client.get("/api/v2/search/?page=99&q=Windcomm")
    assert response.status_code == 404
    assert "beyond the last page" in response.json()["message"]


def test_engine_syntax_characters_are_just_text(client):
    response = client.get('/api/v2/search/?q="%3A()*%5C/[]^~')
    assert response.status_code == 200


def test_writes_are_refused_as_json(client):
    response = client.post("/api/v2/search/", {"q": "x"})
    assert response.status_code == 405
    assert "message" in response.json()


def test_autocomplete(client):
    data = client.get("/api/v2/search/autocomplete/?q=Windc&language=de").json()
    assert data["items"] == [{"title": "Windcomm Schleswig-Holstein", "url": "/de/cluster/windcomm-schleswig-holstein/", "type": "cluster"}]
    assert len(client.get("/api/v2/search/autocomplete/?q=c&language=en").json()["items"]) == 10
    assert client.get("/api/v2/search/autocomplete/?language=de").status_code == 400
    assert client.get("/api/v2/search/autocomplete/?q=x&language=all").status_code == 400


def test_search_responses_revalidate_with_their_etag(client):
    first = client.get("/api/v2/search/?q=wind")
    assert first["ETag"]
    again = client.get("/api/v2/search/?q=wind", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_the_schema_describes_both_endpoints(client):
    schema = client.get("/api/schema/?format=json").json()
    assert "/api/v2/search/" in schema["paths"] and "/api/v2/search/autocomplete/" in schema["paths"]
    names = {p["name"] for p in schema["paths"]["/api/v2/search/"]["get"]["parameters"]}
    assert {"q", "locale", "sector", "theme", "country", "period", "type", "sort", "page", "limit"} <= names


def test_facets_are_counted_only_when_asked_for(client):
    """Issue 11: aggregations cost engine time; the API counts the facets named in ``facets``."""
    plain = client.get("/api/v2/search/?q=cluster").json()
    assert plain["facets"] == {} and plain["items"]
    some = client.get("/api/v2/search/?q=cluster&facets=type,country").json()
    assert set(some["facets"]) == {"type", "country"}
    assert sum(value["count"] for value in some["facets"]["type"]) == some["meta"]["total_count"]
    every = client.get("/api/v2/search/?q=cluster&facets=*").json()
    assert set(every["facets"]) == {"type", "sector", "theme", "country", "period", "kind", "open"}
    assert [item["id"] for item in every["items"]] == [item["id"] for item in plain["items"]]


@pytest.mark.parametrize("value", ["colour", "type,,sector", "type, sector", "*,type"])
def test_unknown_facets_are_a_400_with_a_message(client, value):
    response = client.get("/api/v2/search/", {"q": "cluster", "facets": value})
    assert response.status_code == 400
    assert "facets must be a comma-separated list of type, sector, theme, country, period" in response.json()["message"]


@pytest.mark.parametrize("query_string", [
    "q=wind", "q=wind+energy&type=cluster&country=DK", "q=netzwerk&language=de&limit=50", "q=cluster&facets=type,country",
])
def test_the_search_api_runs_at_most_two_sql_queries(client, django_assert_max_num_queries, query_string):
    """Issue 11: editors' promotions and the visibility check of the hits."""
    client.get(f"/api/v2/search/?{query_string}")
    with django_assert_max_num_queries(2):
        response = client.get(f"/api/v2/search/?{query_string}")
    assert response.status_code == 200 and response.json()["items"]


def test_autocomplete_runs_at_most_one_sql_query(client, django_assert_max_num_queries):
    client.get("/api/v2/search/autocomplete/?q=wind")
    with django_assert_max_num_queries(1):
        response = client.get("/api/v2/search/autocomplete/?q=wind")
    assert response.json()["items"]
