"""The HTML search page: works without JavaScript, corrects bad input with a
message, degrades to the database when the engine does not answer, and runs a
fixed number of SQL queries."""
import re

import pytest
from django.db import connection
from django.utils import translation
from django.utils.html import escape
from django.test.utils import CaptureQueriesContext

from search.service import DEGRADED_NOTICE

pytestmark = pytest.mark.django_db


def test_the_search_page_shows_results_facets_and_highlights(client):
    response = client.get("/de/search/?q=Windenergie")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de">' in html
    assert "Windcomm Schleswig-Holstein" in html
    assert "<mark>Windenergie</mark>" in html
    assert re.search(r'href="\?q=Windenergie&amp;language=de&amp;sector=wind-energy"', html)


@pytest.mark.parametrize(
    "query_string, message",
    [
        ('q=%22%3A%28%29*%5C%2F%5B%5D%5E~', None),
        ("q=" + "wind " * 60, "shortened to 200 characters"),
        ("q=wind&sector=no-such-sector", "Unknown sector: no-such-sector."),
        ("q=wind&page=abc", "There is no results page"),
        ("q=wind&page=999", "There are only 1 pages of results"),
        ("q=wind&language=xx", "There is no language"),
        ("q=wind&sort=oldest", "sorted by relevance or by date"),
    ],
)
def test_bad_input_gives_a_sensible_page(client, query_string, message):
    response = client.get(f"/en/search/?{query_string}")
    assert response.status_code == 200
    if message:
        assert message in response.content.decode()


def test_an_empty_query_offers_browsing_by_facets(client):
    html = client.get("/en/search/").content.decode()
    assert "Type a few words above, or browse by the filters." not in html or "Filter results" in html
    assert "sector=wind-energy" in html


def test_no_results_suggests_removing_filters_and_other_languages(client):
    html = client.get("/en/search/?q=netværksarrangement&type=page").content.decode()
    assert "Nothing matched your search." in html
    assert "Try removing a filter" in html
    # A word of another language finds that language's pages, shown in the visitor's (issue 14).
    html = client.get("/en/search/?q=netværksarrangement&type=event").content.decode()
    assert "Nothing matched your search." not in html
    assert "Found in Dansk" in html


def test_results_in_all_languages_are_labelled(client):
    html = client.get("/en/search/?q=Windcomm&language=all").content.decode()
    assert html.count('class="search-result__language"') == 1  # each page once (issue 14)


@pytest.mark.parametrize("language, query", [("en", "wind"), ("de", "Windenergie")])
def test_engine_down_answers_from_the_database_with_a_notice(client, settings, language, query):
    settings.SEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    response = client.get(f"/{language}/search/?q={query}")
    html = response.content.decode()
    assert response.status_code == 200
    with translation.override(language):
        assert escape(str(DEGRADED_NOTICE)) in html  # in the visitor's language
    assert "Windcomm Schleswig-Holstein" in html


def test_suggestions_endpoint(client):
    data = client.get("/de/search/suggest/?q=Windc").json()
    assert [s["title"] for s in data["suggestions"]] == ["Windcomm Schleswig-Holstein"]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_results_page_runs_the_same_number_of_queries_for_few_and_many_results(client):
    count_queries(client, "/en/search/?q=cluster")  # warm caches (site root paths)
    many = count_queries(client, "/en/search/?q=cluster")  # a full page of 10
    one = count_queries(client, "/en/search/?q=Windcomm")  # a single result
    assert many == one
    assert many <= 12
