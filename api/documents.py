"""Precomputed API documents: each live, public page's complete API
representation, stored in ``api.PageDocument`` and served by the pages
endpoint's listing and detail (api/views.py).

- **Building** (``build_documents``) runs the endpoint's own serialisation
  (``fields=*`` of the page's specific type, detail shape, through one
  ``SerializationBatch`` per page type), so a stored document is exactly
  what the live path would answer.
- **Writing**: the search outbox's worker pass refreshes the documents of the
  pages it drains (``refresh_documents``, connected to
  ``search.outbox.outbox_drained``); ``manage.py rebuild_api_documents``
  rebuilds them all; a reader that finds a document missing or stale rebuilds
  it on the fly and writes it back (``documents_for``).
- **Invalidation**: in the transaction of every change the outbox records
  (publish, unpublish, move, delete, slug, view restriction, renamed sector or
  theme) and of the changes only documents show (an image or document
  edited, a page's title), the documents of the pages whose representation
  shows the change are deleted (``invalidate``): the page, its translations
  (their ``translations``), its children (their ``parent``) and the pages
  linking to it or to a translation of it. Readers rebuild what is missing.
- **Trust**: a document is served only for a page that the request's own
  query found live and public, and only while its ``schema`` fingerprint and
  ``last_published_at`` match; drafts and private pages are never built.
"""
import hashlib
import logging

import orjson
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex

from .models import PageDocument
from .renditions import RENDITIONS

logger = logging.getLogger(__name__)

# Bump when the shape of the representation changes (a new meta field, a
# serializer that writes something else): every stored document then counts
# as stale and is rebuilt on the fly or by `manage.py rebuild_api_documents`.
SCHEMA_VERSION = 1
ALL_FIELDS = [("*", False, None)]
BUILD_CHUNK = 200


def schema_fingerprint():
    """The schema version and everything outside the page that the stored
    addresses depend on: a document built under other settings is stale."""
    parts = [
        str(SCHEMA_VERSION),
        str(getattr(settings, "WAGTAILAPI_BASE_URL", "") or ""),
        str(settings.MEDIA_URL),
        repr(sorted(RENDITIONS.items())),
    ]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def page_type_label(model):
    return f"{model._meta.app_label}.{model.__name__}"


# --- building -------------------------------------------------------------------


def _builder_view(model):
    """A pages endpoint as a detail request with ``fields=*`` would set it up,
    without a client: the stored documents are built by the code that serves."""
    from django.test import RequestFactory
    from rest_framework.request import Request

    from .router import api_router
    from .views import PagesEndpoint

    django_request = RequestFactory().get("/api/v2/pages/")
    django_request.wagtailapi_router = api_router
    view = PagesEndpoint()
    view.request = Request(django_request)
    view.args, view.kwargs, view.format_kwarg = (), {}, None
    view.action = "detail_view"
    serializer_class = PagesEndpoint._get_serializer_class(api_router, model, ALL_FIELDS, show_details=True)
    return view, serializer_class


def build_documents(page_ids):
    """``{page id: representation}`` of those of ``page_ids`` that are live and
    public (a fixed number of queries per page type, not per page)."""
    from .batch import live_public_pages

    pages = list(live_public_pages().filter(pk__in=list(page_ids)).select_related("locale").specific())
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    documents = {}
    for model, group in by_model.items():
        view, serializer_class = _builder_view(model)
        serializer = serializer_class(group, many=True, context=view.get_serializer_context())
        for page, data in zip(group, view.serialize(serializer, group)):
            documents[page.pk] = (page, data)
    return documents


def store_documents(built):
    """Write built documents (``build_documents``' answer), replacing older rows."""
    if not built:
        return []
    fingerprint = schema_fingerprint()
    now = timezone.now()
    rows = [
        PageDocument(
            page_id=page_id,
            locale=page.locale.language_code,
            page_type=page_type_label(type(page)),
            schema=fingerprint,
            last_published_at=page.last_published_at,
            built_at=now,
            data=orjson.dumps(data, default=_json_default).decode(),
        )
        for page_id, (page, data) in built.items()
    ]
    PageDocument.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["locale", "page_type", "schema", "last_published_at", "built_at", "data"],
    )
    return rows


def _json_default(value):
    from rest_framework.utils.encoders import JSONEncoder

    return JSONEncoder().default(value)


def refresh_documents(page_ids):
    """Bring the documents of ``page_ids`` and of the pages showing them in line
    with the database: built for the live, public ones, deleted for the rest.
    Returns (written, deleted)."""
    ids = affected_page_ids(page_ids)
    written = 0
    ids_list = sorted(ids)
    for start in range(0, len(ids_list), BUILD_CHUNK):
        chunk = ids_list[start:start + BUILD_CHUNK]
        written += len(store_documents(build_documents(chunk)))
    from .batch import live_public_pages

    public = set(live_public_pages().filter(pk__in=ids_list).values_list("pk", flat=True))
    deleted, _ = PageDocument.objects.filter(page_id__in=ids - public).delete()
    return written, deleted


def on_outbox_drained(sender, page_ids, **kwargs):
    """The search outbox's worker pass: refresh the documents of what it drained.
    In a savepoint: a failure here must not abort the drain's transaction."""
    with transaction.atomic():
        written, deleted = refresh_documents(page_ids)
    return f"api documents: written {written}, deleted {deleted}"


# --- invalidation -----------------------------------------------------------------


def affected_page_ids(page_ids):
    """``page_ids`` and the pages whose representation shows them: their
    translations (``meta.translations``), their children (``meta.parent``) and
    the pages that link to any of those translations (page links, rich text)."""
    ids = {int(page_id) for page_id in page_ids if page_id is not None}
    if not ids:
        return set()
    rows = list(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key", "path", "depth"))
    keys = {key for _pk, key, _path, _depth in rows}
    translations = set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True)) if keys else set()
    ids |= translations
    children = set()
    parents = [(path, depth) for _pk, _key, path, depth in rows]
    for start in range(0, len(parents), 100):
        condition = Q()
        for path, depth in parents[start:start + 100]:
            condition |= Q(path__startswith=path, depth=depth + 1)
        children.update(Page.objects.filter(condition).values_list("pk", flat=True))
    ids |= children
    ids |= pages_referring_to(Page, translations)
    return ids


def pages_referring_to(model, object_ids):
    """Pages whose content refers to objects of ``model`` (Wagtail's reference
    index, which covers foreign keys, inline models, rich text and StreamField)."""
    object_ids = [str(object_id) for object_id in object_ids]
    if not object_ids:
        return set()
    page_type = ContentType.objects.get_for_model(Page)
    # The reference index names the target by its base content type.
    target_type = ReferenceIndex._get_base_content_type(model)
    referring = ReferenceIndex.objects.filter(
        base_content_type=page_type, to_content_type=target_type, to_object_id__in=object_ids
    ).values_list("object_id", flat=True)
    pages = {int(object_id) for object_id in referring if str(object_id).isdigit()}
    pages |= _pages_relating_to(model, object_ids)
    return pages


def _pages_relating_to(model, object_ids):
    """Pages relating to ``model`` through a many-to-many field (sectors,
    partner clusters), which the reference index may not list."""
    from wagtail.models import get_page_models

    pages = set()
    for page_model in get_page_models():
        for field in page_model._meta.get_fields():
            if not (field.many_to_many and not field.auto_created and field.concrete):
                continue
            if field.model is not page_model or not issubclass(field.related_model, model):
                continue
            pages.update(page_model.objects.filter(**{f"{field.name}__in": object_ids}).values_list("pk", flat=True))
    return pages


def invalidate(page_ids, expand=True):
    """Delete the stored documents that ``page_ids`` (and, with ``expand``, the
    pages showing them) may have made stale. Runs in the caller's transaction."""
    if not PageDocument.objects.exists():
        return set()  # nothing stored (a new site, a bulk import): nothing to look up
    ids = affected_page_ids(page_ids) if expand else {int(i) for i in page_ids}
    if ids:
        PageDocument.objects.filter(page_id__in=ids).delete()
    return ids


# --- reading ----------------------------------------------------------------------


def decode(row_data):
    return orjson.loads(row_data)


def rebuild_on_the_fly(page_ids):
    """Documents for pages whose stored one was missing or stale: built now,
    written back, returned as ``{page id: representation}``."""
    built = build_documents(page_ids)
    # Served as they would be read back: the same JSON types as stored ones.
    answer = {page_id: orjson.loads(orjson.dumps(data, default=_json_default)) for page_id, (_page, data) in built.items()}
    try:
        with transaction.atomic():
            store_documents(built)
    except Exception:  # a reader must answer even when the write-back fails (e.g. a read-only replica)
        logger.exception("api documents: writing back %d rebuilt documents failed", len(built))
    return answer


def is_fresh(schema, stored_published_at, page_published_at, fingerprint):
    return schema == fingerprint and stored_published_at == page_published_at


def project(document, field_names, meta_names):
    """The stored representation cut to a serializer's fields, in Wagtail's
    layout: ``id`` first, then ``meta``, then the other fields in order."""
    meta_source = document.get("meta") or {}
    data = {}
    if "id" in field_names:
        data["id"] = document.get("id")
    meta = {name: meta_source[name] for name in field_names if name in meta_names and name in meta_source}
    if meta:
        data["meta"] = meta
    for name in field_names:
        if name != "id" and name not in meta_names and name in document:
            data[name] = document[name]
    return data
