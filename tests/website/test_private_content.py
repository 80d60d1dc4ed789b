"""Pages under a view restriction (password, log-in, groups) and drafts are
never shown to the public: not from the page cache, not as cards or links on
public pages, not in the sitemap, not in search hits or autocomplete before
the index catches up, and restricted documents never straight from /media/."""
import pytest
from django.core.cache import caches
from wagtail.models import Page, PageViewRestriction

from clusters.models import ClusterPage
from home.models import HomePage

pytestmark = pytest.mark.django_db

CEWIND_URL = "/en/clusters/cewind/"


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True  # off for the rest of the suite (cms/settings/test.py)
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


def restrict(page, django_capture_on_commit_callbacks, kind=PageViewRestriction.PASSWORD):
    """Make ``page`` (and its subtree) private, committing as the admin would."""
    with django_capture_on_commit_callbacks(execute=True):
        return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="s3cret")


def english(model, **lookups):
    return model.objects.get(locale__language_code="en", **lookups)


def featured_cluster():
    home = english(HomePage)
    return next(item.page.specific for item in home.featured_pages.all() if isinstance(item.page.specific, ClusterPage))


# --- the page cache (item 1) ---------------------------------------------------


def test_making_a_cached_page_private_takes_it_out_of_the_cache(client, page_cache, django_capture_on_commit_callbacks):
    cewind = english(ClusterPage, slug="cewind")
    first = client.get(CEWIND_URL)
    assert first["X-Page-Cache"] == "miss"
    assert client.get(CEWIND_URL)["X-Page-Cache"] == "hit"
    restrict(cewind, django_capture_on_commit_callbacks)
    response = client.get(CEWIND_URL)
    assert response.get("X-Page-Cache") != "hit"
    assert cewind.short_description not in response.content.decode()
    assert "password" in response.content.decode().lower()


def test_lists_cached_before_a_restriction_changes_are_emptied(client, page_cache, django_capture_on_commit_callbacks):
    cewind = english(ClusterPage, slug="cewind")
    assert CEWIND_URL in client.get("/en/clusters/").content.decode()
    restriction = restrict(cewind, django_capture_on_commit_callbacks, kind=PageViewRestriction.LOGIN)
    assert CEWIND_URL not in client.get("/en/clusters/").content.decode()
    assert client.get("/en/clusters/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    listing = client.get("/en/clusters/")
    assert listing["X-Page-Cache"] == "miss"
    assert CEWIND_URL in listing.content.decode()


def test_changing_a_restrictions_groups_empties_the_cache(client, page_cache, django_capture_on_commit_callbacks):
    from django.contrib.auth.models import Group

    cewind = english(ClusterPage, slug="cewind")
    restriction = restrict(cewind, django_capture_on_commit_callbacks, kind=PageViewRestriction.GROUPS)
    client.get("/en/clusters/")
    assert client.get("/en/clusters/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        restriction.groups.add(Group.objects.first())
    assert client.get("/en/clusters/")["X-Page-Cache"] == "miss"


def test_a_collection_restriction_empties_the_cache(client, page_cache, django_capture_on_commit_callbacks):
    from wagtail.models import Collection, CollectionViewRestriction

    client.get("/en/clusters/")
    assert client.get("/en/clusters/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(
            collection=Collection.get_first_root_node(), restriction_type=CollectionViewRestriction.LOGIN
        )
    assert client.get("/en/clusters/")["X-Page-Cache"] == "miss"


# --- public pages show no private page (item 2) -----------------------------------


def test_home_page_features_no_private_page_in_any_language(client, django_capture_on_commit_callbacks):
    cluster = featured_cluster()
    assert cluster.title in client.get("/en/").content.decode()
    restrict(cluster, django_capture_on_commit_callbacks)
    for translation in Page.objects.filter(translation_key=cluster.translation_key):
        restrict(translation, django_capture_on_commit_callbacks)
    for language in ("en", "da", "de"):
        html = client.get(f"/{language}/").content.decode()
        assert cluster.url_path.split("/")[-2] not in html, language
        assert cluster.title not in html, language


def test_home_page_shows_no_untranslated_private_fallback(client, django_capture_on_commit_callbacks):
    """A page without a public translation in the visitor's language falls
    back to the source page only when that one is public."""
    cluster = featured_cluster()
    restrict(cluster, django_capture_on_commit_callbacks)  # English only; translations stay public
    html = client.get("/en/").content.decode()
    assert cluster.title not in html
    assert cluster.url.split("/")[-2] in client.get("/da/").content.decode()


def test_related_links_leave_out_private_pages(client, django_capture_on_commit_callbacks):
    from agenda.models import EventPage

    event = EventPage.objects.live().filter(locale__language_code="en").first()
    cluster = english(ClusterPage, slug="cewind")
    event.related_clusters.add(cluster)
    event.save_revision().publish()
    assert cluster.title in client.get(event.url).content.decode()
    restrict(cluster, django_capture_on_commit_callbacks)
    assert cluster.title not in client.get(event.url).content.decode()


def test_language_switcher_does_not_link_a_private_translation(client, django_capture_on_commit_callbacks):
    cewind_de = ClusterPage.objects.get(slug="cewind", locale__language_code="de")
    assert cewind_de.url in client.get(CEWIND_URL).content.decode()
    restrict(cewind_de, django_capture_on_commit_callbacks)
    assert cewind_de.url not in client.get(CEWIND_URL).content.decode()


def test_sitemap_lists_no_private_page(client, django_capture_on_commit_callbacks):
    cewind = english(ClusterPage, slug="cewind")
    assert CEWIND_URL in client.get("/sitemap.xml").content.decode()
    restrict(cewind, django_capture_on_commit_callbacks)
    assert CEWIND_URL not in client.get("/sitemap.xml").content.decode()


def test_one_rule_decides_visibility():
    from website.visibility import is_public, public_pages, visible_page_ids

    cewind = english(ClusterPage, slug="cewind")
    draft_free = english(ClusterPage, slug="cewind")
    assert is_public(cewind) and cewind.pk in visible_page_ids([cewind.pk])
    PageViewRestriction.objects.create(page=cewind.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    assert not is_public(cewind)
    assert visible_page_ids([cewind.pk, None]) == set()
    assert not public_pages().filter(pk=draft_free.pk).exists()


# --- search hits and autocomplete, before the index catches up (item 3) -----------


def _api_search_ids(client, query, language="en"):
    response = client.get("/api/v2/search/", {"q": query, "language": language})
    assert response.status_code == 200, response.content[:300]
    return {item["id"] for item in response.json()["items"]}


def test_search_hides_a_page_made_private_before_the_index_knows(client, django_capture_on_commit_callbacks):
    cewind = english(ClusterPage, slug="cewind")
    assert cewind.pk in _api_search_ids(client, "CEwind")
    # The outbox row is written, but no worker drains it: the engine still holds the page.
    restrict(cewind, django_capture_on_commit_callbacks)
    assert cewind.pk not in _api_search_ids(client, "CEwind")
    assert "/en/clusters/cewind/" not in client.get("/en/search/", {"q": "CEwind"}).content.decode()


def test_autocomplete_hides_private_and_unpublished_pages_before_the_index_knows(client, django_capture_on_commit_callbacks):
    cewind = english(ClusterPage, slug="cewind")
    other = english(ClusterPage, slug="windcomm-schleswig-holstein")

    def suggested():
        api = client.get("/api/v2/search/autocomplete/", {"q": "CEwi", "language": "en"}).json()["items"]
        html = client.get("/en/search/suggest/", {"q": "Windc"}).json()["suggestions"]
        return {item["url"] for item in api} | {item["url"] for item in html}

    assert {cewind.url, other.url} <= suggested()
    restrict(cewind, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        other.unpublish()
    assert not {cewind.url, other.url} & suggested()


def test_database_autocomplete_hides_private_pages(client, settings, django_capture_on_commit_callbacks):
    settings.SEARCH_ENGINE = "database"
    cewind = english(ClusterPage, slug="cewind")
    assert cewind.url in {s["url"] for s in client.get("/en/search/suggest/", {"q": "CEwi"}).json()["suggestions"]}
    restrict(cewind, django_capture_on_commit_callbacks)
    assert cewind.url not in {s["url"] for s in client.get("/en/search/suggest/", {"q": "CEwi"}).json()["suggestions"]}


# --- documents only through Wagtail's document view (item 4) ------------------------


@pytest.fixture
def debug_urls(settings, tmp_path):
    """The URLconf as the development server (DEBUG on) builds it, with
    uploads on disk (the suite otherwise keeps them in memory)."""
    import importlib

    from django.urls import clear_url_caches

    import cms.urls

    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}},
    }
    settings.DEBUG = True
    importlib.reload(cms.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(cms.urls)
    clear_url_caches()


def test_development_server_never_serves_documents_from_media(client, debug_urls, tmp_path):
    from tests.api.content import make_document, make_image, restricted_collection

    private = make_document("Members minutes", collection=restricted_collection())
    public = make_document("Annual report")
    image = make_image("Media image")
    for document in (private, public):
        assert (tmp_path / document.file.name).exists()
        response = client.get(f"/media/{document.file.name}")
        assert response.status_code == 404, document.file.name
    assert client.get(f"/media/{image.file.name}").status_code == 200  # images still are served
    assert client.get(f"/documents/{public.pk}/{public.filename}").status_code == 200
    through_view = client.get(f"/documents/{private.pk}/{private.filename}")  # the restriction's own answer
    assert b"%PDF" not in b"".join(getattr(through_view, "streaming_content", [through_view.content]))
