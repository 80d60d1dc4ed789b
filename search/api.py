"""The search endpoints of the partner API: /api/v2/search/ and
/api/v2/search/autocomplete/. They share the HTML page's query path
(search/service.py) and the partner API's machinery (keys, throttling, JSON
errors, ETags: api.views.PartnerAPIView). Where the HTML page corrects bad
input, the API refuses it with a 400 and a message."""
import re

from django.conf import settings
from django.utils.functional import lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import APIException, NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from api.parameters import LOCALE_PARAMETERS, ConflictingParameters, requested_locale, unknown_parameters
from api.schema import ETAG_HEADERS, responses
from api.views import FastJSONRenderer, PartnerAPIView

from .facets import FACETS
from .params import ALL_LANGUAGES, PAGE_SIZE, SORTS, parse_search_params
from .profile import type_labels
from .query import SearchRequestRejected
from .service import search, suggest

MAX_LIMIT = 100


class BadRequestError(APIException):
    """A 400 with a message; the partner API's error handler makes it JSON."""

    status_code = 400
    default_code = "bad_request"


SEARCH_PARAMETERS = {"q", *LOCALE_PARAMETERS, "sort", "page", "limit", "facets", *FACETS}
# ``facets=*`` (or ``all``) counts every facet; aggregations cost engine time,
# so without ``facets`` none is counted (issue 11).
ALL_FACETS = ("*", "all")
LANGUAGE_CHOICES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES] + [ALL_LANGUAGES]


def _type_help():
    """The page types' keys, from their search profiles (read when the schema is rendered)."""
    return "The page type: " + ", ".join(type_labels()) + "."


class SearchHitSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="page_id")
    title = serializers.CharField()
    url = serializers.CharField(help_text="The page's path on the site, e.g. /de/cluster/windcomm-schleswig-holstein/.")
    locale = serializers.CharField(source="language", help_text="The page's language, as meta.locale in /api/v2/pages/.")
    language = serializers.CharField(help_text="Alias of locale (kept for earlier clients).")
    type = serializers.CharField(source="content_type", help_text=lazy(_type_help, str)())
    summary = serializers.CharField(allow_blank=True)
    snippet = serializers.CharField(
        allow_blank=True, help_text="HTML: an excerpt, escaped, with the matching words in <mark> elements."
    )
    date = serializers.CharField(allow_null=True, help_text="ISO date: an event's start, otherwise the last publication.")
    promoted = serializers.BooleanField(help_text="Chosen by the editors for this query; listed first.")
    translation_key = serializers.CharField(allow_blank=True)
    found_in = serializers.CharField(
        allow_blank=True,
        help_text="Set when the page matched in another language than its own (cross-language results): "
        "that language. Empty for matches in the page's own language.",
    )


class FacetValueSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


# One list of values per facet of search/facets.py, so that a new facet
# reaches the API (and its schema) without a change here. Only the facets
# named in ``facets`` are present.
FacetsSerializer = type(
    "FacetsSerializer",
    (serializers.Serializer,),
    {
        "__doc__": "Only the facets named in ``facets`` are present.",
        **{
            name: FacetValueSerializer(many=True, required=False, help_text=f"The values of the {name} facet, with counts.")
            for name in FACETS
        },
    },
)


class SearchMetaSerializer(serializers.Serializer):
    query = serializers.CharField(allow_blank=True)
    locale = serializers.CharField(source="language", help_text="The language searched, or all.")
    language = serializers.CharField(help_text="Alias of locale (kept for earlier clients).")
    filters = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))
    sort = serializers.ChoiceField(choices=SORTS)
    page = serializers.IntegerField()
    limit = serializers.IntegerField()
    total_count = serializers.IntegerField()
    page_count = serializers.IntegerField()
    languages = serializers.DictField(child=serializers.IntegerField(), help_text="Hits per language with the same filters.")
    backend = serializers.ChoiceField(choices=["engine", "database"], help_text="database: the engine was unavailable.")
    notices = serializers.ListField(child=serializers.CharField())
    suggestion = serializers.CharField(
        allow_blank=True, help_text="Did you mean: a corrected query when the search found nothing, else empty."
    )


class SearchResponseSerializer(serializers.Serializer):
    meta = SearchMetaSerializer()
    items = SearchHitSerializer(many=True)
    facets = FacetsSerializer()


class SuggestionSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.CharField()
    type = serializers.CharField(source="content_type")


class AutocompleteResponseSerializer(serializers.Serializer):
    items = SuggestionSerializer(many=True)


# The answers are written as plain dicts in the serializers' shapes above
# (which document them in the schema; tests/api/test_schema.py checks every
# answer against it): DRF's serializers cost more per search than the
# database's part of it (issue 11).


def hit_representation(hit):
    """A SearchHit as SearchHitSerializer describes it."""
    return {
        "id": int(hit.page_id), "title": str(hit.title), "url": str(hit.url), "locale": str(hit.language),
        "language": str(hit.language), "type": str(hit.content_type), "summary": str(hit.summary),
        "snippet": str(hit.snippet), "date": None if hit.date is None else str(hit.date),
        "promoted": bool(hit.promoted), "translation_key": str(hit.translation_key), "found_in": str(hit.found_in),
    }


def facet_value_representation(value):
    """A FacetValue as FacetValueSerializer describes it."""
    return {"value": str(value.value), "label": str(value.label), "count": value.count, "selected": value.selected}


def _check_unknown_parameters(request, known):
    unknown = unknown_parameters(request, known)
    if unknown:
        raise BadRequestError(f"unknown parameter(s): {', '.join(unknown)}")


def _language(request):
    """The content language of ``locale`` (or its alias ``language``), default English."""
    try:
        language = requested_locale(request) or settings.LANGUAGE_CODE
    except ConflictingParameters as error:
        raise BadRequestError(str(error)) from None
    if language not in LANGUAGE_CHOICES:
        raise BadRequestError(f"unknown locale '{language}'; use one of: {', '.join(LANGUAGE_CHOICES)}")
    return language


# The engine serves the first 10,000 hits of a search (its max_result_window);
# at the largest page size that is 100 pages. The schema states the same bound,
# so a request the schema allows is never refused by the engine.
MAX_PAGE = 10_000 // MAX_LIMIT


def _check_page(request):
    """The API is stricter than the HTML page, which corrects a bad page number."""
    raw = request.GET.get("page")
    if raw is not None and not (raw.isascii() and raw.isdigit()):
        raise BadRequestError("page must be a whole number from 1")
    if raw is not None and int(raw) > MAX_PAGE:
        raise BadRequestError(
            f"page {int(raw)} is beyond the deepest the search serves (page {MAX_PAGE}): narrow the search instead."
        )


_FACET_NAME = "(?:" + "|".join(FACETS) + ")"
# What ``facets`` accepts, also written into the OpenAPI schema (api/schema_constraints.py).
FACETS_PATTERN = rf"(?:|\*|all|{_FACET_NAME}(?:,{_FACET_NAME})*)"


def requested_facets(request):
    """The facets to count: ``facets=type,sector`` names them, ``*`` or ``all`` asks for every one."""
    raw = request.GET.get("facets")
    if raw is None:
        return ()
    if not re.fullmatch(FACETS_PATTERN, raw):
        raise BadRequestError(f"facets must be a comma-separated list of {', '.join(FACETS)} (or * for all)")
    if raw in ALL_FACETS:
        return tuple(FACETS)
    names = set(raw.split(","))
    return tuple(name for name in FACETS if name in names)


def _limit(request):
    raw = request.GET.get("limit")
    if raw is None:
        return PAGE_SIZE
    try:
        limit = int(raw)
    except ValueError:
        raise BadRequestError("limit must be a whole number") from None
    if not 1 <= limit <= MAX_LIMIT:
        raise BadRequestError(f"limit must be between 1 and {MAX_LIMIT}")
    return limit


FACET_PARAMETERS = [
    OpenApiParameter(name, str, many=True, description=f"Filter by {facet.label}; repeat for several values (any of them).")
    for name, facet in FACETS.items()
]


class SearchView(PartnerAPIView, APIView):
    """Full-text search over the published pages, with facets and highlighted snippets."""

    renderer_classes = [FastJSONRenderer]

    @extend_schema(
        operation_id="search",
        summary="Search pages",
        description=(
            "Full-text search in one language (default English) or all (`locale=all`), with typo tolerance, "
            "quoted phrases, facet counts computed with the other filters applied, and editors' promoted pages first."
        ),
        parameters=[
            OpenApiParameter("q", str, description="Words to search for; quote a phrase. Empty: browse by filters."),
            OpenApiParameter("locale", str, enum=LANGUAGE_CHOICES, description="Content language, or all (default en). Alias: language."),
            OpenApiParameter("sort", str, enum=list(SORTS), description="relevance (default) or date (newest first)."),
            OpenApiParameter("page", OpenApiTypes.INT, description=f"Results page, 1 to {MAX_PAGE}."),
            OpenApiParameter("limit", OpenApiTypes.INT, description=f"Results per page: 1 to {MAX_LIMIT} (default {PAGE_SIZE})."),
            OpenApiParameter(
                "facets", str,
                description="Facets to count, comma-separated (" + ", ".join(FACETS) + "), or * for all. Default: none.",
            ),
            *FACET_PARAMETERS,
            *ETAG_HEADERS,
        ],
        responses=responses(SearchResponseSerializer),
    )
    def get(self, request):
        _check_unknown_parameters(request, SEARCH_PARAMETERS)
        _check_page(request)
        params, problems = parse_search_params(request.GET, _language(request), page_size=_limit(request))
        if problems:
            raise BadRequestError(" ".join(str(problem) for problem in problems))
        params.facets = requested_facets(request)
        try:
            results = search(params)
        except SearchRequestRejected as error:
            raise BadRequestError(str(error.message)) from None
        if params.page > results.page_count:
            # Like a detail that does not exist: the request is well-formed, the page of results is not there.
            raise NotFound(f"page {params.page} is beyond the last page of results ({results.page_count})")
        return Response({
            "meta": {
                "query": params.query, "locale": params.language, "language": params.language,
                "filters": {name: [str(value) for value in values] for name, values in params.filters.items()},
                "sort": params.sort, "page": params.page, "limit": params.page_size, "total_count": results.total,
                "page_count": results.page_count, "languages": results.languages, "backend": results.backend,
                "notices": [str(notice) for notice in results.notices], "suggestion": results.suggestion,
            },
            "items": [hit_representation(hit) for hit in results.hits],
            # The database fallback counts every facet; the answer has the requested ones.
            "facets": {
                name: [facet_value_representation(value) for value in values]
                for name, values in results.facets.items() if name in params.facets
            },
        })


class AutocompleteView(PartnerAPIView, APIView):
    """Title suggestions for a search box."""

    renderer_classes = [FastJSONRenderer]

    @extend_schema(
        operation_id="search_autocomplete",
        summary="Autocomplete titles",
        description="Up to 10 titles in one language whose words start with what was typed.",
        parameters=[
            OpenApiParameter("q", str, required=True, description="What the visitor has typed so far (1 to 100 characters)."),
            OpenApiParameter("locale", str, enum=LANGUAGE_CHOICES[:-1], description="Content language (default en). Alias: language."),
            OpenApiParameter("limit", OpenApiTypes.INT, description="At most this many suggestions: 1 to 10 (default 10)."),
            *ETAG_HEADERS,
        ],
        responses=responses(AutocompleteResponseSerializer, not_found=False),
    )
    def get(self, request):
        _check_unknown_parameters(request, {"q", *LOCALE_PARAMETERS, "limit"})
        prefix = request.GET.get("q", "").strip()
        if not prefix:
            raise BadRequestError("q is required: the beginning of a title")
        if len(prefix) > 100:
            raise BadRequestError("q can be at most 100 characters long")
        language = _language(request)
        if language == ALL_LANGUAGES:
            raise BadRequestError("autocomplete works in one language at a time")
        limit = min(_limit(request), 10)
        return Response({"items": [
            {"title": str(item["title"]), "url": str(item["url"]), "type": str(item["content_type"])}
            for item in suggest(prefix, language, limit)
        ]})
