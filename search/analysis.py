"""Text analysis for the search engine, per content language.

Wagtail's search layer analyses every field with the `standard` analyzer: no
stemming and no language awareness. These analyzers give each of the
platform's languages its own stop words and stemmer, and fold the letters that
visitors type in several ways, so that "København", "Koebenhavn" and
"Kobenhavn" (and "Müller", "Mueller", "Muller") all meet in the index:

- Danish: the Danish Snowball stemmer runs on the original letters first, then
  `scandinavian_folding` folds æ/ø/å (and their transliterations ae/oe/aa) to a/o.
- German: `german_normalization` folds ä/ö/ü/ß and ae/oe/ue to a/o/u/ss before the
  light German stemmer, as Lucene's own German analyzer does.
- English: possessives, stop words and the English (Porter2) stemmer.

Only filters that Elasticsearch 8/9 and OpenSearch 2/3 both ship in their
analysis-common module are used, so the same settings work on both engines.
This module is plain data: settings import it.
"""

LANGUAGE_ANALYZERS = {
    "en": "intranet_en",
    "da": "intranet_da",
    "de": "intranet_de",
}

ANALYSIS = {
    "filter": {
        "intranet_en_possessive": {"type": "stemmer", "language": "possessive_english"},
        "intranet_en_stop": {"type": "stop", "stopwords": "_english_"},
        "intranet_en_stemmer": {"type": "stemmer", "language": "english"},
        "intranet_da_stop": {"type": "stop", "stopwords": "_danish_"},
        "intranet_da_stemmer": {"type": "stemmer", "language": "danish"},
        "intranet_de_stop": {"type": "stop", "stopwords": "_german_"},
        "intranet_de_stemmer": {"type": "stemmer", "language": "light_german"},
        "intranet_edge_ngram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
    },
    "analyzer": {
        "intranet_en": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "intranet_en_possessive",
                "lowercase",
                "intranet_en_stop",
                "intranet_en_stemmer",
                "asciifolding",
            ],
        },
        "intranet_da": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "intranet_da_stop",
                "intranet_da_stemmer",
                "scandinavian_folding",
                "asciifolding",
            ],
        },
        "intranet_de": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "intranet_de_stop",
                "german_normalization",
                "intranet_de_stemmer",
                "asciifolding",
            ],
        },
        # Autocomplete: prefixes of folded words, language-neutral so that a
        # visitor typing "kobenh" or "københ" gets the same suggestions.
        "intranet_autocomplete_index": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "scandinavian_folding",
                "german_normalization",
                "asciifolding",
                "intranet_edge_ngram",
            ],
        },
        "intranet_autocomplete_search": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "scandinavian_folding",
                "german_normalization",
                "asciifolding",
            ],
        },
    },
}

# Deep-merged by Wagtail's search layer into its own default index settings.
INDEX_SETTINGS = {
    "settings": {
        "index": {"number_of_replicas": 0, "max_ngram_diff": 20},
        "analysis": ANALYSIS,
    }
}
