"""A page type's search profile, declared next to its model, is all the search
needs: the throwaway HarbourNoticePage (tests/pagetypes/, installed only by the
test settings) is indexed, faceted, found by the engine and by the database
fallback, and shown with its label on the results page; nothing in search/
names it."""
from pathlib import Path

import pytest
from wagtail.models import Locale

from home.models import HomePage
from search.profile import page_summary, profile_of, searchable_types
from taxonomy.models import Theme
from tests.pagetypes.models import HarbourNoticePage
from tests.search.search_helpers import indexed, run_search  # noqa: F401

pytestmark = pytest.mark.django_db

SEARCH_APP = Path(__file__).resolve().parents[2] / "search"


@pytest.fixture
def notice():
    english = Locale.objects.get(language_code="en")
    theme = Theme.objects.filter(locale=english).order_by("slug").first()
    home = HomePage.objects.get(locale=english)
    page = home.add_child(instance=HarbourNoticePage(
        title="Dredging notice for the Quayside basin",
        slug="dredging-notice",
        summary="The basin is closed to ferries for a week.",
        text="Maintenance dredging of the fairway by the quarantine anchorage.",
        port="Aabenraa",
        country="DK",
        locale=english,
    ))
    page.themes.set([theme])
    page.save_revision().publish()
    page.refresh_from_db()
    return page, theme


def hit_for(results, page):
    return next((hit for hit in results.hits if hit.page_id == page.pk), None)


def test_the_profile_registers_the_type_without_touching_search():
    assert searchable_types()["harbour_notice"] is HarbourNoticePage
    assert profile_of(HarbourNoticePage).facets == ["type", "theme", "country"]
    for path in SEARCH_APP.rglob("*.py"):
        assert "HarbourNotice" not in path.read_text(), path


def test_the_engine_indexes_facets_and_finds_it(indexed, notice):
    page, theme = notice
    indexed(page)
    results = run_search("q=dredging+fairway")
    hit = hit_for(results, page)
    assert hit is not None
    assert (hit.content_type, hit.summary) == ("harbour_notice", "The basin is closed to ferries for a week.")
    assert "<mark>" in hit.snippet
    by_place = run_search("q=Aabenraa&type=harbour_notice")
    assert [h.page_id for h in by_place.hits] == [page.pk]
    types = {value.value: (value.count, value.label) for value in results.facets["type"]}
    assert types["harbour_notice"] == (1, "Harbour notice")
    filtered = run_search(f"q=dredging&type=harbour_notice&theme={theme.slug}&country=DK")
    assert [h.page_id for h in filtered.hits] == [page.pk]
    assert {v.value: v.count for v in filtered.facets["theme"]}[theme.slug] == 1


def test_the_database_fallback_finds_and_facets_it(settings, notice):
    settings.SEARCH_ENGINE = "database"
    page, theme = notice
    results = run_search("q=dredging&type=harbour_notice")
    assert results.backend == "database"
    hit = hit_for(results, page)
    assert hit is not None and hit.content_type == "harbour_notice"
    assert hit.summary == "The basin is closed to ferries for a week."
    assert {v.value: v.count for v in results.facets["country"]}["DK"] == 1
    assert {v.value: v.count for v in results.facets["theme"]}[theme.slug] == 1


def test_the_results_page_shows_it_with_its_label(client, indexed, notice):
    page, _theme = notice
    indexed(page)
    html = client.get("/en/search/?q=dredging").content.decode()
    assert "Dredging notice for the Quayside basin" in html
    assert "Harbour notice" in html
    assert page_summary(page) == "The basin is closed to ferries for a week."
