"""404 and 500 pages in the visitor's language, sitemap.xml and robots.txt."""
import pytest
from django.test import RequestFactory
from wagtail.models import Page

from website.views import server_error

from .helpers import Outline

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language, heading", [
    ("en", "Page not found"), ("da", "Siden blev ikke fundet"), ("de", "Seite nicht gefunden"),
])
def test_404_page_in_the_visitors_language(client, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    page = Outline(response.content.decode())
    assert page.html_lang == language
    assert page.headings[0] == (1, heading)
    assert page.find("nav", **{"class": "main-nav"}), "the 404 page keeps the navigation"


@pytest.mark.parametrize("language, heading", [
    ("en", "Sorry, something went wrong"), ("da", "Beklager, noget gik galt"), ("de", "Entschuldigung, etwas ist schiefgegangen"),
])
def test_500_page_in_the_visitors_language_without_the_database(django_assert_num_queries, language, heading):
    request = RequestFactory().get(f"/{language}/clusters/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    page = Outline(response.content.decode())
    assert page.html_lang == language
    assert page.headings == [(1, heading)]


def test_the_project_uses_the_language_aware_500_handler():
    from django.urls import get_resolver

    assert get_resolver().resolve_error_handler(500) is server_error


def test_sitemap_lists_the_live_pages_of_all_three_languages(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    practice = Page.objects.get(slug="identify-challenges-and-opportunities", locale__language_code="en")
    urls = ["/en/", "/da/", "/de/", "/en/clusters/", "/da/klynger/", "/de/cluster/"]
    urls += [translation.url for translation in practice.get_translations(inclusive=True)]
    for url in urls:
        assert f"<loc>http://testserver{url}</loc>" in xml, url
    live = Page.objects.live().public().filter(depth__gte=2, alias_of__isnull=True).count()
    assert xml.count("<url>") == live


def test_sitemap_leaves_out_untranslated_aliases(client):
    from wagtail.models import Locale

    from tests.factories import new_english_cluster

    english = new_english_cluster(slug="sitemap-alias-cluster")
    danish = Locale.objects.get(language_code="da")
    alias = english.create_alias(parent=english.get_parent().get_translation(danish), update_locale=danish)
    xml = client.get("/sitemap.xml").content.decode()
    assert f"http://testserver{english.url}<" in xml
    assert f"http://testserver{alias.url}<" not in xml


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
