"""Which pages match a text, best first, without the rest of a results page.

The partner API's stock Wagtail parameter ``/api/v2/pages/?search=...``
combines a text with the listing's own filters (type, locale, child_of,
sector...): the engine (or, without one, the database) says which pages
match and in what order, and the listing's query narrows them down. Same
analysis, typo tolerance and visibility rule as the search page; only the
ids travel.
"""
import logging

from wagtail.models import Locale, Page

from website.visibility import public_pages

from .database_search import plain_words
from .engine import SearchEngineRefused, SearchEngineUnavailable, engine_errors, get_engine, uses_engine
from .index import alias_name
from .params import split_query
from .profile import searchable_models
from .query import text_query

logger = logging.getLogger(__name__)

OPERATORS = ("and", "or")
# A listing ranks at most this many matches; a text that matches more is too
# vague to be useful in relevance order, and the rest are the least relevant.
MAX_MATCHES = 1000


def _engine_query(text, languages, operator):
    if operator == "and":
        return text_query(text, languages)
    phrases, words = split_query(text)
    parts = [text_query(word, languages) for word in words] + [text_query(f'"{p}"', languages) for p in phrases]
    return {"bool": {"should": parts, "minimum_should_match": 1}} if parts else {"match_all": {}}


def _engine_matches(text, languages, operator, limit):
    body = {
        "query": {"bool": {"must": [_engine_query(text, languages, operator)], "filter": [{"terms": {"language": languages}}]}},
        "_source": ["page_id"],
        "size": limit,
    }
    try:
        with engine_errors():
            response = get_engine().search(alias_name(), body)
    except SearchEngineRefused as error:
        # An index missing or refusing the query: as good as no engine here,
        # the database answers. Anything else (a bug) is not hidden.
        raise SearchEngineUnavailable(str(error)) from error
    return [hit["_source"]["page_id"] for hit in response["hits"]["hits"]]


def _database_matches(text, languages, operator, limit):
    words = plain_words(text)
    if not words:
        return []
    locales = Locale.objects.filter(language_code__in=languages)
    pages = Page.objects.live().type(*searchable_models()).filter(locale__in=locales)
    found = pages.search(" ".join(words), backend="default", operator=operator)[:limit]
    return [page.pk for page in found]


def matching_page_ids(text, languages, operator="and", limit=MAX_MATCHES):
    """Ids of the public pages in ``languages`` matching ``text``, best first
    (at most ``limit``). ``operator``: every word must match ("and") or any
    ("or"). Falls back to the database when the engine does not answer."""
    if operator not in OPERATORS:
        raise ValueError(f"operator must be one of {OPERATORS}")
    if not uses_engine():
        ranked = _database_matches(text, languages, operator, limit)
    else:
        try:
            ranked = _engine_matches(text, languages, operator, limit)
        except SearchEngineUnavailable as error:
            logger.warning("Search engine unavailable, matching in the database: %s", error)
            ranked = _database_matches(text, languages, operator, limit)
    visible = set(public_pages(Page.objects.filter(pk__in=ranked, alias_of__isnull=True)).values_list("pk", flat=True))
    return [page_id for page_id in ranked if page_id in visible]
