"""Listing filters are plain GET forms: they work without JavaScript, and an
unknown value is a friendly message on the full list, never an error page."""
import pytest

from clusters.models import ClusterPage
from home.seed.content import CLUSTERS, CASE_STUDIES, GOOD_PRACTICES

from .helpers import outline

pytestmark = pytest.mark.django_db


def card_links(html, prefix):
    return {part.split('"')[0] for part in html.split(f'<h2><a href="{prefix}')[1:]}


def test_clusters_filtered_by_sector(client):
    html = client.get("/en/clusters/?sector=wind-energy").content.decode()
    expected = {f"{c['slug']}/" for c in CLUSTERS if "wind-energy" in c["sectors"]}
    assert expected and card_links(html, "/en/clusters/") == expected


def test_clusters_filtered_by_country_and_sector_in_danish(client):
    html = client.get("/da/klynger/?sector=food&country=DE").content.decode()
    expected = {f"{c['slug']}/" for c in CLUSTERS if "food" in c["sectors"] and c["country"] == "DE"}
    assert expected and card_links(html, "/da/klynger/") == expected
    # The form shows the chosen filters, with Danish sector names.
    assert '<option value="food" selected>Fødevarer</option>' in html
    assert '<option value="DE" selected>Tyskland</option>' in html


def test_filter_form_is_a_labelled_get_form(client):
    page = outline(client.get("/en/clusters/"))
    form = page.find("form", **{"class": "filters"})[0]
    assert form["method"] == "get"
    for name in ("sector", "country"):
        select = page.find("select", name=name)[0]
        assert page.find("label", **{"for": select["id"]})


@pytest.mark.parametrize("query, message", [
    ("?sector=no-such-sector", "There is no sector “no-such-sector”. Showing clusters of all sectors."),
    ("?country=XX", "There is no country “XX”. Showing clusters of all countries."),
])
def test_unknown_cluster_filter_values_show_all_clusters_with_a_message(client, query, message):
    response = client.get(f"/en/clusters/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert len(card_links(html, "/en/clusters/")) == ClusterPage.objects.live().filter(locale__language_code="en").count()


def test_unknown_filter_value_message_is_translated_and_escaped(client):
    html = client.get("/de/cluster/?sector=<b>x</b>").content.decode()
    assert "Es gibt keine Branche „&lt;b&gt;x&lt;/b&gt;“" in html


def test_case_studies_filtered_by_theme(client):
    theme = CASE_STUDIES[0]["themes"][0]
    html = client.get(f"/en/case-studies/?theme={theme}").content.decode()
    expected = {f"{c['slug']}/" for c in CASE_STUDIES if theme in c["themes"]}
    assert card_links(html, "/en/case-studies/") == expected


def test_good_practice_filtered_by_theme(client):
    theme = GOOD_PRACTICES[-1]["themes"][0]
    html = client.get(f"/en/good-practice/?theme={theme}").content.decode()
    expected = {f"{g['slug']}/" for g in GOOD_PRACTICES if theme in g["themes"]}
    assert expected and card_links(html, "/en/good-practice/") == expected


def test_unknown_theme_shows_everything_with_a_message(client):
    response = client.get("/da/god-praksis/?theme=nope")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Der findes intet tema “nope”. Viser alle temaer." in html
    assert len(card_links(html, "/da/god-praksis/")) == len(GOOD_PRACTICES)


def test_events_upcoming_and_past(client):
    from tests.website.listing_factories import add_events

    add_events(2)  # one past, one upcoming
    both = client.get("/en/events/").content.decode()
    assert "Upcoming events</h2>" in both and "Past events</h2>" in both
    past = client.get("/en/events/?show=past").content.decode()
    upcoming = client.get("/en/events/?show=upcoming").content.decode()
    assert "Past events</h2>" in past and "Upcoming events</h2>" not in past
    assert "Upcoming events</h2>" in upcoming and "Past events</h2>" not in upcoming
    assert "workshop-1-and-networking-event" in past and "workshop-1-and-networking-event" not in upcoming
    upcoming_titles = {line for line in upcoming.split("\n") if "Test event" in line}
    assert upcoming_titles and all(line not in past for line in upcoming_titles)


def test_unknown_event_filter_value_shows_both_lists(client):
    response = client.get("/en/events/?show=tomorrow")
    assert response.status_code == 200
    html = response.content.decode()
    assert "“tomorrow” is not a choice here." in html
    assert "Upcoming events</h2>" in html and "Past events</h2>" in html
