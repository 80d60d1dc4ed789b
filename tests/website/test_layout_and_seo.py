"""The layout every page shares, and what search engines and link previews
read from it: title, description, canonical, hreflang, Open Graph, Twitter."""
import pytest

from clusters.models import ClusterPage
from home.seed.content import INDEXES

from .helpers import outline

pytestmark = pytest.mark.django_db

PAGES = [
    "/en/", "/da/", "/de/",
    "/en/clusters/", "/da/klynger/", "/de/cluster/",
    "/en/clusters/cewind/",
    "/en/case-studies/", "/en/case-studies/demo-cross-border-wind-energy-collaboration/",
    "/en/good-practice/", "/en/good-practice/identify-challenges-and-opportunities/",
    "/en/events/", "/en/events/workshop-1-and-networking-event/",
    "/en/project-ideas/", "/en/project-ideas/offshore-wind-cost-competitiveness/",
    "/en/about/",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_one_h1_ordered_headings_and_landmarks(client, url):
    page = outline(client.get(url))
    levels = [level for level, _ in page.headings]
    assert levels.count(1) == 1, page.headings
    assert levels[0] == 1 or levels.index(1) < levels.index(2)
    for before, after in zip(levels, levels[1:]):
        assert after <= before + 1, f"heading jumps from h{before} to h{after}: {page.headings}"
    for landmark in ("header", "main", "footer"):
        assert page.find(landmark), landmark
    assert page.find("main", id="main")
    assert page.find("a", href="#main"), "skip link"
    assert page.find("nav", **{"class": "main-nav"})
    assert page.html_lang == url.split("/")[1]


@pytest.mark.parametrize("url", PAGES)
def test_pages_load_no_script_and_no_inline_style(client, url):
    html = client.get(url).content.decode()
    assert "<script" not in html
    assert " style=" not in html and "<style" not in html
    assert '<link rel="stylesheet" href="/static/css/site.css">' in html


def test_header_has_the_site_name_a_labelled_search_form_and_the_main_navigation_in_order(client):
    page = outline(client.get("/da/"))
    form = page.find("form", role="search")[0]
    assert form["action"] == "/da/search/" and form["method"] == "get"
    search_input = page.find("input", name="q")[0]
    assert page.find("label", **{"for": search_input["id"]})
    html = client.get("/da/").content.decode()
    nav = html.split('aria-label="Hovedmenu"')[1].split("</nav>")[0]
    expected = [INDEXES[key]["slug_i18n"]["da"] for key in
                ("clusters", "case_studies", "good_practice", "events", "project_ideas")] + ["om-projektet"]
    positions = [nav.index(f"/da/{slug}/") for slug in expected]
    assert positions == sorted(positions)
    assert "site-name" in html and ">InTra-Net<" in html


def test_footer_names_the_partners_and_the_funding(client):
    html = client.get("/de/").content.decode()
    footer = html.split("<footer")[1]
    assert "REG X" in footer and "WTSH" in footer
    assert "INTERREG 4A Syddanmark-Schleswig-K.E.R.N." in footer
    assert "Europäischen Fonds für regionale Entwicklung" in footer


def test_main_navigation_marks_the_current_section(client):
    html = client.get("/en/clusters/cewind/").content.decode()
    assert '<a href="/en/clusters/" aria-current="true">' in html
    html = client.get("/en/clusters/").content.decode()
    assert '<a href="/en/clusters/" aria-current="page">' in html


@pytest.mark.parametrize("language, ui_text", [
    ("en", "Skip to main content"), ("da", "Gå til hovedindholdet"), ("de", "Zum Hauptinhalt springen"),
])
def test_interface_texts_are_in_the_pages_language(client, language, ui_text):
    assert ui_text in client.get(f"/{language}/").content.decode()


def test_title_description_and_canonical(client):
    page = outline(client.get("/en/clusters/cewind/"))
    cluster = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    title = client.get("/en/clusters/cewind/").content.decode()
    assert f"<title>{cluster.title} · InTra-Net</title>" in title
    # No search description: the short description stands in, at most 160 characters.
    assert page.meta("description") == cluster.short_description[:159].rstrip() + "…" or \
        page.meta("description") == cluster.short_description
    assert len(page.meta("description")) <= 160
    assert page.links_with("canonical")[0]["href"] == "http://testserver/en/clusters/cewind/"


def test_search_description_wins_over_the_fallback(client):
    cluster = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    cluster.search_description = "Wind energy experts on both sides of the border."
    cluster.save_revision().publish()
    page = outline(client.get(cluster.url))
    assert page.meta("description") == "Wind energy experts on both sides of the border."
    assert page.meta("og:description") == "Wind energy experts on both sides of the border."


def test_hreflang_alternates_for_every_translation_and_x_default(client):
    page = outline(client.get("/da/klynger/"))
    alternates = {link["hreflang"]: link["href"] for link in page.links_with("alternate")}
    assert alternates == {
        "en": "http://testserver/en/clusters/",
        "da": "http://testserver/da/klynger/",
        "de": "http://testserver/de/cluster/",
        "x-default": "http://testserver/en/clusters/",
    }


def test_open_graph_and_twitter_tags(client):
    page = outline(client.get("/de/fallstudien/"))
    assert page.meta("og:title") == INDEXES["case_studies"]["title"]["de"]
    assert page.meta("og:url") == "http://testserver/de/fallstudien/"
    assert page.meta("og:locale") == "de_DE"
    assert set(page.metas["og:locale:alternate"]) == {"en_GB", "da_DK"}
    assert page.meta("og:type") == "article"
    assert page.meta("og:site_name") == "InTra-Net"
    assert page.meta("twitter:card") == "summary"
    assert page.meta("twitter:title") == INDEXES["case_studies"]["title"]["de"]
    assert page.meta("twitter:description") == page.meta("description")


def test_an_untranslated_alias_points_search_engines_to_its_source(client):
    from tests.factories import new_english_cluster
    from wagtail.models import Locale

    english_page = new_english_cluster(slug="alias-test-cluster", title="Alias Test Cluster")
    danish = Locale.objects.get(language_code="da")
    danish_index = english_page.get_parent().get_translation(danish)
    alias = english_page.create_alias(parent=danish_index, update_locale=danish)
    response = client.get(alias.url)
    page = outline(response)
    assert page.links_with("canonical")[0]["href"] == "http://testserver" + english_page.url
    assert "da" not in {link["hreflang"] for link in page.links_with("alternate")}
    html = response.content.decode()
    assert 'lang="en"' in html  # the English content inside the Danish page is marked


def test_english_content_on_a_danish_page_is_marked_as_english(client):
    from tests.website.listing_factories import add_clusters, feature_on_home

    feature_on_home(add_clusters(1), "da")
    html = client.get("/da/").content.decode()
    card = html.split("Test cluster")[0].rsplit("<article", 1)[1]
    assert 'lang="en"' in card
    # Translated featured pages are not marked.
    assert '<article class="card">' in html
