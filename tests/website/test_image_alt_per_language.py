"""Issue 16, item 6: every image field shown on the site (cluster logos, the
home page's hero image) has its alt text in each language, translated with
the page through wagtail-localize; the API gives the same alt text."""
import pytest
from wagtail.models import Locale

from clusters.models import ClusterPage
from core.translation import translate_instance
from home.models import HomePage
from tests.api.content import make_image, publish

pytestmark = pytest.mark.django_db

ALT = {"en": "CEwind logo: a wind turbine", "da": "CEwinds logo: en vindmølle", "de": "CEwind-Logo: eine Windkraftanlage"}


def _translate(english, field, texts):
    for language in ("da", "de"):
        translate_instance(english, Locale.objects.get(language_code=language), {}, fields={field: texts[language]}, complete=True)


def test_cluster_logo_alt_text_is_translated_on_the_page_and_in_the_api(client):
    english = publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"),
                      logo=make_image("CEwind logo"), logo_alt=ALT["en"])
    _translate(english, "logo_alt", ALT)
    for language in ("en", "da", "de"):
        page = ClusterPage.objects.get(translation_key=english.translation_key, locale__language_code=language)
        assert page.logo_id == english.logo_id  # one image, shared
        html = client.get(page.url).content.decode()
        assert f'alt="{ALT[language]}"' in html
        logo = client.get(f"/api/v2/pages/{page.pk}/", {"fields": "_,logo"}).json()["logo"]
        assert logo["alt"] == ALT[language] and logo["decorative"] is False


def test_without_a_translated_alt_text_the_images_own_is_used():
    english = publish(ClusterPage.objects.get(slug="robocluster", locale__language_code="en"), logo=make_image("RoboCluster logo"))
    assert english.logo_alt == ""
    from django.test import Client

    html = Client().get(english.url).content.decode()
    assert 'alt="RoboCluster logo (alt text)"' in html


HERO = {"en": "Wind turbines off the coast", "da": "Vindmøller ud for kysten", "de": "Windkraftanlagen vor der Küste"}


def test_home_hero_image_alt_text_per_language(client):
    english = publish(HomePage.objects.get(locale__language_code="en"), hero_image=make_image("Hero"), hero_image_alt=HERO["en"])
    _translate(english, "hero_image_alt", HERO)
    for language in ("en", "da", "de"):
        home = HomePage.objects.get(locale__language_code=language)
        html = client.get(home.url).content.decode()
        assert f'alt="{HERO[language]}"' in html
        hero = client.get(f"/api/v2/pages/{home.pk}/", {"fields": "_,hero_image"}).json()["hero_image"]
        assert hero["alt"] == HERO[language]


def test_a_hero_image_without_alt_text_is_decorative(client):
    english = publish(HomePage.objects.get(locale__language_code="en"), hero_image=make_image("Hero"), hero_image_alt="")
    html = client.get(english.url).content.decode()
    assert 'class="hero__image"' in html and 'alt=""' in html
    hero = client.get(f"/api/v2/pages/{english.pk}/", {"fields": "_,hero_image"}).json()["hero_image"]
    assert hero["alt"] == "" and hero["decorative"] is True
