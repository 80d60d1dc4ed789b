"""The platform's own search index: its name, settings and mapping.

One index holds every language. Each document is one page in one language
(untranslated alias pages are not indexed: they would duplicate their source),
and its text goes into the fields of its own language (``title_da``,
``body_de``, ...), each analysed with that language's analyzer from
search/analysis.py. Searching in one language filters on ``language``;
searching all languages queries every language's fields.

The index is reached through an alias (``<prefix>pages``), so that a rebuild
can fill a fresh index and switch the alias to it in one step.
"""
from django.conf import settings

from .analysis import ANALYSIS, LANGUAGE_ANALYZERS

LANGUAGES = list(LANGUAGE_ANALYZERS)
TEXT_FIELDS = ["title", "summary", "body", "places", "sector_names", "theme_names"]


def alias_name():
    return f"{settings.SEARCH_INDEX_PREFIX}pages"


def language_field(field, language):
    return f"{field}_{language}"


def index_settings():
    return {
        # One shard: facet counts from a terms aggregation are exact, and the
        # corpus (tens of thousands of pages) is far below a shard's comfort.
        "number_of_shards": 1,
        # A copy of the shard on each of this many other nodes (SEARCH_REPLICAS):
        # 0 on one node, 1 or more on a cluster, so that losing a node loses nothing.
        "number_of_replicas": settings.SEARCH_REPLICAS,
        "max_ngram_diff": 20,
        "analysis": ANALYSIS,
    }


def index_mappings():
    properties = {
        "page_id": {"type": "integer"},
        "translation_key": {"type": "keyword"},
        "language": {"type": "keyword"},
        "content_type": {"type": "keyword"},
        "url": {"type": "keyword", "index": False},
        "title": {"type": "keyword", "index": False},
        "summary": {"type": "keyword", "index": False},
        "sectors": {"type": "keyword"},
        "themes": {"type": "keyword"},
        "countries": {"type": "keyword"},
        "date": {"type": "date"},
        "event_end": {"type": "date"},
        "title_sort": {"type": "keyword"},
        "title_autocomplete": {
            "type": "text",
            "analyzer": "intranet_autocomplete_index",
            "search_analyzer": "intranet_autocomplete_search",
        },
    }
    for language, analyzer in LANGUAGE_ANALYZERS.items():
        for field in TEXT_FIELDS:
            properties[language_field(field, language)] = {
                "type": "text",
                "analyzer": analyzer,
                # Offsets make highlighting of long bodies fast and precise.
                "index_options": "offsets" if field in ("summary", "body") else "positions",
            }
    return {"dynamic": "strict", "properties": properties}
