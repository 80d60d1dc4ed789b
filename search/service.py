"""Answering a search request: editors' promotions first, then the engine's
results — or the database's, when the engine is not configured or does not
answer — checked against the database in one query so that a page unpublished
a moment ago never shows up."""
import logging

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from website.visibility import public_pages, visible_page_ids

from .breaker import engine_breaker
from .database_search import database_search, plain_words
from .engine import SearchEngineRefused, SearchEngineUnavailable, uses_engine
from .profile import page_summary, profile_of, searchable_models
from .query import SearchRequestRejected, autocomplete, engine_search
from .results import SearchHit

logger = logging.getLogger(__name__)

DEGRADED_NOTICE = _(
    "The search service is temporarily unavailable, so these results come from a simpler search. "
    "They may be less complete."
)


def promoted_keys(params):
    """Translation keys of the editors' promoted pages for this query, in their order."""
    if not params.query:
        return []
    keys = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(params.query), page__isnull=False)
        .order_by("sort_order")
        .values_list("page__translation_key", flat=True)
    )
    return [str(key) for key in dict.fromkeys(keys)]


def promoted_hits(params):
    """Editors' promoted pages for this query, in the visitor's language where
    translated, for the database's results (the engine's results hold them
    already, filtered and counted like any hit: search/query.py)."""
    if not params.query or params.page != 1:
        return []
    keys = promoted_keys(params)
    if not keys:
        return []
    candidates = (
        public_pages(Page.objects.filter(translation_key__in=keys, alias_of__isnull=True))
        .select_related("locale").specific()
    )
    by_key = {}
    for page in candidates:
        current = by_key.get(page.translation_key)
        in_language = page.locale.language_code in params.languages
        if current is None or (in_language and current.locale.language_code not in params.languages):
            by_key[page.translation_key] = page
    hits = []
    for key in keys:
        page = by_key.get(key)
        profile = profile_of(page) if page is not None else None
        if profile is None:
            continue
        hits.append(SearchHit(
            page_id=page.pk, language=page.locale.language_code, content_type=profile.key,
            title=page.title, url=page.get_url(), summary=page_summary(page), snippet="", date=None, promoted=True,
            translation_key=str(key),
        ))
    return hits


def ask_engine(question, *args):
    """``question(*args)`` on the engine, through the circuit breaker (search/breaker.py).
    Raises SearchEngineUnavailable when the engine fails or the breaker is open."""
    breaker = engine_breaker()
    if not breaker.allow():
        raise SearchEngineUnavailable("not asked: it failed repeatedly a moment ago (circuit breaker open)")
    try:
        answer = question(*args)
    except SearchRequestRejected:
        breaker.succeeded()  # it answered: the request was wrong, not the engine
        raise
    except SearchEngineUnavailable as error:
        if is_outage(error):
            breaker.failed()
        else:
            breaker.succeeded()  # it answered, refusing this one question
        raise
    breaker.succeeded()
    return answer


def is_outage(error):
    """Whether a SearchEngineUnavailable means the engine is down, hung or
    overloaded (search/engine.py's classification), not that it answered by
    refusing one request (SearchEngineRefused, e.g. a query it cannot run)."""
    return not isinstance(error.__cause__, SearchEngineRefused)


def search(params, engine=True):
    """Answer a search: promoted pages first, then the engine's hits, or the
    database's when there is no engine, it does not answer, the circuit breaker
    is open, or ``engine`` is False (e.g. the second search of a request whose
    first one already fell back). A search the engine refuses as asked raises
    SearchRequestRejected (search/query.py): the request must change."""
    results = None
    if uses_engine() and engine:
        try:
            results = ask_engine(engine_search, params, promoted_keys(params))
        except SearchEngineUnavailable as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
    promoted = []
    if results is None:
        promoted = promoted_hits(params)
        results = database_search(params)
        if uses_engine():
            results.notices.append(DEGRADED_NOTICE)
    promoted_ids = {hit.page_id for hit in promoted}
    visible = visible_page_ids(hit.page_id for hit in results.hits)
    results.hits = promoted + [hit for hit in results.hits if hit.page_id in visible and hit.page_id not in promoted_ids]
    return results


def database_suggestions(prefix, language, limit=10):
    """Autocomplete on Wagtail's database backend: titles in one language."""
    words = plain_words(prefix)
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or not words:
        return []
    pages = public_pages(Page.objects.type(*searchable_models()).filter(locale=locale))
    found = list(pages.autocomplete(" ".join(words), backend="default")[: limit * 2])
    aliases = set(Page.objects.filter(pk__in=[p.pk for p in found], alias_of__isnull=False).values_list("pk", flat=True))
    suggestions = []
    for page in found:
        if page.pk in aliases:
            continue
        profile = profile_of(page.specific_class)
        suggestions.append({
            "title": page.title,
            "url": page.get_url(),
            "content_type": profile.key if profile else "page",
        })
    return suggestions[:limit]


def suggest(prefix, language, limit=10):
    """Up to ``limit`` title suggestions for what a visitor has typed so far;
    from the engine, or the database when there is no engine or it is down."""
    if not uses_engine():
        return database_suggestions(prefix, language, limit)
    try:
        found = ask_engine(autocomplete, prefix, language, limit)
    except SearchEngineUnavailable as error:
        logger.warning("Search engine unavailable, suggesting from the database: %s", error)
        return database_suggestions(prefix, language, limit)
    # The index may lag behind an unpublish or a new view restriction until
    # the worker drains the outbox: only pages the public may see now.
    visible = visible_page_ids(suggestion["page_id"] for suggestion in found)
    return [
        {"title": item["title"], "url": item["url"], "content_type": item["content_type"]}
        for item in found
        if item["page_id"] in visible
    ]
