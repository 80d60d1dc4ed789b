"""Record in the outbox which pages' index entries a change may have made stale.

Every handler runs inside the transaction of the change (publish, move,
delete, ...), writes outbox rows and nothing else: no engine call, so the
change commits (or rolls back) together with its rows whatever the engine's
state. Connected in SearchConfig.ready().
"""
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from taxonomy.models import Sector, Theme

from .outbox import record_page_changes
from .profile import searchable_models


def subtree_page_ids(page_id):
    """The page and all its descendants (their URLs or visibility follow it)."""
    path = Page.objects.filter(pk=page_id).values_list("path", flat=True).first()
    if path is None:
        return [page_id]
    return list(Page.objects.filter(path__startswith=path).values_list("pk", flat=True))


def on_page_published(sender, instance, **kwargs):
    record_page_changes([instance.pk])


def on_page_unpublished(sender, instance, **kwargs):
    record_page_changes([instance.pk])


def on_page_deleted(sender, instance, **kwargs):
    # Sent for each page a (tree) delete removes, descendants included.
    record_page_changes([instance.pk])


def on_page_moved(sender, instance, **kwargs):
    record_page_changes(subtree_page_ids(instance.pk))


def on_page_saving(sender, instance, update_fields=None, **kwargs):
    """A new slug changes the URLs of the page's descendants, stored in their documents."""
    if not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and "slug" not in update_fields:
        return
    old_slug = Page.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
    if old_slug is not None and old_slug != instance.slug:
        record_page_changes(subtree_page_ids(instance.pk))


def on_view_restriction_changed(sender, instance, **kwargs):
    record_page_changes(subtree_page_ids(instance.page_id))


def term_page_ids(term):
    """Pages, in any language, tagged with any translation of ``term``."""
    term_ids = list(type(term).objects.filter(translation_key=term.translation_key).values_list("pk", flat=True))
    page_ids = set()
    for model in searchable_models():
        for field in model._meta.get_fields():
            if field.many_to_many and field.related_model is type(term) and not field.auto_created:
                page_ids.update(model.objects.filter(**{f"{field.name}__in": term_ids}).values_list("pk", flat=True))
    return page_ids


def on_term_saved(sender, instance, created=False, **kwargs):
    if not created:  # a new term tags no page yet
        record_page_changes(term_page_ids(instance))


def on_term_deleting(sender, instance, **kwargs):
    # Before the delete: afterwards the pages are no longer linked to the term.
    record_page_changes(term_page_ids(instance))


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search_page_deleted")
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    pre_save.connect(on_page_saving, dispatch_uid="search_page_saving")
    post_save.connect(on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(on_view_restriction_changed, sender=PageViewRestriction,
                        dispatch_uid="search_restriction_deleted")
    for term_model in (Sector, Theme):
        post_save.connect(on_term_saved, sender=term_model, dispatch_uid=f"search_{term_model.__name__}_saved")
        pre_delete.connect(on_term_deleting, sender=term_model, dispatch_uid=f"search_{term_model.__name__}_deleting")
