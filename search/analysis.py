"""Text analysis for the search engine, per content language.

Wagtail's search layer analyses every field with the `standard` analyzer: no
stemming and no language awareness. These analyzers give each of the
platform's languages its own stop words and stemmer, and fold the letters that
visitors type in several ways, so that "København", "Koebenhavn" and
"Kobenhavn" (and "Müller", "Mueller", "Muller") all meet in the index:

- Danish: the Danish Snowball stemmer runs on the original letters first, then
  `scandinavian_folding` folds æ/ø/å (and their transliterations ae/oe/aa) to a/o.
- German: `german_normalization` folds ä/ö/ü/ß and ae/oe/ue to a/o/u/ss before the
  light German stemmer (Savoy's, `light_german`), as Lucene's own German analyzer does.
- English: possessives, stop words, "-isation" spelt "-ization", and Lucene's
  `english` stemmer, which is the original Porter algorithm (PorterStemFilter),
  not Snowball's Porter2 ("porter2"/"english" Snowball).

Stop words are removed before folding, so the stop lists hold each word as
written and as transliterated ("für"/"fuer", "på"/"paa"): see search/word_lists.py.

Each language field has sub-fields (search/index.py):
- ``folded``: the words as typed, lower case and folded, neither stemmed nor
  stopped; typo tolerance is measured there, on the words as typed, not on stems.
- ``parts`` (German, Danish): compounds split into the parts listed in
  search/vocabulary/compounds_<lang>.txt (+ editors' entries) with the built-in
  `dictionary_decompounder`, so that "Energie" finds "Bioenergie"; searched with
  a lower boost, so that the whole word ranks first.
Searches (not indexing) also apply each language's synonyms (`synonym_graph`).

Only filters that Elasticsearch 8/9 and OpenSearch 2/3 both ship in their
analysis-common module are used, so the same settings work on both engines.
The word lists are part of the settings: an index gets the lists as they are
when it is created (rebuild_search_index).
"""
from .word_lists import compound_parts, stop_words, synonym_rules

LANGUAGE_ANALYZERS = {
    "en": "intranet_en",
    "da": "intranet_da",
    "de": "intranet_de",
}
COMPOUND_LANGUAGES = ("de", "da")
# Edge n-grams of autocomplete: longer words are cut to this length on both
# sides (``truncate`` in the search analyzer), so a long word typed in full still matches.
AUTOCOMPLETE_MAX_GRAM = 20
TITLE_START_MAX_GRAM = 30

FOLDING = {
    "en": ["asciifolding"],
    "da": ["scandinavian_folding", "asciifolding"],
    "de": ["german_normalization", "asciifolding"],
}
ALL_FOLDING = ["scandinavian_folding", "german_normalization", "asciifolding"]


def search_analyzer(language):
    return f"{LANGUAGE_ANALYZERS[language]}_search"


def folded_analyzer(language):
    return f"{LANGUAGE_ANALYZERS[language]}_folded"


def parts_analyzers(language):
    """(index analyzer, search analyzer) of the compound-parts sub-field."""
    return f"{LANGUAGE_ANALYZERS[language]}_parts", f"{LANGUAGE_ANALYZERS[language]}_parts_search"


def _filters(with_editors):
    filters = {
        "intranet_en_possessive": {"type": "stemmer", "language": "possessive_english"},
        "intranet_en_stop": {"type": "stop", "stopwords": "_english_"},
        # British "-isation" as American "-ization": the stemmer then meets both.
        "intranet_en_isation": {"type": "pattern_replace", "pattern": "isation", "replacement": "ization"},
        "intranet_en_stemmer": {"type": "stemmer", "language": "english"},
        "intranet_da_stop": {"type": "stop", "stopwords": sorted(stop_words("da"))},
        "intranet_da_stemmer": {"type": "stemmer", "language": "danish"},
        "intranet_de_stop": {"type": "stop", "stopwords": sorted(stop_words("de"))},
        "intranet_de_stemmer": {"type": "stemmer", "language": "light_german"},
        "intranet_edge_ngram": {"type": "edge_ngram", "min_gram": 1, "max_gram": AUTOCOMPLETE_MAX_GRAM},
        "intranet_autocomplete_truncate": {"type": "truncate", "length": AUTOCOMPLETE_MAX_GRAM},
        "intranet_title_start_ngram": {"type": "edge_ngram", "min_gram": 1, "max_gram": TITLE_START_MAX_GRAM},
        "intranet_title_start_truncate": {"type": "truncate", "length": TITLE_START_MAX_GRAM},
    }
    for language in COMPOUND_LANGUAGES:
        filters[f"intranet_{language}_compounds"] = {
            "type": "dictionary_decompounder",
            "word_list": compound_parts(language, with_editors),
            "min_subword_size": 3,
            "max_subword_size": 20,
        }
    for language in LANGUAGE_ANALYZERS:
        rules = synonym_rules(language, with_editors)
        if rules:
            filters[f"intranet_{language}_synonyms"] = {"type": "synonym_graph", "synonyms": rules, "lenient": True}
    return filters


def _custom(filters, tokenizer="standard"):
    return {"type": "custom", "tokenizer": tokenizer, "filter": filters}


def _language_chain(language, filters, synonyms=False):
    """The filters of a language's main analyzer; with its synonyms for searching."""
    synonym = [f"intranet_{language}_synonyms"] if synonyms and f"intranet_{language}_synonyms" in filters else []
    if language == "en":
        return ["intranet_en_possessive", "lowercase", *synonym, "intranet_en_stop", "intranet_en_isation",
                "intranet_en_stemmer", "asciifolding"]
    if language == "da":
        return ["lowercase", *synonym, "intranet_da_stop", "intranet_da_stemmer", "scandinavian_folding",
                "asciifolding"]
    return ["lowercase", *synonym, "intranet_de_stop", "german_normalization", "intranet_de_stemmer", "asciifolding"]


def analysis_settings(with_editors=True):
    """The index's analysis settings, with the word lists as they are now
    (``with_editors``: including the editors' entries from the database)."""
    filters = _filters(with_editors)
    analyzers = {}
    for language, name in LANGUAGE_ANALYZERS.items():
        analyzers[name] = _custom(_language_chain(language, filters))
        analyzers[search_analyzer(language)] = _custom(_language_chain(language, filters, synonyms=True))
        analyzers[folded_analyzer(language)] = _custom(["lowercase", *FOLDING[language]])
    for language in COMPOUND_LANGUAGES:
        index_name, search_name = parts_analyzers(language)
        stemmer = f"intranet_{language}_stemmer"
        # Parts are found before folding joins letters across a seam (see word_lists.compound_parts).
        analyzers[index_name] = _custom(["lowercase", f"intranet_{language}_compounds", *FOLDING[language], stemmer])
        analyzers[search_name] = _custom(["lowercase", *FOLDING[language], stemmer])
    # Autocomplete: prefixes of folded words, language-neutral so that a
    # visitor typing "kobenh", "koebenh" or "københ" gets the same suggestions.
    analyzers["intranet_autocomplete_index"] = _custom(["lowercase", *ALL_FOLDING, "intranet_edge_ngram"])
    analyzers["intranet_autocomplete_search"] = _custom(["lowercase", *ALL_FOLDING, "intranet_autocomplete_truncate"])
    # The whole title as one token: titles that start with what was typed rank first.
    analyzers["intranet_title_start_index"] = _custom(
        ["lowercase", *ALL_FOLDING, "intranet_title_start_ngram"], tokenizer="keyword")
    analyzers["intranet_title_start_search"] = _custom(
        ["lowercase", *ALL_FOLDING, "intranet_title_start_truncate"], tokenizer="keyword")
    # "Did you mean": words as written, lower case, for the term suggester.
    analyzers["intranet_spelling"] = _custom(["lowercase"])
    return {"filter": filters, "analyzer": analyzers}


# Without the editors' entries: settings are read before the database is.
ANALYSIS = analysis_settings(with_editors=False)

# Deep-merged by Wagtail's search layer into its own default index settings.
INDEX_SETTINGS = {
    "settings": {
        "index": {"number_of_replicas": 0, "max_ngram_diff": 30},
        "analysis": ANALYSIS,
    }
}
