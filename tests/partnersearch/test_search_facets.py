"""Cooperation requests in the site search (issue 12 item 2, follow-up): the
``kind`` and ``open`` facets on the real engine (exact, disjunctive counts;
filters; validated values), the worker's closing reaching the ``open`` facet
through the search outbox in one pass, and the database fallback accepting
the same filters. The expected counts are read from the database, not written
down."""
import io
from collections import Counter

import pytest
from django.core.management import call_command

from partnersearch.models import CooperationRequestPage
from search.engine import get_engine
from search.index import alias_name
from tests.search.conftest import own_index  # noqa: F401  (fixture: an index of this test's own)

pytestmark = pytest.mark.django_db

API = "/api/v2/search/"


def english_requests():
    return CooperationRequestPage.objects.live().public().filter(locale__language_code="en", alias_of__isnull=True)


def expected_kinds(pages):
    return dict(Counter(pages.values_list("kind", flat=True)))


def expected_open(pages):
    counts = {"true": pages.open().count(), "false": pages.closed().count()}
    return {value: count for value, count in counts.items() if count}


def counts(data, facet):
    return {value["value"]: value["count"] for value in data["facets"][facet]}


def labels(data, facet):
    return {value["value"]: value["label"] for value in data["facets"][facet]}


def search_api(client, query_string):
    # The API counts facets only when asked (issue 11).
    response = client.get(f"{API}?{query_string}&facets=*")
    assert response.status_code == 200, response.content
    return response.json()


def test_kind_and_open_are_counted_on_the_engine(client):
    requests = english_requests()
    assert requests.open().exists() and requests.closed().exists()  # the seed has both
    data = search_api(client, "type=request&language=en&limit=50")
    assert data["meta"]["backend"] == "engine"
    assert data["meta"]["total_count"] == requests.count()
    assert counts(data, "kind") == expected_kinds(requests)
    assert counts(data, "open") == expected_open(requests)
    # Other page types have neither facet: without the type filter the counts stay the same.
    everything = search_api(client, "language=en")
    assert counts(everything, "kind") == expected_kinds(requests)
    assert counts(everything, "open") == expected_open(requests)


def test_the_labels_follow_the_visitors_language(client):
    german = search_api(client, "type=request&language=de")
    assert labels(german, "kind")["partners"] == "Partnergesuch"
    assert labels(german, "open") == {"true": "Offen", "false": "Geschlossen"}
    danish = search_api(client, "type=request&language=da")
    assert labels(danish, "kind")["offer"] == "Samarbejdstilbud"
    assert labels(danish, "open") == {"true": "Åben", "false": "Lukket"}
    english = search_api(client, "type=request&language=en")
    assert labels(english, "kind")["expertise"] == "Request for expertise"
    assert labels(english, "open") == {"true": "Open", "false": "Closed"}


def test_filtering_by_open_counts_each_facet_with_the_other_filters(client):
    requests = english_requests()
    data = search_api(client, "type=request&language=en&open=true&limit=50")
    assert data["meta"]["total_count"] == requests.open().count()
    assert {item["id"] for item in data["items"]} == set(requests.open().values_list("pk", flat=True))
    # The open facet itself ignores its own filter (a visitor can add "closed"),
    # the kind facet counts only the open requests.
    assert counts(data, "open") == expected_open(requests)
    assert counts(data, "kind") == expected_kinds(requests.open())
    selected = {value["value"] for value in data["facets"]["open"] if value["selected"]}
    assert selected == {"true"}
    both = search_api(client, "type=request&language=en&open=true&open=false&limit=50")
    assert both["meta"]["total_count"] == requests.count()


def test_filtering_by_kind(client):
    requests = english_requests()
    closed_kind = requests.closed().values_list("kind", flat=True).first()
    data = search_api(client, f"type=request&language=en&kind={closed_kind}&limit=50")
    of_kind = requests.filter(kind=closed_kind)
    assert {item["id"] for item in data["items"]} == set(of_kind.values_list("pk", flat=True))
    assert counts(data, "kind") == expected_kinds(requests)  # disjunctive: every kind still offered
    assert counts(data, "open") == expected_open(of_kind)
    # Two filters together: that kind and open.
    narrowed = search_api(client, f"type=request&language=en&kind={closed_kind}&open=true")
    assert narrowed["meta"]["total_count"] == of_kind.open().count()


def test_the_search_page_shows_and_applies_the_facets(client):
    requests = english_requests()
    closed = requests.closed().first()
    html = client.get("/en/search/?type=request").content.decode()
    assert "Open or closed" in html and "Kind" in html
    assert "open=false" in html and f"kind={closed.kind}" in html
    response = client.get("/en/search/?type=request&open=false")
    html = response.content.decode()
    assert response.status_code == 200
    assert closed.title in html
    for page in requests.open():
        assert page.title not in html
    german = client.get("/de/search/?type=request").content.decode()
    assert "Offen oder geschlossen" in german and "Partnergesuch" in german


@pytest.mark.parametrize(
    "query_string, message",
    [
        ("kind=webinar", "Unknown kind: webinar."),
        ("open=perhaps", "Unknown open or closed: perhaps."),
        ("open=open", "Unknown open or closed: open."),
    ],
)
def test_a_bad_value_is_a_400_in_the_api_and_a_message_on_the_page(client, query_string, message):
    response = client.get(f"{API}?type=request&{query_string}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert message in response.json()["message"]
    page = client.get(f"/en/search/?type=request&{query_string}")
    assert page.status_code == 200
    assert message in page.content.decode()


def run_worker_once():
    out = io.StringIO()
    call_command("run_worker", "--once", stdout=out)
    return out.getvalue()


def test_a_request_the_worker_closes_moves_to_closed_after_one_pass(client, own_index):
    requests = english_requests()
    request = requests.open().exclude(deadline__isnull=True).first()
    before = search_api(client, "type=request&language=en")
    assert counts(before, "open") == expected_open(requests)
    # Its deadline passes (a plain update, as time would: nothing is recorded for the index).
    CooperationRequestPage.objects.filter(translation_key=request.translation_key).update(deadline="2020-01-01")
    still_indexed_open = search_api(client, "type=request&language=en&open=true&limit=50")
    assert request.pk in {item["id"] for item in still_indexed_open["items"]}

    output = run_worker_once()
    assert "request page(s) closed" in output and "search index: applied" in output
    get_engine().refresh(alias_name())  # what the engine does by itself within a second

    after = search_api(client, "type=request&language=en&open=false&limit=50")
    assert request.pk in {item["id"] for item in after["items"]}
    assert counts(after, "open") == expected_open(english_requests())
    assert counts(after, "open")["false"] == counts(before, "open")["false"] + 1
    assert counts(after, "open").get("true", 0) == counts(before, "open")["true"] - 1
    german = search_api(client, "type=request&language=de&open=false&limit=50")
    assert {item["id"] for item in german["items"]} >= set(
        CooperationRequestPage.objects.filter(translation_key=request.translation_key, locale__language_code="de")
        .values_list("pk", flat=True)
    )


def test_the_database_fallback_accepts_the_same_filters(client, settings):
    requests = english_requests()
    settings.SEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    closed_kind = requests.closed().values_list("kind", flat=True).first()
    data = search_api(client, f"type=request&language=en&kind={closed_kind}&open=false&limit=50")
    assert data["meta"]["backend"] == "database"
    expected = requests.closed().filter(kind=closed_kind)
    assert {item["id"] for item in data["items"]} == set(expected.values_list("pk", flat=True))
    assert counts(data, "open") == expected_open(requests.filter(kind=closed_kind))
    assert counts(data, "kind") == expected_kinds(requests.closed())
    html = client.get("/en/search/?type=request&open=true&kind=webinar")
    assert html.status_code == 200 and "Unknown kind: webinar." in html.content.decode()
    assert client.get(f"{API}?open=maybe").status_code == 400
