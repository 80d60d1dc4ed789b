"""The minimal structure every installation needs: the three locales, the
Danish and German trees synchronised from English, the English home page as
the root of the default site, and its translations."""
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from core.translation import glossary_for, translate_instance

from .models import HomePage

SOURCE_LANGUAGE = "en"

HOME_TEXTS = {
    "title": {"en": "InTra-Net", "da": "InTra-Net", "de": "InTra-Net"},
    "hero_heading": {
        "en": "Innovation in Transnational Networks",
        "da": "Innovation i transnationale netværk",
        "de": "Innovation in transnationalen Netzwerken",
    },
    "hero_text": {
        "en": "The collaboration platform of the Danish-German cross-border cluster network.",
        "da": "Samarbejdsplatformen for det dansk-tyske grænseoverskridende klyngenetværk.",
        "de": "Die Kooperationsplattform des deutsch-dänischen grenzüberschreitenden Clusternetzwerks.",
    },
}


def ensure_locales(source):
    """Create the content languages' locales; Danish and German sync from English.

    Saving a LocaleSynchronization makes wagtail-localize copy the English tree
    into the new locale as alias pages straight away.
    """
    locales = {SOURCE_LANGUAGE: source}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        locale = Locale.objects.get_or_create(language_code=code)[0]
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
        locales[code] = locale
    return locales


def remove_wagtail_welcome_page():
    """Wagtail's installer leaves a plain "Welcome" page; it has no place here."""
    for page in Page.get_first_root_node().get_children():
        if page.specific_class is Page:
            page.delete()


def ensure_home_page(source):
    """The English HomePage at the top of the tree, serving the default site."""
    home = HomePage.objects.filter(locale=source, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title=HOME_TEXTS["title"]["en"],
                slug="home",
                hero_heading=HOME_TEXTS["hero_heading"]["en"],
                hero_text=HOME_TEXTS["hero_text"]["en"],
                locale=source,
            )
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, site_name="InTra-Net")
    site.root_page = home
    site.site_name = "InTra-Net"
    site.save()
    return home


def ensure_home_translations(home, locales):
    for code, locale in locales.items():
        if code == SOURCE_LANGUAGE:
            continue
        existing = home.get_translation_or_none(locale)
        if existing is None or existing.alias_of_id:
            translate_instance(home, locale, glossary_for(HOME_TEXTS.values(), code), complete=True)


@transaction.atomic
def set_up_site():
    """Idempotent: running it again changes nothing that is already in place."""
    source = Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)[0]
    remove_wagtail_welcome_page()
    home = ensure_home_page(source)
    locales = ensure_locales(source)
    for code, locale in locales.items():
        if code != SOURCE_LANGUAGE:
            synchronize_tree(locales[SOURCE_LANGUAGE], locale)
    ensure_home_translations(home, locales)
    return home
