"""The public site in a real browser (headless Debian Chromium through
Playwright): languages, navigation, filters, the keyboard, accessibility.
Screenshots of the main page types go to test-artifacts/screenshots/."""
import re

import pytest

from home.seed.content import CLUSTERS, HOME, INDEXES

from .conftest import save_screenshot, serious_accessibility_violations

LANGUAGES = ["en", "da", "de"]
NAV_SECTIONS = ["clusters", "case_studies", "good_practice", "events", "project_ideas"]
ABOUT_TITLE = {"en": "About the project", "da": "Om projektet", "de": "Über das Projekt"}
# Issue 12's section, after the others in the main navigation.
PARTNER_SEARCH_TITLE = {"en": "Partner search", "da": "Partnersøgning", "de": "Partnersuche"}


def main_nav_links(tab):
    return tab.locator("nav.main-nav a")


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_in_each_language(page, language):
    page.goto(f"/{language}/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert page.locator("h1").inner_text() == HOME["hero_heading"][language]
    assert page.title() == HOME["title"][language]
    nav_titles = [text.strip() for text in main_nav_links(page).all_inner_texts()]
    assert nav_titles == [INDEXES[key]["title"][language] for key in NAV_SECTIONS] + [
        ABOUT_TITLE[language], PARTNER_SEARCH_TITLE[language]]
    assert page.locator("footer").get_by_text("INTERREG 4A Syddanmark-Schleswig-K.E.R.N.").is_visible()
    current = page.locator("nav.language-switcher a[aria-current='page']")
    assert current.get_attribute("lang") == language


def test_from_the_home_page_to_a_cluster_then_switch_language(page):
    page.goto("/en/")
    main_nav_links(page).filter(has_text=INDEXES["clusters"]["title"]["en"]).click()
    page.wait_for_url("**/en/clusters/")
    assert page.locator("h1").inner_text() == INDEXES["clusters"]["title"]["en"]
    cluster = next(c for c in CLUSTERS if c["slug"] == "cewind")
    page.get_by_role("link", name=cluster["name"], exact=True).click()
    page.wait_for_url("**/en/clusters/cewind/")
    assert page.locator("h1").inner_text() == cluster["name"]

    page.locator("nav.language-switcher").get_by_role("link", name="Dansk").click()
    page.wait_for_url("**/da/klynger/cewind/")
    assert page.locator("html").get_attribute("lang") == "da"
    assert page.locator("h1").inner_text() == cluster["name"]
    assert page.locator("dl.facts").get_by_text("Land", exact=True).is_visible()
    # The founding document does not say CEwind's country (issue 16): not given, not guessed.
    assert page.locator("dl.facts").get_by_text("Ikke angivet i projektets dokumenter").is_visible()

    page.locator("nav.language-switcher").get_by_role("link", name="Deutsch").click()
    page.wait_for_url("**/de/cluster/cewind/")
    assert page.locator("p.lead").inner_text() == cluster["short_description"]["de"]


def test_clusters_list_filtered_by_sector(page):
    page.goto("/en/clusters/")
    all_cards = page.locator("article.card").count()
    assert all_cards == len(CLUSTERS)
    page.get_by_label("Sector").select_option("wind-energy")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"/en/clusters/\?sector=wind-energy"))
    expected = sorted(c["name"] for c in CLUSTERS if "wind-energy" in c["sectors"])
    titles = sorted(text.strip() for text in page.locator("article.card h2").all_inner_texts())
    assert titles == expected
    for card in page.locator("article.card").all():
        assert "Wind energy" in card.locator("ul.terms").inner_text()
    assert page.get_by_label("Sector").input_value() == "wind-energy"
    page.get_by_role("link", name="Show all").click()
    page.wait_for_url("**/en/clusters/")
    assert page.locator("article.card").count() == all_cards


def test_main_menu_by_keyboard_only(page):
    page.goto("/en/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Skip to main content"
    box = skip.bounding_box()
    assert box and box["y"] >= 0, "the focused skip link is on screen"

    expected = [link.get_attribute("href") for link in main_nav_links(page).all()]
    reached = []
    for _ in range(20):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => ({href: document.activeElement.getAttribute('href'),"
            " inNav: !!document.activeElement.closest('nav.main-nav'),"
            " outline: getComputedStyle(document.activeElement).outlineStyle,"
            " background: getComputedStyle(document.activeElement).backgroundColor})"
        )
        if focused["inNav"]:
            reached.append(focused["href"])
            # Focus is visible: the focused link turns yellow.
            assert focused["background"] == "rgb(255, 221, 0)", focused
        elif reached:
            break
    assert reached == expected

    # Back to the "Good practice" item with Shift+Tab, and follow it with Enter.
    target = INDEXES["good_practice"]["slug"]
    steps_back = len(expected) - 1 - [href.rstrip("/").split("/")[-1] for href in expected].index(target)
    page.keyboard.press("Shift+Tab")  # from the first element after the menu to its last item
    for _ in range(steps_back):
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == f"/en/{target}/"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/en/{target}/")
    assert page.locator("h1").inner_text() == INDEXES["good_practice"]["title"]["en"]


def test_skip_link_moves_focus_to_the_main_content(page):
    page.goto("/en/clusters/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


PAGES_TO_CHECK = {
    "home": "/en/",
    "home-da": "/da/",
    "cluster": "/en/clusters/cewind/",
    "cluster-list": "/en/clusters/",
    "case-study": "/en/case-studies/demo-cross-border-wind-energy-collaboration/",
    "good-practice": "/de/gute-praxis/",
    "event": "/en/events/workshop-1-and-networking-event/",
    "event-list": "/da/arrangementer/",
}


@pytest.mark.parametrize("name", PAGES_TO_CHECK)
def test_no_serious_accessibility_violations(page, axe_source, name):
    page.goto(PAGES_TO_CHECK[name])
    save_screenshot(page, name)
    violations = serious_accessibility_violations(page, axe_source)
    assert not violations, violations


@pytest.mark.parametrize("name, url", [("home-phone", "/en/"), ("cluster-list-phone", "/da/klynger/")])
def test_pages_fit_a_phone_screen(phone, name, url):
    phone.goto(url)
    save_screenshot(phone, name)
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{url} scrolls sideways by {overflow}px on a phone"
    assert phone.locator("nav.main-nav a").first.is_visible()
    assert phone.get_by_role("searchbox").is_visible()


def test_case_study_prints_only_the_article(page):
    page.goto("/en/case-studies/demo-cross-border-wind-energy-collaboration/")
    page.emulate_media(media="print")
    assert not page.locator("nav.main-nav").is_visible()
    assert not page.locator("form.search-form").is_visible()
    assert page.locator("article h1").is_visible()
    colour = page.evaluate("getComputedStyle(document.querySelector('article h1')).color")
    assert colour == "rgb(0, 0, 0)"
