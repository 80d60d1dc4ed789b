"""The query builder: one request to the engine answers a search completely —
hits with highlighted snippets and exact facet counts (each facet counted with
every other active filter applied, so a visitor can combine values). Only a
search that finds nothing makes a second, count-only request, for the hint
about results in the other languages.
"""
from .engine import SearchEngineRefused, SearchEngineUnavailable, engine_errors, get_engine
from .facets import FACETS
from .index import LANGUAGES, alias_name, language_field
from .params import ALL_LANGUAGES, SYNTAX_CHARACTERS, split_query
from .results import FacetValue, SearchHit, SearchResults

# Title matches outrank everything else; place and term names come next.
FIELD_BOOSTS = {"title": 4, "summary": 2, "places": 2, "sector_names": 2, "theme_names": 2, "body": 1}
# Typo tolerance: none below five letters, one edit from five, two from eight.
FUZZINESS = "AUTO:5,8"
# Typo tolerance costs engine time on every word of five letters or more, so a
# search first runs exact (stemmed, folded) and only asks again with fuzziness
# when that finds fewer hits than this (issue 11): a typo in any word of an
# all-words query finds nothing exact, so it still gets its fuzzy answer.
# Measured on the bench corpus (docs/benchmarks.md): 1 and 3 give the same
# recall@10 and MRR, as typed and with one typo; 1 spares the second request
# of the many filtered searches that find one or two pages (66 vs 120 ms).
FUZZY_BELOW_HITS = 1
SNIPPET_LENGTH = 180


def text_fields(languages):
    return [f"{language_field(name, language)}^{boost}" for language in languages for name, boost in FIELD_BOOSTS.items()]


def text_query(query, languages, fuzzy=True):
    phrases, words = split_query(query)
    if not phrases and not words:
        return {"match_all": {}}
    fields = text_fields(languages)
    must = []
    for word in words:
        clause = {"query": word, "fields": fields, "zero_terms_query": "all"}
        if fuzzy and len(word) >= 5:
            # The first two letters must be right: typos rarely start a word,
            # and it keeps the number of terms the engine tries small.
            clause.update(fuzziness=FUZZINESS, prefix_length=2, max_expansions=20)
        must.append({"multi_match": clause})
    for phrase in phrases:
        must.append({"multi_match": {"query": phrase, "fields": fields, "type": "phrase", "zero_terms_query": "all"}})
    # Exact matches of the words as typed score above fuzzy ones.
    should = [{"multi_match": {"query": " ".join(words + phrases), "fields": fields, "type": "best_fields"}}]
    return {"bool": {"must": must, "should": should}}


def filter_clauses(params, skip=None):
    clauses = []
    for name, values in params.filters.items():
        if name != skip:
            clauses.append(FACETS[name].filter_clause(values))
    return clauses


def language_clause(params):
    return {"terms": {"language": params.languages}}


def build_search_body(params, excluded_translation_keys=(), fuzzy=True):
    aggregations = {}
    for name, facet in FACETS.items():
        if name not in params.facets:
            continue
        scope = filter_clauses(params, skip=name) + [language_clause(params)]
        aggregations[name] = {"filter": {"bool": {"filter": scope}}, "aggs": {"values": facet.aggregation()}}
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
    body = {
        "query": {
            "bool": {
                "must": [text_query(params.query, params.languages, fuzzy=fuzzy)],
                "must_not": [{"terms": {"translation_key": list(excluded_translation_keys)}}] if excluded_translation_keys else [],
            }
        },
        # Filters narrow the hits after the facets are counted, so that every
        # facet shows what selecting one more of its values would give.
        "post_filter": {"bool": {"filter": filter_clauses(params) + [language_clause(params)]}},
        "aggs": aggregations,
        # The unified highlighter with one sentence-bounded fragment: measured
        # against the plain highlighter (20% slower) and smaller fragments (no
        # gain) on the bench corpus (issue 11, docs/benchmarks.md).
        "highlight": {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "require_field_match": False,
            "fields": highlight_fields,
        },
        "_source": ["page_id", "translation_key", "language", "content_type", "title", "url", "summary", "date"],
        "from": params.offset,
        "size": params.page_size,
        "track_total_hits": True,
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


def _search(body):
    """The engine's answer to a search request on the public alias. An engine
    that refuses the request (e.g. the index is not built yet) is as good as
    unavailable to a visitor: both raise SearchEngineUnavailable, and the page
    answers from the database. Any other exception is a bug and passes."""
    try:
        with engine_errors():
            return get_engine().search(alias_name(), body)
    except SearchEngineRefused as error:
        raise SearchEngineUnavailable(str(error)) from error


def engine_search(params, excluded_translation_keys=()):
    """Run the search on the engine; raises SearchEngineUnavailable."""
    response = _search(build_search_body(params, excluded_translation_keys, fuzzy=False))
    if params.query and response["hits"]["total"]["value"] < FUZZY_BELOW_HITS and needs_fuzziness(params.query):
        response = _search(build_search_body(params, excluded_translation_keys, fuzzy=True))
    hits = []
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        hits.append(
            SearchHit(
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
        )
    aggregations = response.get("aggregations", {})
    language = params.languages[0] if len(params.languages) == 1 else "en"
    total = response["hits"]["total"]["value"]
    if "languages" in aggregations:
        languages = {b["key"]: b["doc_count"] for b in aggregations["languages"]["values"]["buckets"]}
    else:
        languages = {params.languages[0]: total} if total else {}
    if not total and params.query and params.language != ALL_LANGUAGES:
        languages = other_language_counts(params)
    return SearchResults(
        params=params,
        hits=hits,
        total=total,
        facets=facet_values(params, aggregations, language),
        languages=languages,
    )


def counts_languages(params):
    """Whether the hits per language need an aggregation: words searched in one
    language match that language's fields only, so there they are the total
    (13% less engine time measured on the bench corpus, issue 11)."""
    phrases, words = split_query(params.query)
    return len(params.languages) > 1 or not (phrases or words)


def needs_fuzziness(query):
    """Whether fuzziness could change the answer: some word is long enough to get it."""
    _phrases, words = split_query(query)
    return any(len(word) >= 5 for word in words)


def other_language_counts(params):
    """Hits per language for a search that found nothing in the visitor's own.

    Searches query only the visitor's language's fields (a third of the work
    of querying all of them), so this second, count-only request is made on
    the rare empty results page alone, for its "results in other languages" hint.
    """
    body = {
        "size": 0,
        "query": {"bool": {"must": [text_query(params.query, LANGUAGES)], "filter": filter_clauses(params)}},
        "aggs": {"languages": {"terms": {"field": "language", "size": 10}}},
    }
    response = _search(body)
    return {b["key"]: b["doc_count"] for b in response["aggregations"]["languages"]["buckets"]}


def autocomplete(prefix, language, limit=10):
    """Up to ``limit`` titles starting with the words typed, in one language:
    dicts of page_id, title, url and content_type, as the index holds them."""
    prefix = " ".join(SYNTAX_CHARACTERS.sub(" ", prefix).split())[:100]
    if not prefix:
        return []
    body = {
        "query": {
            "bool": {
                "must": [{"match": {"title_autocomplete": {"query": prefix, "operator": "and"}}}],
                "filter": [{"term": {"language": language}}],
            }
        },
        "_source": ["page_id", "title", "url", "content_type"],
        "size": min(limit, 10),
    }
    response = _search(body)
    return [hit["_source"] for hit in response["hits"]["hits"]]
