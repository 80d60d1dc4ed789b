"""The partner API's endpoints, on Wagtail's API v2 viewsets.

``PartnerAPIView`` holds what every partner-facing view shares (JSON only,
anonymous or API key, throttled, JSON errors, no NUL bytes in parameters);
any further DRF view under /api/ (e.g. search) should inherit it first.
``BatchSerializationMixin`` adds the bulk loading of api/batch.py to Wagtail's
listing and detail views.
"""
import functools

import orjson
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Func, Subquery, prefetch_related_objects
from django.http import Http404
from rest_framework.exceptions import APIException, NotAcceptable
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2 import filters as wagtail_filters
from wagtail.api.v2.utils import BadRequestError, page_models_from_string, parse_fields_parameter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from . import documents, filters
from .addresses import PagesSerializer
from .authentication import APIKeyAuthentication
from .batch import SerializationBatch, live_public_pages, restricted_collection_ids
from .errors import exception_handler
from .fields import APIValueField, Tags
from .page_search import SEARCH_PARAMETERS as PAGE_SEARCH_PARAMETERS
from .page_search import PageSearchFilter
from .parameters import LOCALE_PARAMETERS, ConflictingParameters, requested_locale, unknown_parameters
from .renditions import RENDITIONS
from .serializers import AliasOf, ContentLocale, ImageAlt, IsTranslated, OwnRenditions, PageLocale, Parent, Translations
from .throttling import PartnerRateThrottle
from translations.api import TranslationStatus  # meta.translation_status (issue 16)

# Offsets beyond this would overflow the database's OFFSET; no listing is that long.
MAX_OFFSET = 2**31 - 1


class UnsupportedFormat(APIException):
    status_code = 400
    default_code = "unsupported_format"


class FastJSONRenderer(JSONRenderer):
    """JSON written by orjson: several times faster than the standard library
    on the large answers of the listings (anything orjson does not know goes
    through DRF's encoder: lazy strings, decimals)."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        return orjson.dumps(data, default=documents._json_default)


class JSONAnyway(DefaultContentNegotiation):
    """Answer in the view's first format when the client asks for one the view
    does not have (e.g. ``Accept: text/html``): an error must stay the error it
    is, not become a 406. An explicit ``?format=`` the view does not offer is
    a 400 that names the formats there are (DRF would answer an empty 404)."""

    def select_renderer(self, request, renderers, format_suffix=None):
        requested = format_suffix or request.query_params.get(self.settings.URL_FORMAT_OVERRIDE)
        if requested:
            formats = [renderer.format for renderer in renderers]
            if requested not in formats:
                raise UnsupportedFormat(f"format must be one of: {', '.join(formats)} (or leave it out)")
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except NotAcceptable:
            return renderers[0], renderers[0].media_type


class PartnerAPIView:
    """Mixin for every DRF view of the partner API (put it first in the bases)."""

    renderer_classes = [JSONRenderer]
    content_negotiation_class = JSONAnyway
    authentication_classes = [APIKeyAuthentication]
    permission_classes = [AllowAny]  # read-only: the views answer GET and HEAD only
    throttle_classes = [PartnerRateThrottle]

    def get_exception_handler(self):
        return exception_handler

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 404:
            # LocaleMiddleware turns a 404 outside the language prefix into a
            # redirect; APIMiddleware puts this answer back (api/middleware.py).
            request._request.api_not_found_response = response
        return response

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, value in request.GET.lists():
            if any("\x00" in item for item in [name, *value]):
                raise BadRequestError("query parameters cannot contain NUL characters")


class BatchSerializationMixin:
    """Listing and detail views that serialise through a SerializationBatch."""

    # Equality filters on plain fields, e.g. ?slug=cewind.
    filterable_fields = ()
    # Parameters of the detail view.
    detail_query_parameters = frozenset(["fields"])

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["batch"] = self.batch
        return context

    @property
    def batch(self):
        if not hasattr(self, "_batch"):
            self._batch = SerializationBatch(self.request, self.request.wagtailapi_router, self.get_batch_base_pages())
        return self._batch

    def get_batch_base_pages(self):
        return live_public_pages()

    def check_query_parameters(self, queryset):
        allowed = set(self.known_query_parameters) | set(self.filterable_fields)
        unknown = unknown_parameters(self.request, allowed)
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised field: %s" % ", ".join(unknown)
            )

    def check_detail_query_parameters(self):
        unknown = unknown_parameters(self.request, self.detail_query_parameters)
        if unknown:
            raise BadRequestError("query parameter not supported here: %s" % ", ".join(unknown))

    def paginate_queryset(self, queryset):
        offset = self.request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset)

    def serialize(self, serializer, instances):
        """Prefetch what the selected fields need, let them tell the batch what
        they refer to, then serialise: a fixed number of queries."""
        fields = getattr(serializer, "child", serializer).fields
        batch_fields = [field for field in fields.values() if isinstance(field, APIValueField)]
        lookups = sorted({lookup for field in batch_fields for lookup in field.prefetch_lookups()})
        saved = [instance for instance in instances if instance.pk and not getattr(instance, "_api_preview", False)]
        if lookups and saved:
            prefetch_related_objects(saved, *lookups)
        for field in batch_fields:
            for instance in instances:
                field.collect(instance, self.batch)
        return serializer.data

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        instances = list(self.paginate_queryset(queryset))
        serializer = self.get_serializer(instances, many=True)
        return self.get_paginated_response(self.serialize(serializer, instances))

    def detail_view(self, request, pk):
        self.check_detail_query_parameters()
        instance = self.get_object()
        serializer = self.get_serializer(instance)
        return Response(self.serialize(serializer, [instance]))


def meta_field(name, serializer):
    return APIField(name, serializer=serializer)


class PagesEndpoint(PartnerAPIView, BatchSerializationMixin, PagesAPIViewSet):
    """/api/v2/pages/: live, public pages of every type and language.

    Listing and detail answer from the precomputed documents
    (api/documents.py): the filters choose the pages, one query reads their
    ids, the total and their stored documents together, and ``fields`` cuts
    the stored dicts. A document missing or stale is rebuilt on the fly.
    Only a nested field selection (``fields=logo(title)``) is serialised live.
    """

    base_serializer_class = PagesSerializer
    renderer_classes = [FastJSONRenderer]
    # What the listing and detail read beside each page's id.
    document_columns = (
        "last_published_at", "api_document__schema", "api_document__last_published_at", "api_document__data",
    )

    filter_backends = [
        filters.FieldsFilter,
        filters.LocaleFilter,
        *filters.DOMAIN_FILTERS,
        filters.ReferencedPagesExist,
        wagtail_filters.ChildOfFilter,
        wagtail_filters.AncestorOfFilter,
        filters.DescendantOfFilter,
        wagtail_filters.TranslationOfFilter,
        PageSearchFilter,
        filters.OrderingFilter,
    ]
    known_query_parameters = frozenset(
        ["limit", "offset", "fields", "order", "type", *LOCALE_PARAMETERS, *PAGE_SEARCH_PARAMETERS]
        + ["child_of", "ancestor_of", "descendant_of", "translation_of"]
        + [domain_filter.parameter for domain_filter in filters.DOMAIN_FILTERS]
    )
    filterable_fields = ("slug", "show_in_menus")
    find_query_parameters = frozenset(["id", "html_path"])
    meta_fields = [
        "type",
        "detail_url",
        "html_url",
        "slug",
        "show_in_menus",
        "seo_title",
        "search_description",
        "first_published_at",
        "last_published_at",
        meta_field("locale", PageLocale()),
        meta_field("content_locale", ContentLocale()),
        meta_field("is_translated", IsTranslated()),
        meta_field("translations", Translations()),
        meta_field("translation_status", TranslationStatus()),
        meta_field("alias_of", AliasOf()),
        meta_field("parent", Parent()),
    ]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "locale",
        "is_translated",
        "translations",
    ]

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields[:]

    def get_base_queryset(self):
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = _live_public_pages_template().all()
        return self._base_queryset

    def get_batch_base_pages(self):
        return self.get_base_queryset()

    def requested_types(self):
        """The page models named by ``type`` (none: every type)."""
        try:
            type_param = self.request.GET.get("type")
            return page_models_from_string(type_param) if type_param else ()
        except (LookupError, ValueError) as error:
            raise BadRequestError("type doesn't exist") from error

    def listing_model(self):
        """The model whose fields the listing shows: the one type asked for, else Page."""
        models = self.requested_types()
        return models[0] if len(models) == 1 else Page

    def needs_type_table(self):
        """Whether the request filters or orders by fields of its type's own
        table (the domain filters, ``order``) or needs the type's instances;
        otherwise the page table alone chooses the pages."""
        if not self.answers_from_documents():
            return True  # serialised live: the items must be instances of the type
        names = {"order", *(domain_filter.parameter for domain_filter in filters.DOMAIN_FILTERS)}
        return any(name in self.request.GET for name in names)

    def get_queryset(self):
        models = self.requested_types()
        base = self.get_base_queryset()
        if len(models) == 1 and self.needs_type_table():
            model = models[0]
            queryset = live_public_pages(model.objects.type(model))
        elif models:
            # The types as a condition on the page table alone: with the index
            # of migration api 0003 on (content_type, path) a listing reads
            # its type's rows in tree order and stops after the page of rows.
            # Joining the type's own table would make PostgreSQL misjudge how
            # many rows match and sort them all (docs/benchmarks.md, issue 11).
            queryset = base.type(*models)
        else:
            queryset = base
        return queryset.select_related("locale")

    # --- answers from the precomputed documents ----------------------------------

    def fields_config(self):
        if not hasattr(self, "_fields_config"):
            self._fields_config = self._parse_fields()
        return self._fields_config

    def _parse_fields(self):
        if "fields" not in self.request.GET:
            return []
        try:
            return parse_fields_parameter(self.request.GET["fields"])
        except ValueError as error:
            raise BadRequestError("fields error: %s" % str(error)) from error

    def get_serializer_class(self):
        # Wagtail's, except that a detail's model comes from the page row the
        # view has already read (Wagtail would load the whole page for it).
        if self.action == "listing_view":
            model, show_details = self.listing_model(), False
        else:
            model, show_details = getattr(self, "_detail_model", None) or type(self.get_object()), True
        return _cached_serializer_class(type(self), self.request.wagtailapi_router, model, self.fields_config(), show_details)

    def answers_from_documents(self):
        """Whether the stored documents hold the answer: everything but nested field selections."""
        return not any(sub_fields for _name, _negated, sub_fields in self.fields_config())

    def requested_window(self):
        """``offset`` and ``limit`` checked with the messages of Wagtail's pagination."""
        offset = self.request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        try:
            offset = int(offset)
            if offset < 0:
                raise ValueError
        except ValueError:
            raise BadRequestError("offset must be a positive integer") from None
        limit_max = settings.WAGTAILAPI_LIMIT_MAX
        try:
            limit = int(self.request.GET.get("limit", min(20, limit_max)))
            if limit < 0:
                raise ValueError
        except ValueError:
            raise BadRequestError("limit must be a positive integer") from None
        if limit > limit_max:
            raise BadRequestError("limit cannot be higher than %d" % limit_max)
        return offset, offset + limit

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        start, stop = self.requested_window()
        serializer_class = self.get_serializer_class()
        if not self.answers_from_documents():
            return super().listing_view(request)
        counted_alongside = not queryset.query.distinct
        rows = queryset
        if counted_alongside:
            # The total rides along with the page of rows: no COUNT query of
            # its own. A scalar subquery, not COUNT(*) OVER (): the window
            # would join every matching page's document before the LIMIT.
            total_subquery = queryset.order_by().values(total=Func(F("pk"), function="COUNT"))
            rows = rows.annotate(api_total_count=Subquery(total_subquery))
        rows = list(rows.values_list("pk", *self.document_columns, *(["api_total_count"] if counted_alongside else []))[start:stop])
        if counted_alongside and rows:
            total = rows[0][-1]
        else:
            total = queryset.count() if (start or not counted_alongside) else 0
        stored = self.documents_of(rows)
        meta_names = set(serializer_class.meta_fields)
        names = serializer_class.Meta.fields
        items = [documents.project(stored[row[0]], names, meta_names) for row in rows if row[0] in stored]
        return Response({"meta": {"total_count": total}, "items": items})

    def detail_view(self, request, pk):
        self.check_detail_query_parameters()
        row = self.get_base_queryset().filter(pk=pk).values_list("pk", *self.document_columns, "content_type_id").first()
        if row is None:
            raise Http404(f"no live, public page with id {pk}")
        self._detail_model = ContentType.objects.get_for_id(row[-1]).model_class() or Page
        serializer_class = self.get_serializer_class()
        if not self.answers_from_documents():
            return super().detail_view(request, pk)
        document = self.documents_of([row]).get(row[0])
        if document is None:  # no longer live and public since the row was read
            raise Http404(f"no live, public page with id {pk}")
        return Response(documents.project(document, serializer_class.Meta.fields, set(serializer_class.meta_fields)))

    def documents_of(self, rows):
        """``{page id: representation}`` for rows of (id, last_published_at,
        stored schema, stored last_published_at, stored data, ...): the stored
        ones where fresh, the others rebuilt now and written back."""
        fingerprint = documents.schema_fingerprint()
        found, stale = {}, []
        for page_id, published_at, schema, stored_published_at, data, *_rest in rows:
            if data is not None and documents.is_fresh(schema, stored_published_at, published_at, fingerprint):
                found[page_id] = documents.decode(data)
            else:
                stale.append(page_id)
        if stale:
            found.update(documents.rebuild_on_the_fly(stale))
        return found

    def get_root_page(self):
        """``child_of=root``: the home page, in the language given by ``locale`` if any."""
        root = Site.find_for_request(self.request).root_page
        try:
            code = requested_locale(self.request)
        except ConflictingParameters as error:
            raise BadRequestError(str(error)) from None
        if code in [language for language, _ in settings.WAGTAIL_CONTENT_LANGUAGES]:
            translated = root.get_translations(inclusive=True).filter(locale__language_code=code).first()
            root = translated or root
        return root

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            pk = self.kwargs["pk"]
            content_type_id = self.get_base_queryset().filter(pk=pk).values_list("content_type_id", flat=True).first()
            if content_type_id is None:
                raise Http404(f"no live, public page with id {pk}")
            model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
            self._cached_object = model.objects.select_related("locale").get(pk=pk)
        return self._cached_object

    def find_view(self, request):
        unknown = unknown_parameters(request, set(self.find_query_parameters) | {"fields"})
        if unknown:
            raise BadRequestError("query parameter not supported here: %s" % ", ".join(unknown))
        if not set(self.find_query_parameters) & set(request.GET):
            # Nothing named, nothing found: a 404 like any other miss of find.
            raise Http404("find needs id or html_path")
        return super().find_view(request)

    def find_object(self, queryset, request):
        page = self._find_page(queryset, request)
        if page is not None and "fields" in request.GET:
            # find redirects to the page's detail, which refuses fields its
            # type does not have: find refuses them too, with the same 400.
            _cached_serializer_class(
                type(self), request.wagtailapi_router, page.specific_class or Page, self.fields_config(), True
            )
        return page

    def _find_page(self, queryset, request):
        page_id = None
        if "id" in request.GET:
            values = request.GET.getlist("id")
            if len(values) > 1 or not values[0].isascii() or not values[0].isdigit() or int(values[0]) >= 2**31:
                raise BadRequestError("id must be one page id (a whole number)")
            page_id = int(values[0])
        if "html_path" in request.GET:
            return self._find_by_path(request.GET["html_path"], queryset, request)
        return self.get_base_queryset().filter(id=page_id).first()

    def _find_by_path(self, path, queryset, request):
        components = [component for component in path.split("/") if component]
        root = Site.find_for_request(request).root_page
        languages = [language for language, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
        if components and components[0] in languages:
            root = root.get_translations(inclusive=True).filter(locale__language_code=components[0]).first() or root
            components = components[1:]
        try:
            page, _, _ = root.specific.route(request, components)
        except Http404:
            return None
        return page if self.get_base_queryset().filter(id=page.id).exists() else None


@functools.cache
def _live_public_pages_template():
    """``live_public_pages()``, built once per process and cloned per request
    (``.all()``): building the visibility conditions anew for every listing
    costs more than the SQL they become. Never evaluated itself."""
    return live_public_pages()


# Wagtail builds a serializer class for every request; the same few
# (type, fields) pairs come back again and again, and building one costs more
# than answering from the stored documents does. Bounded: ``fields`` is input.
_serializer_classes = {}
SERIALIZER_CLASSES_KEPT = 256


def _cached_serializer_class(view_class, router, model, fields_config, show_details):
    key = (view_class, id(router), model, repr(fields_config), show_details)
    serializer_class = _serializer_classes.get(key)
    if serializer_class is None:
        serializer_class = view_class._get_serializer_class(router, model, fields_config, show_details=show_details)
        if len(_serializer_classes) >= SERIALIZER_CLASSES_KEPT:
            _serializer_classes.clear()
        _serializer_classes[key] = serializer_class
    return serializer_class


class ImagesEndpoint(PartnerAPIView, BatchSerializationMixin, ImagesAPIViewSet):
    """/api/v2/images/: images outside restricted collections, with renditions."""

    filter_backends = [filters.FieldsFilter, filters.OrderingFilter]
    known_query_parameters = frozenset(["limit", "offset", "fields", "order"])
    filterable_fields = ("tags",)
    body_fields = ImagesAPIViewSet.body_fields + [
        APIField("alt", serializer=ImageAlt()),
        APIField("renditions", serializer=OwnRenditions()),
    ]
    meta_fields = ["type", "detail_url", APIField("tags", serializer=Tags()), "download_url"]
    listing_default_fields = ImagesAPIViewSet.listing_default_fields + ["alt", "renditions"]

    def get_queryset(self):
        return (
            self.model.objects.exclude(collection__in=restricted_collection_ids())
            .prefetch_renditions(*RENDITIONS.values())
            .order_by("id")
        )

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            instance = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
            if instance is None:
                raise Http404(f"no image with id {self.kwargs['pk']}")
            self._cached_object = instance
        return self._cached_object


class DocumentsEndpoint(PartnerAPIView, BatchSerializationMixin, DocumentsAPIViewSet):
    """/api/v2/documents/: documents outside restricted collections."""

    filter_backends = [filters.FieldsFilter, filters.OrderingFilter]
    known_query_parameters = frozenset(["limit", "offset", "fields", "order"])
    filterable_fields = ("tags",)
    meta_fields = ["type", "detail_url", APIField("tags", serializer=Tags()), "download_url"]

    def get_queryset(self):
        return self.model.objects.exclude(collection__in=restricted_collection_ids()).order_by("id")

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            instance = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
            if instance is None:
                raise Http404(f"no document with id {self.kwargs['pk']}")
            self._cached_object = instance
        return self._cached_object
