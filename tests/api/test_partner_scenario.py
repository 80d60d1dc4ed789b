"""A partner site's day with the API, end to end: list German wind-energy
clusters, open one, follow its translation to Danish, search "offshore" in
German, get told by a webhook
when an editor publishes a change, and revalidate its cached copy by ETag."""
import json

import pytest
from django.core.management import call_command

from api.models import Webhook
from api.webhooks.delivery import verify
from clusters.models import ClusterPage

pytestmark = pytest.mark.django_db


def test_partner_site_keeps_its_cache_in_sync(api, receiver):
    # 1. German clusters in the wind sector
    listing = api.json("/api/v2/pages/", {"type": "clusters.ClusterPage", "locale": "de", "sector": "wind-energy"})
    assert listing["meta"]["total_count"] >= 2
    cluster = next(item for item in listing["items"] if item["meta"]["slug"] == "cewind")

    # 2. open it
    detail_response = api.get(cluster["meta"]["detail_url"])
    detail = detail_response.json()
    etag = detail_response["ETag"]
    assert detail["meta"]["locale"] == "de" and detail["title"] == cluster["title"]
    assert "Windenergie" in [sector["name"] for sector in detail["sectors"]]

    # 3. follow its translation to Danish
    danish_link = detail["meta"]["translations"]["da"]
    danish = api.json(danish_link["detail_url"])
    assert danish["meta"]["locale"] == "da" and danish["id"] == danish_link["id"]
    assert danish["meta"]["translations"]["de"]["id"] == detail["id"]
    assert "Vindenergi" in [sector["name"] for sector in danish["sectors"]]

    # 4. search "offshore" in German: the offshore cluster is found, in German
    found = api.json("/api/v2/search/", {"q": "offshore", "language": "de", "type": "cluster"})
    assert {item["language"] for item in found["items"]} == {"de"}
    assert "Offshore Center Denmark" in [item["title"] for item in found["items"]]
    assert any("<mark>" in item["snippet"] for item in found["items"])

    # 5. a webhook when an editor publishes a change
    webhook = Webhook.objects.create(name="WindCluster site", url=receiver.url)
    page = ClusterPage.objects.get(pk=detail["id"])
    page.short_description = "Offshore-Wind: neue Kurzbeschreibung."
    page.save_revision().publish()
    call_command("deliver_webhooks", "--once", stdout=open("/dev/null", "w"))
    notification = next(r for r in receiver.requests if json.loads(r["body"])["page"]["id"] == page.id)
    headers = notification["headers"]
    assert verify(webhook.secret, headers["x-intranet-timestamp"], notification["body"], headers["x-intranet-signature"])
    payload = json.loads(notification["body"])
    assert payload["event"] == "page.published"
    assert payload["page"]["detail_url"] == cluster["meta"]["detail_url"]

    # 6. revalidate the cached copy: changed, then unchanged
    refreshed = api.get(payload["page"]["detail_url"], HTTP_IF_NONE_MATCH=etag)
    assert refreshed.status_code == 200
    assert refreshed.json()["short_description"] == "Offshore-Wind: neue Kurzbeschreibung."
    unchanged = api.get(payload["page"]["detail_url"], HTTP_IF_NONE_MATCH=refreshed["ETag"])
    assert unchanged.status_code == 304
