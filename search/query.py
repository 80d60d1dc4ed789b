"""The query builder: one request to the engine answers a search completely —
hits with highlighted snippets, editors' promotions and exact facet counts
(each facet counted with every other active filter applied, so a visitor can
combine values). Only a search in one language that finds (almost) nothing
makes a second request: the other languages' hits, their counts per language
and, when nothing was found, a corrected query ("did you mean").
How the words are matched and weighed: search/text_query.py.
"""
from django.utils.translation import gettext_lazy as _

from .engine import SearchEngineRefused, SearchEngineUnavailable, engine_errors, get_engine
from .facets import FACETS, PAGES_SUBAGGREGATION
from .index import LANGUAGES, alias_name, language_field, spelling_field
from .params import ALL_LANGUAGES, SYNTAX_CHARACTERS, split_query
from .results import FacetValue, SearchHit, SearchResults
from .text_query import TYPO_MIN_LENGTH, is_stop_word, text_query

SNIPPET_LENGTH = 180
SOURCE_FIELDS = ["page_id", "translation_key", "language", "content_type", "title", "url", "summary", "date"]
# Promoted pages score this much (times their rank from the end) above any text match.
PROMOTED_BOOST = 10_000
# A search in one language that finds fewer hits than this also searches the
# other languages, and lists their pages after its own (see wants_other_languages).
CROSS_LANGUAGE_BELOW = 3
# Typo tolerance costs engine time on every word long enough for it (a fuzzy
# search is several times an exact one on the bench corpus), so a search
# first runs exact (stemmed, folded) and asks again with typo tolerance only
# when that finds fewer hits than this (issue 11). A typo in any word of an
# all-words query finds nothing exact, so it still gets its fuzzy answer; and
# with one or two exact hits the pages spelt one letter off are shown too,
# ranked after them (issue 14, class 3).
FUZZY_BELOW_HITS = 3


def filter_clauses(params, skip=None):
    clauses = []
    for name, values in params.filters.items():
        if name != skip:
            clauses.append(FACETS[name].filter_clause(values))
    return clauses


def language_clause(params):
    return {"terms": {"language": params.languages}}


def promoted_clauses(promoted_keys):
    """Editors' promotions as part of the query: the promoted pages match
    whatever the words, above every other hit (in the editors' order), and
    go through the same filters and counts as any hit."""
    count = len(promoted_keys)
    return [
        {"constant_score": {"filter": {"term": {"translation_key": key}}, "boost": PROMOTED_BOOST * (count - position)}}
        for position, key in enumerate(promoted_keys)
    ]


def matching_query(params, promoted_keys=(), typos=True):
    text = text_query(params.query, params.languages, typos=typos)
    if not promoted_keys:
        return text
    return {"bool": {"should": [text, *promoted_clauses(promoted_keys)], "minimum_should_match": 1}}


def build_search_body(params, promoted_keys=(), typos=True):
    aggregations = {}
    for name, facet in FACETS.items():
        if name not in params.facets:  # counted only where they are shown (issue 11)
            continue
        scope = filter_clauses(params, skip=name) + [language_clause(params)]
        values = facet.aggregation()
        if params.language == ALL_LANGUAGES:
            values = {**values, "aggs": PAGES_SUBAGGREGATION}
        aggregations[name] = {"filter": {"bool": {"filter": scope}}, "aggs": {"values": values}}
    if counts_languages(params):
        aggregations["languages"] = {
            "filter": {"bool": {"filter": filter_clauses(params)}},
            "aggs": {"values": {"terms": {"field": "language", "size": 10}}},
        }
    highlight_fields = {}
    for language in params.languages:
        highlight_fields[language_field("body", language)] = {"number_of_fragments": 1, "fragment_size": SNIPPET_LENGTH}
        highlight_fields[language_field("summary", language)] = {
            "number_of_fragments": 1, "fragment_size": SNIPPET_LENGTH, "no_match_size": SNIPPET_LENGTH,
        }
        if typos and params.query:
            # Highlighting with the typo-tolerant query expands every fuzzy
            # word again against the long fields' vocabularies: on the bench
            # corpus that was more than half of the typo-tolerant search's
            # engine time (issue 11). The snippet marks the words as typed;
            # a word matched only through a typo is shown, not marked.
            phrases, words = split_query(params.query)
            highlight_query = {"multi_match": {
                "query": " ".join(words + phrases),
                "fields": [language_field("body", language), language_field("summary", language)],
            }}
            for name in (language_field("body", language), language_field("summary", language)):
                highlight_fields[name]["highlight_query"] = highlight_query
    hit_filters = filter_clauses(params) + [language_clause(params)]
    # A filter narrows what the engine scores, counts and highlights, except
    # where a count must ignore it: a facet's own filter is applied after the
    # facets are counted (post_filter), so that every facet shows what
    # selecting one more of its values would give; so is the language where
    # hits are counted per language. Scoring the whole index (every language,
    # every type) and filtering afterwards cost a filtered search several
    # times its engine time (issue 11).
    scoring_filters, post_filters = [], []
    for name, values in params.filters.items():
        clause = FACETS[name].filter_clause(values)
        (post_filters if name in params.facets else scoring_filters).append(clause)
    (post_filters if "languages" in aggregations else scoring_filters).append(language_clause(params))
    query = matching_query(params, promoted_keys, typos=typos)
    if scoring_filters:
        query = {"bool": {"must": [query], "filter": scoring_filters}}
    body = {
        "query": query,
        "post_filter": {"bool": {"filter": post_filters}},
        "aggs": aggregations,
        "highlight": {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            # Only the words matched in the highlighted field itself: the
            # sub-fields' terms (folded, compound parts) are not the field's
            # tokens anyway, and looking through them was a third of the
            # search's engine time (issue 11).
            "require_field_match": True,
            "fields": highlight_fields,
        },
        "_source": SOURCE_FIELDS,
        "from": params.offset,
        "size": params.page_size,
        "track_total_hits": True,
    }
    if params.language == ALL_LANGUAGES:
        # Each page once, whatever the number of its translations that match;
        # counted by translation (the hit total counts documents).
        body["collapse"] = {"field": "translation_key"}
        aggregations["pages"] = {
            "filter": {"bool": {"filter": hit_filters}},
            "aggs": {"values": {"cardinality": {"field": "translation_key", "precision_threshold": 40000}}},
        }
    if params.sort == "date":
        body["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, "_score", {"title_sort": "asc"}]
    elif not params.query:
        body["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, {"title_sort": "asc"}]
    return body


def _snippet(hit, language):
    highlights = hit.get("highlight", {})
    for name in (language_field("body", language), language_field("summary", language)):
        if highlights.get(name):
            return highlights[name][0]
    return ""


def facet_values(params, aggregations, language):
    facets = {}
    for name, facet in FACETS.items():
        if name not in params.facets:
            continue
        counts = facet.buckets(aggregations[name]["values"])
        labels = facet.labels(language)
        selected = set(params.filters.get(name, []))
        values = [
            FacetValue(value, labels.get(value, value), count, value in selected)
            for value, count in counts.items()
            if count or value in selected
        ]
        values += [FacetValue(value, labels.get(value, value), 0, True) for value in selected if value not in counts]
        facets[name] = sorted(values, key=lambda v: (-v.count, v.label))
    return facets


class SearchRequestRejected(Exception):
    """The engine refused a search as asked (HTTP 400), e.g. a results page
    beyond the deepest one it serves: the visitor's request must change, so
    it is answered with a message, not with the database's results."""

    def __init__(self, message, detail=""):
        super().__init__(message)
        self.message = message
        self.detail = detail


def _rejection_message(error):
    text = str(error)
    if "result window" in text or "max_result_window" in text:
        return _("This results page is beyond the deepest the search serves: narrow the search or go back a few pages.")
    return _("The search could not be carried out as asked: try other words or fewer filters.")


def _search(body):
    """The engine's answer to a search request on the public alias. An engine
    that refuses the request because of the index (e.g. it is not built yet)
    is as good as unavailable to a visitor: both raise SearchEngineUnavailable,
    and the page answers from the database. A request it refuses as malformed
    (400) raises SearchRequestRejected. Any other exception is a bug and passes."""
    try:
        with engine_errors():
            return get_engine().search(alias_name(), body)
    except SearchEngineRefused as error:
        if error.status == 400:
            raise SearchRequestRejected(_rejection_message(error), str(error)) from error
        raise SearchEngineUnavailable(str(error)) from error


def _hit(hit):
    source = hit["_source"]
    return SearchHit(
        page_id=source["page_id"],
        language=source["language"],
        content_type=source["content_type"],
        title=source["title"],
        url=source["url"],
        summary=source["summary"] or "",
        snippet=_snippet(hit, source["language"]),
        date=source.get("date"),
        translation_key=source.get("translation_key", ""),
    )


def engine_search(params, promoted_keys=()):
    """Run the search on the engine; raises SearchEngineUnavailable.
    ``promoted_keys``: translation keys of the editors' promoted pages, in order."""
    response = _search(build_search_body(params, promoted_keys, typos=False))
    if params.query and response["hits"]["total"]["value"] < FUZZY_BELOW_HITS and needs_fuzziness(params.query):
        response = _search(build_search_body(params, promoted_keys, typos=True))
    hits = [_hit(hit) for hit in response["hits"]["hits"]]
    promoted = set(promoted_keys)
    for hit in hits:
        hit.promoted = hit.translation_key in promoted
    aggregations = response.get("aggregations", {})
    total = response["hits"]["total"]["value"]
    if "pages" in aggregations:
        total = aggregations["pages"]["values"]["value"]
        hits = show_in_language(hits, params.preferred_language)
    if "languages" in aggregations:
        languages = {b["key"]: b["doc_count"] for b in aggregations["languages"]["values"]["buckets"]}
    else:
        languages = {params.languages[0]: total} if total else {}
    results = SearchResults(
        params=params,
        hits=hits,
        total=total,
        facets=facet_values(params, aggregations, params.preferred_language),
        languages=languages,
    )
    if wants_other_languages(params, total):
        add_other_languages(params, results)
    elif params.query and not total:
        results.suggestion = did_you_mean(params)
    return results


def wants_other_languages(params, total):
    """Whether a search in one language also searches the others (issue 14):
    when it found fewer than CROSS_LANGUAGE_BELOW pages, or, where the visitor
    narrowed it with filters, nothing at all. A filtered search that finds a
    page or two has found what the filters leave; searching two more
    languages for it would double its cost for nothing (issue 11)."""
    if not params.query or params.language == ALL_LANGUAGES or params.page != 1:
        return False
    below = 1 if any(params.filters.values()) else CROSS_LANGUAGE_BELOW
    return total < below


def counts_languages(params):
    """Whether the hits per language need an aggregation: words searched in one
    language match that language's fields only, so there they are the total
    (13% less engine time measured on the bench corpus, issue 11)."""
    phrases, words = split_query(params.query)
    return len(params.languages) > 1 or not (phrases or words)


def needs_fuzziness(query):
    """Whether typo tolerance could change the answer: some word is long enough for it."""
    _phrases, words = split_query(query)
    return any(len(word) >= TYPO_MIN_LENGTH for word in words)


def show_in_language(hits, language):
    """Each hit as its translation in ``language`` where the index holds one
    (one request); ``found_in`` then says the language the words were found in."""
    keys = [hit.translation_key for hit in hits if hit.language != language and hit.translation_key]
    if not keys:
        return hits
    body = {
        "query": {"bool": {"filter": [{"terms": {"translation_key": keys}}, {"term": {"language": language}}]}},
        "_source": SOURCE_FIELDS,
        "size": len(keys),
    }
    translations = {hit["_source"]["translation_key"]: _hit(hit) for hit in _search(body)["hits"]["hits"]}
    shown = []
    for hit in hits:
        translation = translations.get(hit.translation_key) if hit.language != language else None
        if translation is not None:
            translation.found_in = hit.language
            translation.promoted = hit.promoted
            hit = translation
        shown.append(hit)
    return shown


def add_other_languages(params, results):
    """When a search in one language finds (almost) nothing, search the other
    languages too (one request), and list each page found there once, after
    the visitor's own hits, as its visitor-language translation where there is
    one (labelled with its language where not). The same request counts hits
    per language (the "results in other languages" hint) and, when the
    visitor's language found nothing at all, asks for a corrected query."""
    others = [language for language in LANGUAGES if language not in params.languages]
    own_keys = [hit.translation_key for hit in results.hits if hit.translation_key]
    body = {
        "query": {"bool": {
            # With typo tolerance only when the visitor's language found
            # nothing: typos in two languages' fields cost four times an exact
            # search, and a search that found a page or two was spelt right.
            "must": [text_query(params.query, others, typos=not results.total)],
            "filter": filter_clauses(params) + [{"terms": {"language": others}}],
            "must_not": [{"terms": {"translation_key": own_keys}}] if own_keys else [],
        }},
        "collapse": {"field": "translation_key"},
        "aggs": {
            "languages": {"terms": {"field": "language", "size": 10}},
            "pages": {"cardinality": {"field": "translation_key", "precision_threshold": 40000}},
        },
        "_source": SOURCE_FIELDS,
        "size": max(params.page_size - len(results.hits), 0),
    }
    if not results.total:
        body["suggest"] = suggest_request(params.query, params.preferred_language)
    response = _search(body)
    found = show_in_language([_hit(hit) for hit in response["hits"]["hits"]], params.preferred_language)
    for hit in found:
        hit.found_in = hit.found_in or hit.language
        hit.snippet = ""  # the words matched in another language than the one shown
    aggregations = response["aggregations"]
    results.hits = results.hits + found
    results.total += aggregations["pages"]["value"]
    results.languages = {**{b["key"]: b["doc_count"] for b in aggregations["languages"]["buckets"]}, **results.languages}
    if "suggest" in response and not results.total:  # nothing in any language
        results.suggestion = suggestion_from(params.query, response["suggest"], params.preferred_language)


def suggest_request(query, language):
    """The engine's term suggester on the words of ``language`` as written."""
    return {"text": query, "words": {"term": {
        "field": spelling_field(language), "suggest_mode": "missing", "sort": "score", "min_word_length": 3,
    }}}


def suggestion_from(query, suggest, language):
    """The query with each word the suggester knows a better spelling of
    replaced by it ("" when it knows none). Stop words are not suggested:
    they would find nothing."""
    corrected = query
    changed = False
    for entry in suggest.get("words", []):
        options = [option["text"] for option in entry["options"] if not is_stop_word(option["text"], language)]
        if options:
            original = query[entry["offset"]:entry["offset"] + entry["length"]]
            corrected = corrected.replace(original, options[0], 1)
            changed = True
    return corrected if changed else ""


def did_you_mean(params):
    """A corrected query for a search that found nothing (one request)."""
    body = {"size": 0, "suggest": suggest_request(params.query, params.preferred_language)}
    return suggestion_from(params.query, _search(body).get("suggest", {}), params.preferred_language)


# Autocomplete typo tolerance: none below six letters, one edit from six, two
# from ten. A prefix is short: earlier, one edit would widen "Windc" to "Winde...".
AUTOCOMPLETE_FUZZINESS = "AUTO:6,10"
# The shortest word AUTOCOMPLETE_FUZZINESS allows a typo in.
AUTOCOMPLETE_TYPO_MIN_LENGTH = 6


def autocomplete(prefix, language, limit=10):
    """Up to ``limit`` titles with words starting with the words typed, in one
    language: dicts of page_id, title, url and content_type, as the index
    holds them. The last word is a prefix, the others whole words; both
    tolerate a typo. Titles that start with what was typed come first, then
    exact matches before those with a typo.

    Like the search, it asks without typo tolerance first (the fuzzy
    expansion of a word on the n-gram field is most of the engine's time) and
    again with it only when that fills fewer than ``limit`` places: typo
    matches rank below exact ones, so they would not have been shown."""
    prefix = " ".join(SYNTAX_CHARACTERS.sub(" ", prefix).split())[:100]
    if not prefix:
        return []
    limit = min(limit, 10)
    found = _autocomplete(prefix, language, limit, typos=False)
    if len(found) < limit and any(len(word) >= AUTOCOMPLETE_TYPO_MIN_LENGTH for word in prefix.split()):
        found = _autocomplete(prefix, language, limit, typos=True)
    return found


def _autocomplete(prefix, language, limit, typos):
    field = "title_autocomplete"
    typo_tolerance = {"fuzziness": AUTOCOMPLETE_FUZZINESS, "prefix_length": 2, "max_expansions": 20} if typos else {}
    must = [{"match": {field: {"query": word, **typo_tolerance}}} for word in prefix.split()]
    should = [
        {"match": {f"{field}.start": {"query": prefix, "boost": 10}}},
        {"match": {field: {"query": prefix, "operator": "and", "boost": 2}}},
    ]
    body = {
        "query": {"bool": {"must": must, "should": should, "filter": [{"term": {"language": language}}]}},
        "sort": ["_score", {"title_sort": "asc"}],
        "_source": ["page_id", "title", "url", "content_type"],
        "size": limit,
    }
    response = _search(body)
    return [hit["_source"] for hit in response["hits"]["hits"]]
