"""Cooperation requests: the seeded examples in three languages, the list
with search and facets, the closed notice, the API filters, the public
search index, webhooks and the worker's automatic closing."""
import datetime
import json
import re

import pytest
from django.utils import timezone

from api.models import Webhook, WebhookDelivery
from partnersearch.jobs import close_expired_requests
from partnersearch.models import CooperationRequestPage, PartnerSearchIndexPage
from search.models import PendingIndexChange

from .conftest import example

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h2><a href="[^"]*">([^<]*)</a></h2>', response.content.decode())


def test_the_examples_exist_in_three_languages_and_are_labelled():
    for language in ("en", "da", "de"):
        pages = CooperationRequestPage.objects.live().filter(locale__language_code=language)
        assert pages.count() == 4
        assert all(page.is_example for page in pages)
    german = example("beispiel-offshore-wind-kosten", "de")
    assert german.title.startswith("Beispiel:")
    assert german.cluster.slug == "offshore-center-denmark"


def test_the_list_shows_open_requests_only_and_closed_ones_on_request(client):
    response = client.get("/en/partner-search/")
    assert response.status_code == 200
    assert len(titles(response)) == 3 and not any("closed" in title for title in titles(response))
    closed = client.get("/en/partner-search/?status=closed")
    assert titles(closed) == ["Example (closed): offshore wind offer for the 2012 matching event"]


def test_search_and_facets_narrow_the_list_with_counts_in_the_visitors_language(client):
    response = client.get("/de/partnersuche/?q=Offshore&sector=wind-energy")
    assert titles(response) == ["Beispiel: Partner für kostengünstige Offshore-Windenergie"]
    html = response.content.decode()
    # Each facet is counted with the other filters applied, named in German.
    assert "Windenergie (1)" in html and "Partnersuche (1)" not in html
    by_kind = client.get("/en/partner-search/?kind=expertise")
    assert titles(by_kind) == ["Example: expertise for cross-border health care development"]
    by_country = client.get("/en/partner-search/?country=DK&theme=cluster-management")
    assert titles(by_country) == ["Example: event partners for a network of cluster managers"]


def test_bad_filter_values_are_reported_not_errors(client):
    response = client.get("/de/partnersuche/?kind=nonsense&country=XX&q=" + "x" * 300)
    assert response.status_code == 200
    html = response.content.decode()
    assert "notice--error" in html
    assert len(titles(response)) == 3


def test_a_closed_request_keeps_its_url_with_a_notice_and_no_form(client, closed_request):
    response = client.get(closed_request.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This request is closed" in html
    assert 'name="email"' not in html
    open_page = client.get(example("example-offshore-wind-cost").url)
    assert 'name="email"' in open_page.content.decode()


def test_the_api_filters_by_kind_and_open(client):
    base = "/api/v2/pages/?type=partnersearch.CooperationRequestPage&locale=en"
    assert client.get(base).json()["meta"]["total_count"] == 4
    assert client.get(base + "&open=true").json()["meta"]["total_count"] == 3
    closed = client.get(base + "&open=false&fields=is_open,kind").json()
    assert [(item["kind"], item["is_open"]) for item in closed["items"]] == [("offer", False)]
    assert client.get(base + "&kind=expertise").json()["meta"]["total_count"] == 1
    bad = client.get(base + "&open=perhaps")
    assert bad.status_code == 400 and "open must be true or false" in bad.json()["message"]
    assert client.get(base + "&kind=perhaps").status_code == 400


def test_the_api_detail_has_the_request_fields(client, wind_request):
    data = client.get(f"/api/v2/pages/{wind_request.pk}/").json()
    assert data["kind"] == "partners"
    assert data["cluster"]["title"] == "Offshore Center Denmark"
    assert data["countries_sought"] == ["DE", "DK"]
    assert data["is_open"] is True and data["deadline"] == "2031-06-30"
    assert {sector["slug"] for sector in data["sectors"]} == {"wind-energy", "maritime"}


def test_requests_are_in_the_public_search_with_facets(client):
    data = client.get("/api/v2/search/?q=offshore&language=de&type=request&facets=sector").json()
    assert data["meta"]["backend"] == "engine"
    assert {item["title"] for item in data["items"]} >= {"Beispiel: Partner für kostengünstige Offshore-Windenergie"}
    assert {item["type"] if "type" in item else item["content_type"] for item in data["items"]} == {"request"}
    facets = {value["value"]: value["count"] for value in data["facets"]["sector"]}
    assert facets.get("wind-energy", 0) >= 1


def test_the_worker_closes_requests_past_their_deadline_everywhere(client, wind_request):
    webhook = Webhook.objects.create(name="Partner", url="https://partner.example/hook")
    CooperationRequestPage.objects.filter(translation_key=wind_request.translation_key).update(deadline=datetime.date(2020, 1, 1))
    before = PendingIndexChange.objects.count()
    summary = close_expired_requests()
    assert "closed" in summary
    pages = CooperationRequestPage.objects.filter(translation_key=wind_request.translation_key)
    assert all(page.closed_at is not None for page in pages) and pages.count() == 3
    assert PendingIndexChange.objects.count() > before
    assert WebhookDelivery.objects.filter(webhook=webhook, payload__page__id=wind_request.pk).exists()
    assert close_expired_requests() == ""  # nothing left to close
    response = client.get(wind_request.url)
    assert response.status_code == 200 and "This request is closed" in response.content.decode()


def test_publishing_a_request_is_announced_to_webhooks(wind_request):
    webhook = Webhook.objects.create(name="Partner", url="https://partner.example/hook")
    wind_request.save_revision().publish()
    delivery = WebhookDelivery.objects.get(webhook=webhook)
    assert delivery.payload["page"]["type"] == "partnersearch.CooperationRequestPage"


def test_the_section_lists_only_cooperation_requests():
    assert PartnerSearchIndexPage.subpage_types == ["partnersearch.CooperationRequestPage"]
    assert CooperationRequestPage.objects.open().filter(locale__language_code="en").count() == 3
    assert CooperationRequestPage.objects.closed(today=timezone.localdate()).filter(locale__language_code="en").count() == 1


def test_a_request_is_tagged_with_target_groups_shown_in_the_visitors_language(client, wind_request):
    """Issue 16's target groups tag requests too (page, API), named in the page's language."""
    from taxonomy.models import TargetGroup

    facilitators = TargetGroup.objects.get(slug="cluster-facilitators", locale__language_code="en")
    german = example("beispiel-offshore-wind-kosten", "de")
    german.target_groups.set([facilitators])
    german.save_revision().publish()
    german_name = TargetGroup.objects.get(
        translation_key=facilitators.translation_key, locale__language_code="de"
    ).name
    assert german_name != facilitators.name
    html = client.get(german.url).content.decode()
    assert "Zielgruppen" in html and german_name in html
    data = client.get(f"/api/v2/pages/{german.pk}/?fields=target_groups").json()
    assert [term["name"] for term in data["target_groups"]] == [german_name]
    untagged = client.get(f"/api/v2/pages/{wind_request.pk}/?fields=target_groups").json()
    assert untagged["target_groups"] == []
