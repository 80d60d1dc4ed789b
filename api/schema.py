"""The OpenAPI 3 description of the partner API (drf-spectacular).

Wagtail's v2 viewsets build their serializers per request (from ``type`` and
``fields``), which drf-spectacular cannot see. So:

- every page type, and images and documents, get a component schema built
  from the same serializer the API uses with ``fields=*`` (``ClusterPage``,
  ``ClusterPageMeta``...); the fields of api/fields.py describe themselves
  (``openapi_schema``), Wagtail's own fields are described by the extensions
  below;
- a listing item or a page detail is ``anyOf`` the page types (the response
  depends on ``type`` and ``fields``; every property is optional and none
  other is allowed);
- the views' parameters and responses are declared with ``extend_schema``.
"""
import copy
import functools

from django.conf import settings
from drf_spectacular.drainage import isolate_view_method
from drf_spectacular.extensions import OpenApiAuthenticationExtension, OpenApiSerializerFieldExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, PolymorphicProxySerializer, extend_schema
from rest_framework import serializers
from wagtail.models import get_page_models

from . import filters
from .schema_constraints import apply_constraints
from .serializers import SHARED_SHAPES, ErrorSerializer, RenditionSetSerializer
from .views import MAX_OFFSET, DocumentsEndpoint, ImagesEndpoint, PagesEndpoint

# Components generated here: the post-processing hook makes them strict.
GENERATED_COMPONENTS = set()
ANY_OF_COMPONENTS = {"AnyPage"}


# --- Fields --------------------------------------------------------------------


class APIValueFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "api.fields.APIValueField"
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        refs = {name: auto_schema.resolve_serializer(shape, direction).ref for name, shape in SHARED_SHAPES.items()}
        refs["renditions"] = auto_schema.resolve_serializer(RenditionSetSerializer, direction).ref
        model = getattr(getattr(self.target, "parent", None), "schema_model", None)
        return self.target.openapi_schema(model, refs)


def _string_field_extension(class_path, schema):
    return type(
        class_path.rsplit(".", 1)[1] + "Extension",
        (OpenApiSerializerFieldExtension,),
        {"target_class": class_path, "map_serializer_field": lambda self, auto_schema, direction: dict(schema)},
    )


WAGTAIL_FIELD_EXTENSIONS = [
    _string_field_extension("wagtail.api.v2.serializers.TypeField", {"type": "string", "description": "e.g. wagtailimages.Image"}),
    _string_field_extension("wagtail.api.v2.serializers.PageTypeField", {"type": "string", "description": "e.g. clusters.ClusterPage"}),
    _string_field_extension("wagtail.api.v2.serializers.DetailUrlField", {"type": "string", "format": "uri"}),
    _string_field_extension("wagtail.api.v2.serializers.PageHtmlUrlField", {"type": "string", "nullable": True}),
    _string_field_extension("api.addresses.SameBaseHtmlUrlField", {"type": "string", "nullable": True}),
    _string_field_extension("wagtail.images.api.v2.serializers.ImageDownloadUrlField", {"type": "string"}),
    _string_field_extension("wagtail.documents.api.v2.serializers.DocumentDownloadUrlField", {"type": "string"}),
]


class APIKeyAuthenticationExtension(OpenApiAuthenticationExtension):
    target_class = "api.authentication.APIKeyAuthentication"
    name = "ApiKey"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "X-API-Key",
            "description": "Optional: raises the rate limit. `Authorization: Api-Key <key>` works too.",
        }


# --- Component schemas per model --------------------------------------------------


@functools.cache
def schema_serializer(endpoint, model):
    """A plain serializer with every field the endpoint can show for ``model``,
    meta fields nested under ``meta``, as documentation of the output."""
    from .router import api_router

    wagtail_serializer = endpoint._get_serializer_class(api_router, model, [("*", False, None)], show_details=True)
    meta_names = set(wagtail_serializer.meta_fields)
    body, meta = {}, {}
    for name, field in wagtail_serializer(context={}).fields.items():
        documented = copy.deepcopy(field)
        documented.required = False
        (meta if name in meta_names else body)[name] = documented
    name = model.__name__
    GENERATED_COMPONENTS.update({name, f"{name}Meta"})
    # schema_model: the model the fields describe (APIValueFieldExtension).
    meta_serializer = type(
        f"{name}MetaSerializer", (serializers.Serializer,), {**meta, "Meta": _ref(f"{name}Meta"), "schema_model": model}
    )
    attrs = {**body, "meta": meta_serializer(required=False), "Meta": _ref(name), "schema_model": model}
    if "id" in body:
        attrs["id"] = serializers.IntegerField(required=False)
    return type(f"{name}Serializer", (serializers.Serializer,), attrs)


def _ref(name):
    return type("Meta", (), {"ref_name": name})


def page_serializers():
    from wagtail.models import Page

    models = [Page] + [model for model in get_page_models() if model is not Page]
    return [schema_serializer(PagesEndpoint, model) for model in models]


def any_page(many=False):
    return PolymorphicProxySerializer(
        component_name="AnyPage", serializers=page_serializers, resource_type_field_name=None, many=many
    )


def listing(name, items):
    meta = type(f"{name}ListingMetaSerializer", (serializers.Serializer,), {
        "total_count": serializers.IntegerField(help_text="Items matching the filters, on all pages of results."),
        "Meta": _ref(f"{name}ListingMeta"),
    })
    return type(f"{name}ListingSerializer", (serializers.Serializer,), {"meta": meta(), "items": items, "Meta": _ref(f"{name}Listing")})


# --- Parameters and responses ----------------------------------------------------

LANGUAGES = [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]

COMMON_LISTING_PARAMETERS = [
    OpenApiParameter("limit", OpenApiTypes.INT, description="Items per response: 0 to 100 (default 20)."),
    OpenApiParameter("offset", OpenApiTypes.INT, description="Items to skip (default 0)."),
    OpenApiParameter(
        "fields",
        str,
        description=(
            "Fields to show besides the defaults, comma-separated: `fields=body,sectors`; `*` all fields; "
            "`-name` to leave one out; `_` no defaults (`fields=_,title`)."
        ),
    ),
    OpenApiParameter(
        "order",
        str,
        description="Field to order by (`-` for descending), comma-separated, or `random`; only single-valued fields.",
    ),
]

ETAG_HEADERS = [
    OpenApiParameter(
        "If-None-Match", str, OpenApiParameter.HEADER,
        description="An ETag from an earlier response: 304 Not Modified if unchanged.",
    ),
    OpenApiParameter("ETag", str, OpenApiParameter.HEADER, response=[200], description="Identifies this version of the response."),
    OpenApiParameter("Cache-Control", str, OpenApiParameter.HEADER, response=[200], description="public, max-age=60 for anonymous reads."),
]


def error(description):
    return OpenApiResponse(ErrorSerializer, description=description)


def responses(ok, *, not_found=True):
    documented = {
        200: ok,
        304: OpenApiResponse(description="Not modified: the If-None-Match ETag is still current."),
        400: error("Bad parameters: unknown parameter, field, type, locale, or a value that does not fit."),
        401: error("The API key is not valid or has been revoked."),
        429: error("Too many requests: wait for the seconds given by Retry-After."),
    }
    if not_found:
        documented[404] = error("No such object (or not live and public).")
    return documented


def _domain_parameter(domain_filter):
    types = ", ".join(filters.page_type_label(model) for model in domain_filter.supported_types())
    enum = domain_filter.choices if hasattr(domain_filter, "choices") else None
    return OpenApiParameter(
        domain_filter.parameter, str, enum=enum, description=f"{domain_filter.description} Applies to: {types}."
    )


@functools.cache
def page_type_names():
    return ", ".join(filters.page_type_label(model) for model in get_page_models())


def pages_listing_parameters():
    return [
        OpenApiParameter(
            "type", str,
            description="Page type(s), comma-separated; one type also returns its own fields: " + page_type_names(),
        ),
        OpenApiParameter("locale", str, enum=LANGUAGES, description="Only pages in this language. Alias: language."),
        OpenApiParameter(
            "search", str,
            description=(
                "Words to search for (at most 200 characters), in `locale`'s language or all; combined with every "
                "other filter, best match first unless `order` is given. Searchable types only."
            ),
        ),
        OpenApiParameter("search_operator", str, enum=["and", "or"], description="and (default): every word; or: any."),
        OpenApiParameter("child_of", str, description="Page id, or `root` (the home page of `locale`, else English). 404 if no such page."),
        OpenApiParameter("descendant_of", str, description="Page id, or `root`; not with child_of. 404 if no such page."),
        OpenApiParameter("ancestor_of", str, description="Page id. 404 if no such page."),
        OpenApiParameter("translation_of", str, description="Page id: its translations (not itself). 404 if no such page."),
        *[_domain_parameter(domain_filter) for domain_filter in filters.DOMAIN_FILTERS],
        OpenApiParameter("slug", str, description="Only pages with this slug."),
        OpenApiParameter("show_in_menus", bool),
        *COMMON_LISTING_PARAMETERS,
        *ETAG_HEADERS,
    ]


def offset_maximum(result):
    """``limit`` and ``offset`` bounds (drf-spectacular has no keyword for them)."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "limit" and parameter["in"] == "query":
                    parameter["schema"].update({"minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX})
                if parameter["name"] == "offset" and parameter["in"] == "query":
                    parameter["schema"].update({"minimum": 0, "maximum": MAX_OFFSET})


def postprocess(result, generator, request, public):
    """Make the generated components strict: no property is required (the
    client picks the fields), none other may appear."""
    schemas = result.get("components", {}).get("schemas", {})
    for name in GENERATED_COMPONENTS:
        if name in schemas:
            schemas[name].pop("required", None)
            schemas[name]["additionalProperties"] = False
    for name in ANY_OF_COMPONENTS:
        if name in schemas and "oneOf" in schemas[name]:
            schemas[name]["anyOf"] = schemas[name].pop("oneOf")
    offset_maximum(result)
    apply_constraints(result)
    return result


def only_api_endpoints(endpoints):
    """The partner API only: Wagtail's admin has DRF views of its own."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]


ID_PARAMETER = OpenApiParameter("id", int, OpenApiParameter.PATH)
DETAIL_PARAMETERS = [ID_PARAMETER, COMMON_LISTING_PARAMETERS[2], *ETAG_HEADERS]


def extend_schema_view(**actions):
    """drf-spectacular's ``extend_schema_view`` only knows DRF's action names;
    Wagtail's viewsets have their own (listing_view, detail_view...)."""

    def decorate(view):
        for action, decorator in actions.items():
            decorator(isolate_view_method(view, action))
        return view

    return decorate


def document_endpoints():
    """Attach the descriptions to the views (called once, from AppConfig.ready)."""
    extend_schema_view(
        listing_view=extend_schema(
            operation_id="pages_list",
            summary="List pages",
            description=(
                "Live, public pages. Default fields: id, type, title, html_url, slug, locale, "
                "translations; with a single `type`, `fields=*` shows all of that type's fields."
            ),
            parameters=pages_listing_parameters(),
            responses=responses(listing("Page", any_page(many=True))),
            tags=["pages"],
        ),
        detail_view=extend_schema(
            operation_id="pages_retrieve",
            summary="One page, with all its fields",
            description=(
                "A live, public page with every field of its type (choose with `fields`). Drafts, pages in "
                "private sections and unknown ids are a 404."
            ),
            parameters=DETAIL_PARAMETERS,
            responses=responses(any_page()),
            tags=["pages"],
        ),
        find_view=extend_schema(
            operation_id="pages_find",
            summary="Find a page by id or by its path on the site, e.g. /de/cluster/cewind/",
            parameters=[
                OpenApiParameter("html_path", str, description="The page's path on the site."),
                OpenApiParameter("id", int),
                COMMON_LISTING_PARAMETERS[2],
            ],
            responses={
                302: OpenApiResponse(description="Redirect to the page's detail URL."),
                400: error("Bad parameters."),
                401: error("The API key is not valid or has been revoked."),
                404: error("No live, public page there."),
                429: error("Too many requests."),
            },
            tags=["pages"],
        ),
    )(PagesEndpoint)

    for endpoint, label in ((ImagesEndpoint, "images"), (DocumentsEndpoint, "documents")):
        item = lambda endpoint=endpoint: schema_serializer(endpoint, endpoint.model)  # noqa: E731
        name = endpoint.model.__name__
        extend_schema_view(
            listing_view=extend_schema(
                operation_id=f"{label}_list",
                summary=f"List {label}",
                description=f"{label.capitalize()} outside restricted collections.",
                parameters=[
                    OpenApiParameter("tags", str, description="Only items with these tags, comma-separated (all of them)."),
                    *COMMON_LISTING_PARAMETERS,
                    *ETAG_HEADERS,
                ],
                responses=responses(listing(name, item()(many=True)), not_found=False),
                tags=[label],
            ),
            detail_view=extend_schema(
                operation_id=f"{label}_retrieve",
                summary=f"One of the {label}",
                parameters=DETAIL_PARAMETERS,
                responses=responses(item()),
                tags=[label],
            ),
            find_view=extend_schema(exclude=True),
        )(endpoint)


def document_preview_endpoint():
    from .preview import PreviewEndpoint

    extend_schema_view(
        preview_view=extend_schema(
            operation_id="preview_retrieve",
            summary="A draft, through a headless preview token",
            description="The token comes from \"Headless preview\" in the page editor; it expires.",
            parameters=[
                OpenApiParameter("token", str, required=True, description="The signed preview token."),
                COMMON_LISTING_PARAMETERS[2],
            ],
            responses={
                200: any_page(),
                400: error("Missing token, or bad parameters."),
                401: error("The API key is not valid or has been revoked."),
                403: error("The token is not valid or has expired."),
                404: error("The page or revision no longer exists."),
                429: error("Too many requests."),
            },
            tags=["preview"],
        ),
    )(PreviewEndpoint)
