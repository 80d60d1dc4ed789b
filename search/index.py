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

from .analysis import (
    COMPOUND_LANGUAGES, LANGUAGE_ANALYZERS, analysis_settings, folded_analyzer, parts_analyzers, search_analyzer,
)

LANGUAGES = list(LANGUAGE_ANALYZERS)
TEXT_FIELDS = ["title", "summary", "body", "places", "sector_names", "theme_names"]
# Fields whose German and Danish compounds are split into parts (sub-field ``parts``).
COMPOUND_FIELDS = ["title", "summary", "body", "sector_names", "theme_names"]
# Fields whose words feed "did you mean" (the ``spelling_<lang>`` field). Not
# the body: copying it would cost the rebuild a third more time.
SPELLING_FIELDS = ["title", "summary", "sector_names", "theme_names", "places"]


def alias_name():
    return f"{settings.SEARCH_INDEX_PREFIX}pages"


def language_field(field, language):
    return f"{field}_{language}"


def spelling_field(language):
    return f"spelling_{language}"


def index_settings():
    return {
        # One shard: facet counts from a terms aggregation are exact, and the
        # corpus (tens of thousands of pages) is far below a shard's comfort.
        "number_of_shards": 1,
        "number_of_replicas": 0,
        "max_ngram_diff": 30,
        # The word lists as they are now, editors' entries included.
        "analysis": analysis_settings(),
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
            "fields": {
                "start": {
                    "type": "text",
                    "analyzer": "intranet_title_start_index",
                    "search_analyzer": "intranet_title_start_search",
                    "index_options": "docs",
                },
            },
        },
    }
    for language, analyzer in LANGUAGE_ANALYZERS.items():
        properties[spelling_field(language)] = {"type": "text", "analyzer": "intranet_spelling", "index_options": "freqs"}
        for field in TEXT_FIELDS:
            # Sub-fields only match (typos, compound parts) at a fraction of the
            # field's weight: no norms, and for the long body no frequencies, to
            # keep the rebuild cheap.
            options = {"index_options": "docs" if field == "body" else "freqs", "norms": False}
            subfields = {"folded": {"type": "text", "analyzer": folded_analyzer(language), **options}}
            if language in COMPOUND_LANGUAGES and field in COMPOUND_FIELDS:
                parts_index, parts_search = parts_analyzers(language)
                subfields["parts"] = {"type": "text", "analyzer": parts_index, "search_analyzer": parts_search, **options}
            mapping = {
                "type": "text",
                "analyzer": analyzer,
                "search_analyzer": search_analyzer(language),
                # Offsets make highlighting of long bodies fast and precise.
                "index_options": "offsets" if field in ("summary", "body") else "positions",
                "fields": subfields,
            }
            if field in SPELLING_FIELDS:
                mapping["copy_to"] = [spelling_field(language)]
            properties[language_field(field, language)] = mapping
    return {"dynamic": "strict", "properties": properties}
