"""The search page (search app) in a real browser: from the header's search
form to results, narrowed by a facet; a screenshot of the page."""
from .conftest import save_screenshot, serious_accessibility_violations


def test_search_from_the_header_then_narrow_by_a_facet(page):
    page.goto("/en/")
    box = page.get_by_role("searchbox", name="Search the site")
    box.fill("wind")
    box.press("Enter")
    page.wait_for_url("**/en/search/?q=wind")
    assert page.locator("h1").inner_text() == "Search"
    before = page.locator(".search-result").count()
    assert before > 0
    save_screenshot(page, "search")

    page.locator(".search-facet a").first.click()
    page.wait_for_load_state()
    assert "q=wind" in page.url and not page.url.endswith("/en/search/?q=wind")
    assert page.locator(".search-facet a[aria-current='true']").count() == 1
    assert 0 < page.locator(".search-result").count() <= before


def test_header_search_form_uses_the_pages_language(page):
    page.goto("/de/")
    page.get_by_role("searchbox", name="Website durchsuchen").fill("Cluster")
    page.get_by_role("button", name="Suchen").click()
    page.wait_for_url("**/de/search/?q=Cluster")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator(".search-result").count() > 0



def test_autocomplete_suggests_titles_while_typing(page):
    page.goto("/en/search/")
    box = page.locator("#search-query")
    box.fill("Windc")
    suggestions = page.locator("#search-suggestions a")
    suggestions.first.wait_for(state="visible")
    assert "Windcomm Schleswig-Holstein" in suggestions.all_inner_texts()
    box.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == suggestions.first.inner_text()
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/clusters/**")


def test_search_page_has_no_serious_accessibility_violations(page, axe_source):
    page.goto("/en/search/?q=cluster&type=cluster")
    assert page.locator(".search-result").count() > 0
    violations = serious_accessibility_violations(page, axe_source)
    assert violations == [], violations
