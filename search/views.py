"""The search page at /<lang>/search/ and its autocomplete suggestions.

Works without JavaScript: the form is a plain GET form, facets are links.
Bad input never fails the page: it is corrected and the visitor is told.
"""
import datetime

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .facets import FACETS
from .params import ALL_LANGUAGES, parse_search_params, printable
from .profile import type_labels
from .query import SearchRequestRejected
from . import service


def querystring(params, **changes):
    """The query string for ``params`` with ``changes`` (facet lists, page, ...)."""
    values = {"q": params.query, "language": params.language, "sort": params.sort, "page": params.page}
    filters = dict(params.filters)
    for key, value in changes.items():
        if key in FACETS:
            filters[key] = value
        else:
            values[key] = value
    pairs = [(key, value) for key, value in values.items() if value not in ("", None)]
    if values.get("page") == 1:
        pairs = [(k, v) for k, v in pairs if k != "page"]
    if values.get("sort") == "relevance":
        pairs = [(k, v) for k, v in pairs if k != "sort"]
    for name, selected in filters.items():
        pairs += [(name, value) for value in selected]
    return "?" + urlencode(pairs)


def _facet_links(params, facets):
    linked = {}
    for name, values in facets.items():
        selected = params.filters.get(name, [])
        for value in values:
            toggled = [v for v in selected if v != value.value] if value.selected else selected + [value.value]
            value.url = querystring(params, page=1, **{name: toggled})
        linked[name] = {"label": FACETS[name].label, "values": values}
    return linked


def search_page(request):
    language = translation.get_language()
    params, problems = parse_search_params(request.GET, language)
    try:
        results = service.search(params)
    except SearchRequestRejected as error:
        # E.g. a page beyond the engine's deepest: say so and show the first page.
        problems.append(str(error.message))
        params.page = 1
        results = service.search(params)
    if params.page > results.page_count:
        problems.append(_("There are only %(n)d pages of results; showing the last one.") % {"n": results.page_count})
        params.page = results.page_count
        # The same backend again: an engine that just failed is not waited for twice.
        results = service.search(params, engine=results.backend == "engine")

    names = dict(settings.LANGUAGES)
    labels = type_labels()
    for hit in results.hits:
        hit.type_label = labels.get(hit.content_type, hit.content_type)
        hit.language_name = names.get(hit.language, hit.language)
        hit.found_in_name = names.get(hit.found_in, hit.found_in)
        hit.date_value = datetime.date.fromisoformat(hit.date[:10]) if hit.date else None
    other_languages = [
        {"code": code, "name": names.get(code, code), "count": count, "url": querystring(params, language=code, page=1)}
        for code, count in sorted(results.languages.items())
        if code not in params.languages and count
    ]
    label_language = params.languages[0] if len(params.languages) == 1 else language
    active_filters = [
        {
            "facet": FACETS[name].label,
            "value": FACETS[name].labels(label_language).get(value, value),
            "url": querystring(params, page=1, **{name: [v for v in values if v != value]}),
        }
        for name, values in params.filters.items()
        for value in values
    ]
    context = {
        "params": params,
        "results": results,
        "facets": _facet_links(params, results.facets),
        "notices": [str(problem) for problem in problems] + [str(notice) for notice in results.notices],
        "other_languages": other_languages,
        "active_filters": active_filters,
        "clear_filters_url": querystring(params, page=1, **{name: [] for name in FACETS}),
        "all_languages_url": querystring(params, language=ALL_LANGUAGES, page=1),
        "searching_all_languages": params.language == ALL_LANGUAGES,
        "previous_url": querystring(params, page=params.page - 1) if params.page > 1 else None,
        "next_url": querystring(params, page=params.page + 1) if params.page < results.page_count else None,
        "language_names": names,
        "sort_urls": {sort: querystring(params, sort=sort, page=1) for sort in ("relevance", "date")},
        "suggestion_url": querystring(params, q=results.suggestion, page=1) if results.suggestion else None,
    }
    return TemplateResponse(request, "search/search_page.html", context)


def suggest(request):
    """Autocomplete for the search box: JSON list of {title, url, content_type}."""
    prefix = printable(request.GET.get("q", ""))[:100]
    return JsonResponse({"suggestions": service.suggest(prefix, translation.get_language())})
