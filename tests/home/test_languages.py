"""Three languages: locales, the language redirect at "/", and <html lang>."""
import re

import pytest
from wagtail.models import Locale

from home.models import HomePage
from home.seed.content import HOME

pytestmark = pytest.mark.django_db


def html_lang(response):
    match = re.search(r'<html lang="([^"]+)"', response.content.decode())
    return match and match.group(1)


def test_the_three_locales_exist():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en", "da", "de"}


def test_home_page_is_translated_not_aliased_in_every_language():
    homes = HomePage.objects.select_related("locale")
    assert sorted(home.locale.language_code for home in homes) == ["da", "de", "en"]
    assert all(home.alias_of_id is None and home.live for home in homes)


@pytest.mark.parametrize(
    "accept_language, expected",
    [
        ("da-DK,da;q=0.9,en;q=0.5", "/da/"),
        ("de-AT,de;q=0.9", "/de/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("fr-FR,fr;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_browsers_preferred_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["en", "da", "de"])
def test_home_page_renders_in_its_language(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert html_lang(response) == language
    assert f"<h1>{HOME['hero_heading'][language]}</h1>" in response.content.decode()


def test_setting_up_twice_changes_nothing():
    from wagtail.models import Page

    from home.site_setup import set_up_site

    before = list(Page.objects.order_by("path").values_list("path", "title", "locale__language_code"))
    set_up_site()
    after = list(Page.objects.order_by("path").values_list("path", "title", "locale__language_code"))
    assert after == before
