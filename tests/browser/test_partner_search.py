"""Partner search in a real browser: finding a request by search and facet,
expressing interest with a bad and then a good e-mail address, and a cluster
manager's admin that shows only their own cluster; axe on the public pages."""
import pytest

from .conftest import run_on_site, save_screenshot, serious_accessibility_violations

MANAGER_PASSWORD = "browser-Manager-pass-2026"


@pytest.fixture(scope="module")
def manager(site_url):
    run_on_site("shell", "-c", (
        "from django.contrib.auth import get_user_model; "
        "from clusters.models import ClusterPage; "
        "from partnersearch.managers import make_manager; "
        "user, _ = get_user_model().objects.get_or_create(username='ocd-manager', defaults={'email': 'manager@offshore.example'}); "
        f"user.set_password('{MANAGER_PASSWORD}'); user.save(); "
        "make_manager(user, ClusterPage.objects.get(slug='offshore-center-denmark', locale__language_code='en'))"
    ))
    return "ocd-manager"


def test_find_a_request_by_search_and_facet(page, axe_source):
    page.goto("/en/partner-search/")
    cards = page.locator(".card-list .card")
    assert cards.count() == 3
    page.get_by_label("Search requests").fill("offshore")
    page.get_by_label("Sector").select_option("wind-energy")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/en/partner-search/?q=offshore*sector=wind-energy*")
    assert cards.count() == 1
    assert "offshore wind cost competitiveness" in cards.first.inner_text()
    save_screenshot(page, "partner-search")
    assert serious_accessibility_violations(page, axe_source) == []
    cards.first.get_by_role("link").click()
    page.wait_for_url("**/en/partner-search/example-offshore-wind-cost-competitiveness-partners/")
    assert page.get_by_role("heading", name="Express interest").is_visible()


def test_express_interest_with_a_bad_then_a_good_email(page, axe_source):
    page.goto("/de/partnersuche/beispiel-offshore-wind-kosten-partner/")
    page.get_by_label("Ihr Name", exact=True).fill("Jane Doe")
    page.get_by_label("Organisation", exact=True).fill("Wind Partners GmbH")
    page.get_by_label("Land", exact=True).select_option("DE")
    page.get_by_label("E-Mail-Adresse", exact=True).fill("jane-at-example")
    page.get_by_label("Nachricht", exact=True).fill("Wir möchten gern mitmachen.")
    page.get_by_label("Ich bin einverstanden", exact=False).check()
    page.get_by_role("button", name="Senden").click()
    error = page.locator(".form__error")
    assert error.first.inner_text() == "Bitte geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.org."
    # What the visitor typed is kept, except what was wrong.
    assert page.get_by_label("Ihr Name", exact=True).input_value() == "Jane Doe"
    save_screenshot(page, "partner-search-interest-error")
    assert serious_accessibility_violations(page, axe_source) == []
    page.get_by_label("E-Mail-Adresse", exact=True).fill("jane@example.org")
    if not page.get_by_label("Ich bin einverstanden", exact=False).is_checked():
        page.get_by_label("Ich bin einverstanden", exact=False).check()
    page.get_by_role("button", name="Senden").click()
    page.wait_for_url("**?interest=sent")
    assert "Ihr Interesse wurde an den anfragenden Cluster gesendet" in page.locator("#interest-sent").inner_text()


def test_a_manager_logs_in_and_sees_only_their_own_cluster(browser, site_url, manager):
    context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    try:
        tab.goto("/admin/login/")
        tab.fill("#id_username", manager)
        tab.fill("#id_password", MANAGER_PASSWORD)
        tab.locator("button[type=submit]").first.click()
        tab.wait_for_url("**/admin/")
        tab.goto("/admin/pages/search/?q=example")
        text = tab.locator("main").inner_text()
        assert "Example: partners for offshore wind cost competitiveness" in text
        assert "expertise for cross-border health care" not in text
        assert "event partners for a network of cluster managers" not in text
        tab.goto("/admin/pages/search/?q=cluster")
        text = tab.locator("main").inner_text()
        assert "Welfare Tech Region" not in text and "CEwind" not in text
        tab.goto("/admin/partnersearch_interests/")
        assert tab.locator("main").count() == 1
        assert "Download CSV" not in tab.locator("main").inner_text()
        save_screenshot(tab, "partner-search-manager-admin")
    finally:
        context.close()
