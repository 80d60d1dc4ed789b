"""The real constraints of the API's query parameters, written into the
OpenAPI schema so that every request the schema allows is answered (and
every request it forbids is refused): a client generated from the schema, or
schemathesis's ``--checks all``, finds no gap between the two.

Run as a drf-spectacular post-processing hook (api/schema.py). Values that
depend on another parameter (a type's own fields with ``type=``, say) are
described in words; the patterns list what every page type accepts.
"""
import re

from django.conf import settings
from wagtail.models import Page, get_page_models

# No parameter may carry a NUL byte (PostgreSQL cannot store or compare one).
NO_NUL = "^[^\\u0000]*$"
PAGE_ID = "[1-9][0-9]{0,8}"


def _alternatives(names):
    return "(?:" + "|".join(re.escape(name) for name in sorted(names, key=lambda n: (-len(n), n))) + ")"


def fields_pattern(names, defaults):
    """``fields``: empty, ``*``, ``_``, names (after an optional ``_,``), or
    ``-name``s of fields shown by default (``id`` stays)."""
    name = _alternatives(names)
    removable = _alternatives(set(defaults) - {"id"})
    return f"^(?:|\\*|_|(?:_,)?{name}(?:,{name})*|-{removable}(?:,-{removable})*)$"


def order_pattern(names):
    """``order``: one or more fields, each optionally descending, or ``random``."""
    name = "-?" + _alternatives(names)
    return f"^(?:|random|{name}(?:,{name})*)$"


def list_pattern(values, allow_empty=False):
    """A comma-separated list of known values (any of them)."""
    value = _alternatives(values)
    return f"^(?:{value}(?:,{value})*){'?' if allow_empty else ''}$"


def _common(sets):
    sets = [set(names) for names in sets]
    return set.intersection(*sets) if sets else set()


def page_constraints():
    from . import filters
    from .views import PagesEndpoint

    models = [Page] + [model for model in get_page_models() if model is not Page]
    listing_fields = _common(PagesEndpoint.get_available_fields(model) for model in models)
    listing_fields -= {"id"}  # always shown; naming it is allowed, removing it is not
    order_fields = _common(filters.orderable_fields(PagesEndpoint, model) for model in models)
    types = [filters.page_type_label(model) for model in models]
    return {
        "fields": {"pattern": fields_pattern(listing_fields | {"id"}, PagesEndpoint.listing_default_fields)},
        "order": {"pattern": order_pattern(order_fields)},
        "type": {"pattern": list_pattern(types, allow_empty=True)},
        "child_of": {"pattern": f"^(?:{PAGE_ID}|root)$"},
        "descendant_of": {"pattern": f"^(?:{PAGE_ID}|root)$"},
        "ancestor_of": {"pattern": f"^{PAGE_ID}$"},
        "translation_of": {"pattern": f"^{PAGE_ID}$"},
        "country": {"pattern": list_pattern(filters.COUNTRY_CODES)},
        "sector": {"pattern": list_pattern(_term_slugs("sector")) if _term_slugs("sector") else "^[a-z0-9-]+$"},
        "theme": {"pattern": list_pattern(_term_slugs("theme")) if _term_slugs("theme") else "^[a-z0-9-]+$"},
        "limit": {"minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
        "search": {"maxLength": 200, "pattern": NO_NUL},
    }


def _term_slugs(kind):
    """The sector or theme slugs there are, when the schema is built with a database at hand."""
    from taxonomy.models import Sector, Theme

    model = {"sector": Sector, "theme": Theme}[kind]
    try:
        return sorted(set(model.objects.values_list("slug", flat=True)))
    except Exception:  # no database (schema built at import time in tests): slugs in words only
        return []


def media_constraints(endpoint):
    from . import filters

    model = endpoint.model
    return {
        "fields": {"pattern": fields_pattern(set(endpoint.get_available_fields(model)), endpoint.listing_default_fields)},
        "order": {"pattern": order_pattern(filters.orderable_fields(endpoint, model))},
        "tags": {"pattern": NO_NUL},
    }


def constraints_by_path():
    from search.api import FACETS_PATTERN
    from search.facets import FACETS

    from .views import DocumentsEndpoint, ImagesEndpoint, PagesEndpoint

    pages = page_constraints()
    page_fields = _all_page_fields(PagesEndpoint)
    detail = {"fields": {"pattern": fields_pattern(page_fields, page_fields)}}
    images, documents = media_constraints(ImagesEndpoint), media_constraints(DocumentsEndpoint)
    facet_values = {}
    for name, facet in FACETS.items():
        try:
            known = sorted(facet.known_values())
        except Exception:
            known = []
        if known:
            facet_values[name] = {"items": {"type": "string", "enum": known}}
    return {
        "/api/v2/pages/": pages,
        "/api/v2/pages/{id}/": detail,
        "/api/v2/pages/find/": {**detail, "html_path": {"pattern": NO_NUL}, "id": {"minimum": 1, "maximum": 2**31 - 1}},
        "/api/v2/preview/": {**detail, "token": {"pattern": "^[A-Za-z0-9_:.-]+$"}},
        "/api/v2/images/": images,
        "/api/v2/images/{id}/": {"fields": {"pattern": _detail_fields_pattern(ImagesEndpoint)}},
        "/api/v2/documents/": documents,
        "/api/v2/documents/{id}/": {"fields": {"pattern": _detail_fields_pattern(DocumentsEndpoint)}},
        "/api/v2/search/": {
            "q": {"maxLength": 200, "pattern": NO_NUL},
            "limit": {"minimum": 1, "maximum": 100},
            "page": {"minimum": 1, "maximum": 100},  # search.api.MAX_PAGE
            "facets": {"pattern": f"^{FACETS_PATTERN}$"},
            **facet_values,
        },
        "/api/v2/search/autocomplete/": {
            "q": {"minLength": 1, "maxLength": 100, "pattern": "^[^\\u0000]*[^\\u0000\\s][^\\u0000]*$"},
            "limit": {"minimum": 1, "maximum": 100},
        },
    }


def _detail_fields_pattern(endpoint):
    names = set(endpoint.get_available_fields(endpoint.model))
    return fields_pattern(names, names)


def _all_page_fields(endpoint):
    models = [Page] + [model for model in get_page_models() if model is not Page]
    return _common(endpoint.get_available_fields(model) for model in models)


def apply_constraints(result):
    """Write the constraints into ``result`` (a generated OpenAPI document);
    every other string query parameter at least refuses NUL bytes."""
    constraints = constraints_by_path()
    for path, operations in result.get("paths", {}).items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] != "query":
                    continue
                schema = parameter["schema"]
                extra = constraints.get(path, {}).get(parameter["name"])
                if extra:
                    schema.update(extra)
                elif schema.get("type") == "string" and "enum" not in schema and "pattern" not in schema:
                    schema["pattern"] = NO_NUL
