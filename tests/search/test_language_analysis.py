"""On the real engine, an index built with the project's analysis settings
stems Danish and German (and English) words and folds æ/ø/å and umlauts, so
that visitors find words in the forms they type."""
import uuid

import pytest
from django.conf import settings

from search.analysis import INDEX_SETTINGS, LANGUAGE_ANALYZERS
from search.engine import get_engine

DOCUMENTS = {
    "de-wind": {"language": "de", "text": "Ein Netzwerk für den Windpark an der Westküste"},
    "de-mueller": {"language": "de", "text": "Ansprechpartnerin ist Frau Müller aus Flensburg"},
    "da-klynge": {"language": "da", "text": "En klynge for fødevarer i Syddanmark"},
    "da-kbh": {"language": "da", "text": "Mødet holdes i København"},
    "en-cluster": {"language": "en", "text": "Clustering helps the region's companies"},
}


@pytest.fixture(scope="module")
def analysed_index():
    engine = get_engine()
    name = f"{settings.SEARCH_INDEX_PREFIX}analysis_{uuid.uuid4().hex[:8]}"
    mappings = {
        "properties": {
            f"text_{language}": {"type": "text", "analyzer": analyzer}
            for language, analyzer in LANGUAGE_ANALYZERS.items()
        }
        | {"text_plain": {"type": "text", "analyzer": "standard"}}
    }
    engine.create_index(name, INDEX_SETTINGS["settings"], mappings)
    for doc_id, doc in DOCUMENTS.items():
        engine.index_document(name, doc_id, {f"text_{doc['language']}": doc["text"], "text_plain": doc["text"]})
    engine.refresh(name)
    yield name
    engine.delete_index(name)


def found(index, field, query):
    body = {"query": {"match": {field: query}}}
    return {hit["_id"] for hit in get_engine().search(index, body)["hits"]["hits"]}


@pytest.mark.parametrize(
    "language, query, expected",
    [
        # German plurals and inflections find the singular
        ("de", "Netzwerke", "de-wind"),
        ("de", "Windparks", "de-wind"),
        # German umlauts: as written, transliterated, or dropped
        ("de", "Westkueste", "de-wind"),
        ("de", "Mueller", "de-mueller"),
        ("de", "Muller", "de-mueller"),
        # Danish definite and plural forms find the indefinite form
        ("da", "klyngen", "da-klynge"),
        ("da", "klynger", "da-klynge"),
        # æ/ø/å: as written, transliterated, or dropped
        ("da", "Koebenhavn", "da-kbh"),
        ("da", "Kobenhavn", "da-kbh"),
        ("da", "modet", "da-kbh"),
        ("da", "foedevarer", "da-klynge"),
        # English stemming
        ("en", "clusters", "en-cluster"),
        ("en", "company", "en-cluster"),
    ],
)
def test_language_analysis_finds_other_word_forms(analysed_index, language, query, expected):
    assert found(analysed_index, f"text_{language}", query) == {expected}


@pytest.mark.parametrize("query", ["Netzwerke", "klyngen", "Koebenhavn", "Mueller"])
def test_the_standard_analyzer_alone_would_miss_them(analysed_index, query):
    # Shows that the matches above come from the language analysis, not from luck.
    assert found(analysed_index, "text_plain", query) == set()


def test_danish_analyzer_removes_danish_stop_words(analysed_index):
    tokens = get_engine().analyze(analysed_index, LANGUAGE_ANALYZERS["da"], "klyngen og netværket i Sønderborg")
    assert "og" not in tokens and "i" not in tokens
    assert "sonderborg" in tokens
