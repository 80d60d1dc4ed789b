"""The text part of a search: how the words a visitor typed become an engine
query, and how matches are weighed (relevance).

Every word must match, in one of three ways, best first:

1. exactly, after the language's analysis (stemming, folding, synonyms), in
   the language fields (``title_de`` ...), boosted per field (FIELD_BOOSTS);
2. as a part of a compound (German, Danish: ``title_de.parts``), so that
   "Energie" finds "Bioenergie", at PARTS_BOOST of an exact match;
3. with a typo, measured on the words as typed (``title_de.folded``: folded,
   not stemmed), at TYPO_BOOST of an exact match.

Stop words are left out here, with the same lists the analysis uses, so that a
query of stop words only matches nothing. Two words typed apart that are
written as one ("cross border", "Wind Energie") also match the joined word.
"""
import re

from .analysis import COMPOUND_LANGUAGES
from .index import COMPOUND_FIELDS, language_field
from .params import split_query
from .word_lists import stop_words

# Title matches outrank everything else; place and term names come next.
FIELD_BOOSTS = {"title": 4, "summary": 2, "places": 2, "sector_names": 2, "theme_names": 2, "body": 1}
PARTS_BOOST = 0.3
TYPO_BOOST = 0.2
# Typo tolerance: one edit (a letter missing, added, wrong, or two swapped)
# in words of TYPO_MIN_LENGTH letters or more. Two edits in long words (the
# engines' AUTO) made the typo-tolerant search five times slower on the bench
# corpus (13 against 2.6 ms of engine time) for no gain on its one-typo
# relevance check nor on the typo tests (issue 11; docs/benchmarks.md).
FUZZINESS = 1
TYPO_MIN_LENGTH = 5
# The first two letters must be right: typos rarely start a word, and it keeps
# the number of terms the engine tries small.
TYPO_PREFIX_LENGTH = 2
# Typos are looked for in these fields only: in short name fields they add
# cost (a fuzzy search per field) and little recall.
TYPO_FIELDS = ("title", "summary", "body")
# Adjacent words are tried joined in queries of up to this many words.
JOIN_MAX_WORDS = 3

_TOKEN = re.compile(r"\w+")


def text_fields(languages, suffix="", names=FIELD_BOOSTS):
    return [
        f"{language_field(name, language)}{suffix}^{FIELD_BOOSTS[name]}"
        for language in languages
        for name in names
    ]


def parts_fields(languages):
    return [
        f"{language_field(name, language)}.parts^{FIELD_BOOSTS[name]}"
        for language in languages
        if language in COMPOUND_LANGUAGES
        for name in COMPOUND_FIELDS
    ]


def is_stop_word(word, language):
    """Whether every part of ``word`` is a stop word of ``language``."""
    tokens = _TOKEN.findall(word.lower())
    return bool(tokens) and all(token in stop_words(language) for token in tokens)


def word_clause(word, language, typos=True):
    """One word in one language's fields, matched exactly, as a compound part
    or with a typo."""
    languages = [language]
    # "and": each part of a hyphenated word ("e-mobility") must match.
    ways = [{"multi_match": {"query": word, "fields": text_fields(languages), "operator": "and", "zero_terms_query": "all"}}]
    parts = parts_fields(languages)
    if parts:
        ways.append({"multi_match": {"query": word, "fields": parts, "boost": PARTS_BOOST}})
    if typos and len(word) >= TYPO_MIN_LENGTH:
        ways.append({"multi_match": {
            "query": word, "fields": text_fields(languages, ".folded", TYPO_FIELDS), "boost": TYPO_BOOST,
            "fuzziness": FUZZINESS, "prefix_length": TYPO_PREFIX_LENGTH, "max_expansions": 20,
        }})
    if len(ways) == 1:
        return ways[0]
    return {"bool": {"should": ways, "minimum_should_match": 1}}


def _joined_variants(words):
    """The word lists with one pair of neighbours joined: [a, b, c] gives [ab, c] and [a, bc]."""
    if not 2 <= len(words) <= JOIN_MAX_WORDS:
        return []
    return [words[:i] + [words[i] + words[i + 1]] + words[i + 2:] for i in range(len(words) - 1)]


def _all_of(clauses):
    return clauses[0] if len(clauses) == 1 else {"bool": {"must": clauses}}


def _any_of(clauses):
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def language_query(words, phrases, language, typos=True):
    """Every word and phrase in one language's fields (None: all are stop words there)."""
    words = [word for word in words if not is_stop_word(word, language)]
    fields = text_fields([language])
    phrase_clauses = [{"multi_match": {"query": phrase, "fields": fields, "type": "phrase"}} for phrase in phrases]
    if not words and not phrase_clauses:
        return None
    variants = [[word_clause(word, language, typos) for word in words]] if words else []
    variants += [[word_clause(word, language, typos=False) for word in joined] for joined in _joined_variants(words)]
    must = list(phrase_clauses)
    if variants:
        must.append(_any_of([_all_of(clauses) for clauses in variants]))
    # Exact matches of the words as typed score above fuzzy ones.
    should = [{"multi_match": {"query": " ".join(words + phrases), "fields": fields, "type": "best_fields"}}]
    return {"bool": {"must": must, "should": should}}


def text_query(query, languages, typos=True):
    """The engine query for ``query`` in the fields of ``languages``. A page
    is in one language, so each language's words are matched on their own."""
    phrases, words = split_query(query)
    if not phrases and not words:
        return {"match_all": {}}
    per_language = [language_query(words, phrases, language, typos) for language in languages]
    per_language = [clause for clause in per_language if clause is not None]
    if not per_language:
        return {"match_none": {}}
    return _any_of(per_language)
