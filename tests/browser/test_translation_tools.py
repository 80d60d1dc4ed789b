"""The editors' translation tools in a real browser, as an editor sees them:
the translation dashboard (filters, a row's link into the translation
editor, CSV) and "Publish in all languages" from a page's header menu.
axe-core checks the parts of the admin pages these tools draw."""
import pytest

from .conftest import manage_on_site, save_screenshot, serious_accessibility_violations

PASSWORD = "browser-test-password-1"


@pytest.fixture(scope="module")
def editor_account(site_url):
    manage_on_site(
        "shell", "-c",
        "from django.contrib.auth import get_user_model; "
        "User = get_user_model(); "
        f"User.objects.filter(username='chief').exists() or User.objects.create_superuser('chief', 'chief@example.org', '{PASSWORD}')",
    )
    return "chief"


@pytest.fixture
def admin(page, editor_account):
    page.goto("/admin/login/")
    page.fill("input[name=username]", editor_account)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form").get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    return page


def test_dashboard_filters_and_leads_to_the_translation_editor(admin, axe_source):
    admin.goto("/admin/reports/translation-dashboard/")
    table = admin.locator("table.translation-dashboard")
    assert table.is_visible()
    headers = [text.strip() for text in table.locator("thead th").all_inner_texts()]
    assert headers[-3:] == ["English", "Dansk", "Deutsch"] or len(headers) == 6
    assert admin.locator("td[data-status='translated']").count() > 0
    save_screenshot(admin, "admin-translation-dashboard")
    assert serious_accessibility_violations(admin, axe_source, "#listing-results") == []

    admin.goto("/admin/reports/translation-dashboard/?language=de&status=translated")
    cells = admin.locator("table.translation-dashboard td.translation-status")
    assert cells.count() > 0
    assert set(cells.evaluate_all("cells => cells.map(c => c.dataset.language)")) == {"de"}

    first = cells.first.locator("a")
    first.click()
    admin.wait_for_url("**/admin/pages/*/edit/")
    # wagtail-localize's translation editor for the German page.
    assert admin.locator("html").get_attribute("lang")
    assert "Deutsch" in admin.content() or "German" in admin.content()

    response = admin.request.get("/admin/reports/translation-dashboard/?export=csv&language=da")
    assert response.status == 200
    assert "text/csv" in response.headers["content-type"]
    lines = response.text().strip().splitlines()
    assert lines[0].lstrip("\ufeff").startswith("Title,Page ID,Page type,Section,Language,Status")
    assert len(lines) > 20 and all(",da," in line for line in lines[1:])


def test_publish_in_all_languages_from_the_page_header(admin, axe_source):
    admin.goto("/admin/reports/translation-dashboard/?section=&content_type=&language=en")
    # A seeded good practice: open it from the dashboard, then the header's actions.
    link = admin.locator("table.translation-dashboard tbody th a").filter(has_text="challenges").first
    link.click()
    admin.wait_for_url("**/admin/pages/*/edit/")
    page_id = admin.url.rstrip("/").split("/")[-2]
    action = admin.locator(f"a[href='/admin/translations/publish-all/{page_id}/']")
    if not action.is_visible():
        admin.locator("header").get_by_role("button", name="Actions").click()
    action.click()
    admin.wait_for_url(f"**/admin/translations/publish-all/{page_id}/")
    rows = admin.locator("table.publish-all-results tbody tr")
    assert rows.count() == 2
    assert serious_accessibility_violations(admin, axe_source, "main") == []
    save_screenshot(admin, "admin-publish-all-confirm")

    admin.get_by_role("button", name="Publish in all languages").click()
    admin.wait_for_load_state()
    results = admin.locator("table.publish-all-results tbody tr")
    assert sorted(results.evaluate_all("rows => rows.map(r => r.dataset.result)")) == ["published", "published"]
    assert results.first.get_by_text("Published").is_visible()
    save_screenshot(admin, "admin-publish-all-done")
    assert serious_accessibility_violations(admin, axe_source, "main") == []
