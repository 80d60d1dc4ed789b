"""Long listings are shown a page at a time and keep the visitor's filters."""
import pytest
from wagtail.models import Locale

from clusters.models import ClusterIndexPage, ClusterPage
from core.pagination import ITEMS_PER_PAGE
from taxonomy.models import PartnerOrganisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_danish_clusters():
    english = Locale.objects.get(language_code="en")
    index = ClusterIndexPage.objects.get(locale=english)
    partner = PartnerOrganisation.objects.get(name="REG X", locale=english)
    for number in range(ITEMS_PER_PAGE):
        index.add_child(instance=ClusterPage(
            title=f"Paged cluster {number:02d}", slug=f"paged-{number}", short_description="For paging.",
            country="DK", responsible_partner=partner, locale=english,
        ))
    return ClusterPage.objects.live().filter(locale=english, country="DK").count()


def test_the_cluster_list_is_split_into_pages_keeping_the_filter(client, many_danish_clusters):
    first = client.get("/en/clusters/?country=DK").content.decode()
    assert f"{many_danish_clusters} clusters" in first
    assert first.count('class="card"') == ITEMS_PER_PAGE
    assert 'href="?country=DK&amp;page=2"' in first
    second = client.get("/en/clusters/?country=DK&page=2")
    assert second.status_code == 200
    assert 'href="?country=DK&amp;page=1"' in second.content.decode()


@pytest.mark.parametrize("page", ["abc", "999", "-1"])
def test_a_page_number_out_of_range_shows_the_nearest_page(client, many_danish_clusters, page):
    response = client.get(f"/en/clusters/?page={page}")
    assert response.status_code == 200
