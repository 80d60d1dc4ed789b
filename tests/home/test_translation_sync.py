"""Translation with wagtail-localize: synchronised fields follow the English
page, translated texts stay; untranslated pages never lead to a 404."""
import re

import pytest
from django.urls import reverse
from wagtail_localize.models import TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page

from clusters.models import ClusterPage
from tests.factories import english_cluster, make_user, new_english_cluster

pytestmark = pytest.mark.django_db


def test_changed_member_count_reaches_danish_and_german_after_sync(client, django_capture_on_commit_callbacks):
    english = english_cluster("offshore-center-denmark")
    danish_text = ClusterPage.objects.get(translation_key=english.translation_key, locale__language_code="da").short_description
    english.member_count = 42
    english.save_revision().publish()

    # What an editor does in the admin: "Sync translated pages", publishing the updates.
    client.force_login(make_user("admin", superuser=True))
    source = TranslationSource.objects.get_for_instance(english)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.id]), {"publish_translations": "on"}
        )
    assert response.status_code == 302

    for language in ("da", "de"):
        translated = ClusterPage.objects.get(translation_key=english.translation_key, locale__language_code=language)
        assert translated.member_count == 42
        assert translated.live and not translated.has_unpublished_changes
    danish = ClusterPage.objects.get(translation_key=english.translation_key, locale__language_code="da")
    assert danish.short_description == danish_text  # translated text is kept, not overwritten


def test_an_untranslated_page_shows_the_source_language_with_a_notice(client):
    page = new_english_cluster()
    create_aliases_for_new_page(page)  # what the admin does when an editor creates a page
    danish = ClusterPage.objects.get(translation_key=page.translation_key, locale__language_code="da")
    assert danish.alias_of_id == page.id

    response = client.get(danish.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="da">' in html
    assert "Denne side er endnu ikke oversat" in html  # the notice is in the visitor's language
    assert '<div lang="en">' in html
    assert "A cluster made for a test." in html


def test_language_switcher_leads_to_the_closest_translated_ancestor(client):
    page = new_english_cluster(slug="not-yet-synchronised")
    assert not ClusterPage.objects.filter(translation_key=page.translation_key, locale__language_code="da").exists()
    html = client.get(page.url).content.decode()
    danish_link = re.search(r'<a href="([^"]+)" hreflang="da"', html).group(1)
    assert danish_link == "/da/klynger/"
    assert client.get(danish_link).status_code == 200


@pytest.mark.parametrize("url", ["/en/clusters/robocluster/", "/de/gute-praxis/", "/da/om-projektet/"])
def test_every_language_link_leads_to_a_page(client, url):
    html = client.get(url).content.decode()
    links = re.findall(r'<a href="([^"]+)" hreflang="(en|da|de)"', html)
    assert {language for _, language in links} == {"en", "da", "de"}
    for href, _ in links:
        assert client.get(href).status_code == 200, href
