"""List pages run a fixed number of SQL queries whatever the number of items.

Each test renders a list page with N items and again with N more, and asserts
the same number of queries (and that the new items are shown), in English and
in Danish (where every card's terms and links are looked up as translations).
The page cache is off in tests (cms/settings/test.py): it would answer from memory.
"""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.pagination import ITEMS_PER_PAGE

from . import listing_factories as make

pytestmark = pytest.mark.django_db

# Ceilings, so that a fixed but wasteful page is noticed too.
MAX_QUERIES = 30


def count_queries(client, url):
    client.get(url)  # the first render creates image renditions
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response.content.decode()


def assert_fixed(client, urls, add_items, marker, per_batch=4):
    for url in urls:
        add_items(per_batch)
        small, html = count_queries(client, url)
        add_items(per_batch)
        large, html_large = count_queries(client, url)
        if url.startswith("/en/") and "?" not in url:
            # The new items are shown, up to a full page of the listing.
            assert html_large.count(marker) == min(html.count(marker) + per_batch, ITEMS_PER_PAGE), url
        assert large == small, f"{url}: {small} queries with fewer items, {large} with more"
        assert small <= MAX_QUERIES, f"{url}: {small} queries"
        print(f"{url}: {small} queries")


def test_cluster_index_queries_do_not_grow_with_clusters(client):
    assert_fixed(client, ["/en/clusters/", "/da/klynger/", "/en/clusters/?sector=bioenergy&country=DK"],
                 make.add_clusters, 'class="card"')


def test_case_study_index_queries_do_not_grow_with_case_studies(client):
    assert_fixed(client, ["/en/case-studies/", "/de/fallstudien/"], make.add_case_studies, 'class="card"')


def test_good_practice_index_queries_do_not_grow_with_practices(client):
    assert_fixed(client, ["/en/good-practice/", "/da/god-praksis/?theme=open-innovation"],
                 make.add_good_practices, 'class="card"')


def test_project_idea_index_queries_do_not_grow_with_ideas(client):
    assert_fixed(client, ["/en/project-ideas/", "/da/projektideer/"], make.add_project_ideas, 'class="card"')


def test_event_index_queries_do_not_grow_with_events(client):
    assert_fixed(client, ["/en/events/", "/de/veranstaltungen/", "/en/events/?show=past"],
                 make.add_events, 'class="card"')


def test_home_page_queries_do_not_grow_with_featured_pages(client):
    for language in ["en", "da"]:
        url = f"/{language}/"
        # On the Danish home page, English clusters without a translation (the fallback path).
        make.feature_on_home(make.add_clusters(3), language)
        small, html = count_queries(client, url)
        make.feature_on_home(make.add_clusters(3), language)
        large, html_large = count_queries(client, url)
        assert large == small, f"{url}: {small} then {large} queries"
        assert small <= MAX_QUERIES
        # The new featured clusters are shown (in English where they have no translation).
        assert html_large.count("Test cluster") == html.count("Test cluster") + 3
        print(f"{url}: {small} queries")
