"""Every kind of page change reaches the search index through the outbox: the
change writes its outbox row in its own transaction, a drain brings the index
in line with the database."""
import pytest
from django.db import transaction
from wagtail.models import Locale, Page, PageViewRestriction

from clusters.models import ClusterIndexPage, ClusterPage
from search.models import PendingIndexChange
from search.outbox import drain
from taxonomy.models import Sector
from tests.factories import english_cluster, new_english_cluster

from .conftest import expected, indexed, indexed_document, new_standard_page

pytestmark = pytest.mark.django_db


def pending_page_ids():
    return set(PendingIndexChange.objects.filter(applied_at__isnull=True).values_list("page_id", flat=True))


def test_publish_writes_its_outbox_row_in_the_same_transaction(own_index):
    page = new_standard_page("Outbox Probe", publish=False)
    with pytest.raises(RuntimeError), transaction.atomic():
        page.save_revision().publish()
        assert page.pk in pending_page_ids()
        raise RuntimeError("the editor's transaction fails after the publish")
    # Rolled back together: no row, and the page is not live.
    assert page.pk not in pending_page_ids()
    page = Page.objects.get(pk=page.pk).specific
    assert not page.live

    page.save_revision().publish()
    assert page.pk in pending_page_ids()  # durable before any drain...
    assert indexed_document(page.pk) is None  # ...and the engine not touched


def test_published_page_is_in_the_index_after_a_drain(own_index):
    page = new_standard_page("Freshly Published")
    result = drain()
    assert result.applied >= 1 and result.failed == 0 and result.pending == 0
    document = indexed_document(page.pk)
    assert document["title"] == "Freshly Published"
    assert document["language"] == "en"
    assert document["url"] == page.get_url()
    assert not pending_page_ids()


def test_edited_title_replaces_the_indexed_one(own_index):
    cluster = english_cluster("offshore-center-denmark")
    cluster.title = "Offshore Centre Denmark (renamed)"
    cluster.save_revision().publish()
    drain()
    assert indexed_document(cluster.pk)["title"] == "Offshore Centre Denmark (renamed)"
    assert indexed() == expected()


def test_unpublished_page_leaves_the_index(own_index):
    cluster = english_cluster("offshore-center-denmark")
    assert indexed_document(cluster.pk) is not None
    cluster.unpublish()
    assert cluster.pk in pending_page_ids()
    drain()
    assert indexed_document(cluster.pk) is None
    assert indexed() == expected()


def test_moved_page_and_its_descendants_get_their_new_urls(own_index):
    parent = new_standard_page("Moving Parent")
    child = new_standard_page("Moving Child", parent=parent)
    target = new_standard_page("New Home")
    drain()
    assert indexed_document(child.pk)["url"] == "/en/moving-parent/moving-child/"

    parent.move(target, pos="last-child")
    assert {parent.pk, child.pk} <= pending_page_ids()
    drain()
    assert indexed_document(parent.pk)["url"] == "/en/new-home/moving-parent/"
    assert indexed_document(child.pk)["url"] == "/en/new-home/moving-parent/moving-child/"


def test_new_slug_gives_the_descendants_new_urls(own_index):
    parent = new_standard_page("Renamed Parent")
    child = new_standard_page("Renamed Child", parent=parent)
    drain()
    parent.slug = "parent-with-a-new-slug"
    parent.save_revision().publish()
    assert child.pk in pending_page_ids()
    drain()
    assert indexed_document(child.pk)["url"] == "/en/parent-with-a-new-slug/renamed-child/"


def test_deleted_page_and_its_descendants_leave_the_index(own_index):
    parent = new_standard_page("Doomed Parent")
    child = new_standard_page("Doomed Child", parent=parent)
    drain()
    assert indexed_document(parent.pk) and indexed_document(child.pk)

    Page.objects.get(pk=parent.pk).delete()
    assert {parent.pk, child.pk} <= pending_page_ids()
    drain()
    assert indexed_document(parent.pk) is None
    assert indexed_document(child.pk) is None
    assert indexed() == expected()


def test_translated_page_is_indexed_in_its_language(own_index, django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation, TranslationSource
    from wagtail_localize.synctree import create_aliases_for_new_page

    from core.translation import translate_instance

    english = new_english_cluster(slug="wind-test-cluster", title="Wind Test Cluster")
    create_aliases_for_new_page(english)  # what the admin does: untranslated alias pages in da/de
    danish_locale = Locale.objects.get(language_code="da")
    alias = ClusterPage.objects.get(translation_key=english.translation_key, locale=danish_locale)
    drain()
    assert indexed_document(alias.pk) is None  # an alias duplicates its source: not indexed

    # The translator enters the Danish title, then publishes in wagtail-localize's editor.
    translate_instance(english, danish_locale, {}, publish=False, fields={"title": "Vind-testklynge"})
    translation = Translation.objects.get(source=TranslationSource.objects.get_for_instance(english),
                                          target_locale=danish_locale)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)
    danish = ClusterPage.objects.get(translation_key=english.translation_key, locale=danish_locale)
    assert danish.live and danish.alias_of_id is None and danish.title == "Vind-testklynge"
    assert danish.pk in pending_page_ids()

    drain()
    assert (danish.pk, "da", "Vind-testklynge") in indexed()
    assert (english.pk, "en", "Wind Test Cluster") in indexed()
    assert indexed() == expected()


def test_view_restriction_removes_the_section_from_the_index_until_lifted(own_index):
    clusters = ClusterIndexPage.objects.get(locale__language_code="en")
    english_clusters = set(ClusterPage.objects.child_of(clusters).live().values_list("pk", flat=True))
    assert english_clusters and english_clusters <= {page_id for page_id, _, _ in indexed()}

    restriction = PageViewRestriction.objects.create(page=clusters, restriction_type="login")
    assert english_clusters <= pending_page_ids()
    drain()
    assert not english_clusters & {page_id for page_id, _, _ in indexed()}
    assert indexed() == expected()

    restriction.delete()
    drain()
    assert english_clusters <= {page_id for page_id, _, _ in indexed()}
    assert indexed() == expected()


def test_renamed_sector_is_found_under_its_new_name_in_every_language(own_index):
    english = Sector.objects.get(slug="wind-energy", locale__language_code="en")
    german = Sector.objects.get(translation_key=english.translation_key, locale__language_code="de")
    tagged = set(ClusterPage.objects.filter(sectors__translation_key=english.translation_key).values_list("pk", flat=True))
    german_pages = set(
        ClusterPage.objects.live().filter(translation_key__in=ClusterPage.objects.filter(pk__in=tagged)
                                          .values("translation_key"), locale__language_code="de")
        .values_list("pk", flat=True)
    )
    assert german_pages

    german.name = "Windkraft auf hoher See"
    german.save()
    assert german_pages <= pending_page_ids()
    drain()
    for page_id in german_pages:
        assert "Windkraft auf hoher See" in indexed_document(page_id)["sector_names_de"]
