"""The seed content: the tree per language, translations, idempotence, reset."""
import re

import pytest
from wagtail.models import Page

from agenda.models import EventIndexPage, EventPage
from casestudies.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    ProjectIdeaIndexPage,
    ProjectIdeaPage,
)
from clusters.models import ClusterIndexPage, ClusterPage
from home.models import HomePage, StandardPage
from home.seed import content
from home.seed.loader import load_seed_content
from partnersearch.models import CooperationRequestPage, PartnerSearchIndexPage
from taxonomy.models import PartnerOrganisation, Sector, Theme

pytestmark = pytest.mark.django_db

EXPECTED_PER_LANGUAGE = {
    HomePage: 1,
    StandardPage: 4,
    ClusterIndexPage: 1,
    ClusterPage: 21,
    CaseStudyIndexPage: 1,
    CaseStudyPage: 3,
    GoodPracticeIndexPage: 1,
    GoodPracticePage: 5,
    EventIndexPage: 1,
    EventPage: 4,
    ProjectIdeaIndexPage: 1,
    ProjectIdeaPage: 3,
    PartnerSearchIndexPage: 1,
    CooperationRequestPage: 4,
}


def tree_snapshot():
    return sorted(
        Page.objects.filter(depth__gt=1).values_list(
            "locale__language_code", "url_path", "title", "content_type__model", "live", "alias_of_id"
        )
    )


@pytest.mark.parametrize("language", ["en", "da", "de"])
def test_each_language_has_the_whole_seeded_tree_translated(language):
    for model, expected in EXPECTED_PER_LANGUAGE.items():
        pages = model.objects.filter(locale__language_code=language)
        assert pages.live().count() == expected, model.__name__
        assert not pages.filter(alias_of__isnull=False).exists(), f"{model.__name__} has untranslated aliases"


def test_the_21_clusters_of_the_presentation_are_there_by_name():
    names = set(ClusterPage.objects.filter(locale__language_code="en").values_list("title", flat=True))
    assert names == {cluster["name"] for cluster in content.CLUSTERS}
    assert "Windcomm Schleswig-Holstein" in names and "Welfare Tech Region" in names


@pytest.mark.parametrize("language", ["en", "da", "de"])
def test_taxonomies_exist_in_each_language(language):
    assert Sector.objects.filter(locale__language_code=language).count() == len(content.SECTORS)
    assert Theme.objects.filter(locale__language_code=language).count() == len(content.THEMES)
    assert PartnerOrganisation.objects.filter(locale__language_code=language).count() == 2


def test_names_stay_and_texts_are_translated():
    record = next(c for c in content.CLUSTERS if c["slug"] == "offshore-center-denmark")
    for language in ("en", "da", "de"):
        page = ClusterPage.objects.get(slug="offshore-center-denmark", locale__language_code=language)
        assert page.title == "Offshore Center Denmark"
        assert page.short_description == record["short_description"][language]
        assert page.responsible_partner.name == "REG X"
        assert page.responsible_partner.locale.language_code == language
    wind = Sector.objects.get(slug="wind-energy", locale__language_code="de")
    assert wind.name == "Windenergie"


def test_slugs_are_translated(client):
    assert client.get("/da/god-praksis/").status_code == 200
    assert client.get("/de/gute-praxis/").status_code == 200
    assert client.get("/en/good-practice/").status_code == 200
    # The English slug in the Danish tree is redirected to the Danish one.
    response = client.get("/da/good-practice/")
    assert response.status_code == 301 and response["Location"] == "/da/god-praksis/"


def test_danish_clusters_belong_to_regx_and_german_to_wtsh():
    for page in ClusterPage.objects.filter(locale__language_code="en").select_related("responsible_partner"):
        expected = {"DK": "REG X", "DE": "WTSH"}[page.country]
        assert page.responsible_partner.name == expected, page.title


def test_every_seeded_page_renders_in_its_language(client):
    pages = Page.objects.filter(depth__gt=1).live().select_related("locale")
    assert pages.count() == 3 * sum(EXPECTED_PER_LANGUAGE.values())
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert re.search(rf'<html lang="{page.locale.language_code}"', response.content.decode()), page.url


def test_workshops_have_the_dates_of_the_presentation():
    workshops = EventPage.objects.filter(locale__language_code="en", kind="workshop").order_by("start_date")
    assert [(str(w.start_date), str(w.end_date)) for w in workshops] == [
        ("2012-01-17", "2012-01-18"), ("2012-06-12", "2012-06-13"), ("2012-09-14", "2012-09-14"),
    ]


def test_demo_values_are_labelled_on_the_page(client):
    page = ClusterPage.objects.get(slug="alucluster", locale__language_code="da")
    assert page.is_demo
    response = client.get(page.url)
    assert "notice--demo" in response.content.decode()


def test_seeding_twice_gives_the_same_tree():
    before = tree_snapshot()
    load_seed_content()
    assert tree_snapshot() == before


def test_reset_returns_to_the_seed_state():
    before = tree_snapshot()
    ClusterPage.objects.get(slug="robocluster", locale__language_code="en").delete()
    GoodPracticePage.objects.filter(locale__language_code="de").first().delete()
    load_seed_content(reset_first=True)
    after = tree_snapshot()
    assert [row[:5] for row in after] == [row[:5] for row in before]
