"""The word lists the search analysis is built from: stop words, compound
parts (German, Danish) and synonyms (every language).

Each list is a text file in search/vocabulary/ (shipped with the code,
reviewed like code) plus the entries editors add in the admin as "Search
vocabulary" snippets (search.models.VocabularyEntry). Both reach the engine
when the index is rebuilt: the analysis settings are part of the index.

The folding functions here do in Python what the engine's folding filters do
to the text (``german_normalization``, ``scandinavian_folding``,
``asciifolding``), so that lists applied after folding hold folded words.
"""
import re
import unicodedata
from functools import cache
from pathlib import Path

VOCABULARY_DIR = Path(__file__).resolve().parent / "vocabulary"

# Lucene's _english_ stop set, which the English analyzer uses as it is.
ENGLISH_STOP_WORDS = (
    "a an and are as at be but by for if in into is it no not of on or such that the their then there "
    "these they this to was will with"
).split()

_GERMAN_LETTERS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
_GERMAN_DIGRAPHS = re.compile(r"(?<!q)ue|ae|oe")
_SCANDINAVIAN_LETTERS = str.maketrans({"å": "a", "ä": "a", "æ": "a", "ö": "o", "ø": "o"})
_SCANDINAVIAN_DIGRAPHS = re.compile(r"a[aeo]|o[eo]")


def ascii_fold(word):
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def german_fold(word):
    """As german_normalization then asciifolding: ä/ae -> a, ö/oe -> o, ü/ue -> u, ß -> ss."""
    word = word.lower().replace("ß", "ss")
    word = _GERMAN_DIGRAPHS.sub(lambda match: match.group()[0], word)
    return ascii_fold(word.translate(_GERMAN_LETTERS))


def scandinavian_fold(word):
    """As scandinavian_folding then asciifolding: æ/ae/aa/å -> a, ø/oe/ö -> o."""
    word = word.lower().translate(_SCANDINAVIAN_LETTERS)
    word = _SCANDINAVIAN_DIGRAPHS.sub(lambda match: match.group()[0], word)
    return ascii_fold(word)


FOLD = {"de": german_fold, "da": scandinavian_fold, "en": lambda word: ascii_fold(word.lower())}

_TRANSLITERATIONS = {
    "de": {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"},
    "da": {"æ": "ae", "ø": "oe", "å": "aa"},
}


def spellings(word, language):
    """A word as written and with its letters transliterated (ü -> ue, å -> aa).
    Not with the letter dropped (være -> vare): that spelling is another word."""
    transliterated = word
    for letter, replacement in _TRANSLITERATIONS.get(language, {}).items():
        transliterated = transliterated.replace(letter, replacement)
    return {word, transliterated}


def _file_lines(name):
    path = VOCABULARY_DIR / name
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _editor_lines(kind, language):
    """The lines editors entered in the admin; none while the table does not
    exist yet (settings are read before the first migration)."""
    from django.db import DatabaseError

    from .models import VocabularyEntry

    try:
        return VocabularyEntry.lines(kind, language)
    except DatabaseError:
        return []


@cache
def stop_words(language):
    """The stop words of a language in every spelling a visitor may type, lower case."""
    if language == "en":
        return frozenset(ENGLISH_STOP_WORDS)
    words = set()
    for word in _file_lines(f"stopwords_{language}.txt"):
        words |= spellings(word.lower(), language)
    return frozenset(words)


def compound_parts(language, with_editors=True):
    """The compound parts of a language (German and Danish), sorted, each as
    written, transliterated and folded: they are looked for before folding,
    which would otherwise join letters across the seam ("Bioenergie" folds to
    "bionergie", its "oe" read as "ö")."""
    lines = _file_lines(f"compounds_{language}.txt")
    if with_editors:
        lines += _editor_lines("compound", language)
    words = set()
    for line in lines:
        for word in re.split(r"[\s,;]+", line.lower()):
            if len(word) >= 3:
                words |= spellings(word, language) | {FOLD[language](word)}
    return sorted(words)


def synonym_rules(language, with_editors=True):
    """Solr-format synonym rules of a language, lower case."""
    lines = _file_lines(f"synonyms_{language}.txt")
    if with_editors:
        lines += _editor_lines("synonyms", language)
    return list(dict.fromkeys(line.lower() for line in lines if "," in line or "=>" in line))
