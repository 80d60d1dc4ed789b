"""Keep the precomputed API documents (api/documents.py) from ever showing a
change they predate: every handler deletes, in the transaction of the change,
the documents that show what changed. Readers rebuild what is missing; the
search outbox's worker pass rebuilds the pages it drains.

Page changes the search outbox records (publish, unpublish, move, delete,
slug, view restriction, renamed sector or theme) arrive through
``search.outbox.changes_recorded``; the handlers here add what only the API
shows: a page saved without publishing (an alias created for a translation,
a title changed in code), a deleted page's linking pages, an edited image or
document, a partner organisation, a collection's view restriction, and what
changes ``meta.translation_status`` (translations/status.py): a segment
translated in wagtail-localize's editor, a source synced, a translation
created or disabled, a new draft of a page.
"""
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from search.outbox import changes_recorded, outbox_drained, record_page_changes
from taxonomy.models import PartnerOrganisation

from . import documents
from .models import PageDocument

# Saves that only touch Wagtail's revision bookkeeping change nothing the API shows.
BOOKKEEPING_FIELDS = frozenset([
    "latest_revision", "latest_revision_created_at", "draft_title", "has_unpublished_changes",
    "locked", "locked_at", "locked_by", "live_revision", "url_path",
])


def on_changes_recorded(sender, page_ids, **kwargs):
    documents.invalidate(page_ids)


def on_page_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        if "latest_revision_created_at" in update_fields:
            # A draft: the page's translations may now be out of date.
            invalidate_translation_groups([instance.translation_key])
        return
    documents.invalidate([instance.pk])


def invalidate_translation_groups(translation_keys):
    """The documents of every language of these pages: each one's
    ``meta.translation_status`` shows the whole group."""
    keys = [key for key in translation_keys if key]
    if not keys or not PageDocument.objects.exists():
        return
    documents.invalidate(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True), expand=False)


def on_segment_translated(sender, instance, raw=False, **kwargs):
    """A StringTranslation saved or deleted: the progress of the translations using that string."""
    if raw:
        return
    keys = StringSegment.objects.filter(string_id=instance.translation_of_id, context_id=instance.context_id)
    invalidate_translation_groups(set(keys.values_list("source__object_id", flat=True)))


def on_translation_changed(sender, instance, raw=False, **kwargs):
    """A Translation (created, enabled, disabled, synced) or its source updated."""
    if raw:
        return
    source = instance if isinstance(instance, TranslationSource) else instance.source
    invalidate_translation_groups([source.object_id])


def on_page_deleting(sender, instance, **kwargs):
    # Before the delete: afterwards nothing tells which pages linked to it.
    if isinstance(instance, Page):
        documents.invalidate([instance.pk])


# Saves of an image or document's file metadata (Wagtail fills them in lazily).
FILE_METADATA_FIELDS = frozenset(["file_size", "file_hash"])


def on_referenced_object_changed(sender, instance, update_fields=None, **kwargs):
    """An image, document or partner organisation edited or deleted: the pages
    showing it are invalidated and recorded, so the worker rebuilds them."""
    if update_fields is not None and set(update_fields) <= FILE_METADATA_FIELDS:
        return
    if not PageDocument.objects.exists():
        return
    page_ids = documents.pages_referring_to(type(instance), [instance.pk])
    if page_ids:
        # Invalidated through changes_recorded, in this transaction.
        record_page_changes(page_ids)


def on_collection_restriction_changed(sender, instance, **kwargs):
    # Rare, and any page may show an image or document of the collection.
    PageDocument.objects.all().delete()


def connect():
    changes_recorded.connect(on_changes_recorded, dispatch_uid="api_documents_changes_recorded")
    outbox_drained.connect(documents.on_outbox_drained, dispatch_uid="api_documents_outbox_drained")
    post_save.connect(on_page_saved, dispatch_uid="api_documents_page_saved")
    pre_delete.connect(on_page_deleting, dispatch_uid="api_documents_page_deleting")
    for model in (get_image_model(), get_document_model(), PartnerOrganisation):
        post_save.connect(on_referenced_object_changed, sender=model, dispatch_uid=f"api_documents_{model.__name__}_saved")
        pre_delete.connect(on_referenced_object_changed, sender=model, dispatch_uid=f"api_documents_{model.__name__}_deleting")
    for signal in (post_save, post_delete):
        signal.connect(on_segment_translated, sender=StringTranslation,
                       dispatch_uid=f"api_documents_segment_translated_{signal is post_save}")
        for model in (Translation, TranslationSource):
            signal.connect(on_translation_changed, sender=model,
                           dispatch_uid=f"api_documents_{model.__name__}_changed_{signal is post_save}")
        signal.connect(on_collection_restriction_changed, sender=CollectionViewRestriction,
                       dispatch_uid=f"api_documents_collection_restriction_{signal is post_save}")
