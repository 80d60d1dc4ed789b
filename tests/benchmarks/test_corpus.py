"""The benchmark corpus generator at a tiny scale, on the test database: the
pages it writes are Wagtail pages like any other — a valid tree, three
languages linked by translation key, rendered by the site, served by the API
and written to the search index — and the command is idempotent."""
import io
import re
import uuid
from collections import Counter

import pytest
from django.core.management import call_command
from wagtail.models import Page

from benchmarks.corpus import vocabulary
from benchmarks.corpus.generator import (
    PAGE_MODELS,
    SHARES,
    CorpusGenerator,
    corpus_pages,
    item_types,
    remove_corpus,
    type_counts,
)
from benchmarks.models import GeneratedCorpus
from search.engine import get_engine
from search.index import alias_name
from search.indexer import rebuild

pytestmark = pytest.mark.django_db

PAGES = 30


@pytest.fixture
def corpus(db):
    generator = CorpusGenerator(seed=7, pages=PAGES)
    generator.generate()
    return generator


def _words(text):
    return set(re.findall(r"[^\W\d_]+", re.sub(r"<[^>]+>", " ", text)))


def test_page_types_come_in_the_intended_shares_with_each_type_present():
    for pages in (5, 30, 1000, 30000):
        counts = type_counts(pages)
        assert sum(counts.values()) == pages
        assert all(count >= 1 for count in counts.values())
        for kind, share in SHARES.items():
            assert abs(counts[kind] - pages * share) <= max(1.5, pages * 0.01)
    assert item_types(42, 300) == item_types(42, 300)
    assert item_types(42, 300) != item_types(43, 300)


def test_every_item_is_one_page_per_language_linked_by_translation_key(corpus):
    pages = list(corpus_pages().select_related("locale"))
    assert len(pages) == PAGES * 3
    by_key = {}
    for page in pages:
        by_key.setdefault(page.translation_key, set()).add(page.locale.language_code)
    assert len(by_key) == PAGES
    assert all(languages == {"en", "da", "de"} for languages in by_key.values())
    per_type = Counter(type(page.specific).__name__ for page in corpus_pages().filter(locale__language_code="en"))
    assert per_type == {PAGE_MODELS[kind].__name__: count for kind, count in type_counts(PAGES).items()}
    english = corpus_pages().filter(locale__language_code="en").first()
    assert {page.locale.language_code for page in english.get_translations()} == {"da", "de"}


def test_the_tree_stays_valid(corpus):
    assert Page.find_problems() == ([], [], [], [], [])
    for kind in PAGE_MODELS:
        for code in ("en", "da", "de"):
            parent = corpus.parents[kind, code].parent
            parent.refresh_from_db()
            assert parent.numchild == parent.get_children().count()
            assert corpus_pages().child_of(parent).filter(locale__language_code=code).count() >= 1


def test_danish_and_german_texts_use_their_own_vocabulary(corpus):
    danish = {form for entry in vocabulary.NOUNS for form in entry[1].split()}
    german = {form for entry in vocabulary.NOUNS for form in entry[2].split()}
    english = {form for entry in vocabulary.NOUNS for form in entry[0].split()}
    for key in corpus_pages().filter(locale__language_code="en").values_list("translation_key", flat=True)[:10]:
        texts = {
            page.locale.language_code: page.specific.summary if hasattr(page.specific, "summary") else page.specific.short_description
            for page in corpus_pages().filter(translation_key=key).select_related("locale")
        }
        assert _words(texts["da"]) & danish
        assert _words(texts["de"]) & german
        assert not (_words(texts["de"]) & english) - german
        assert texts["da"] != texts["en"] != texts["de"]


def test_pages_render_and_show_in_the_api(corpus, client):
    for model in PAGE_MODELS.values():
        for page in model.objects.filter(pk__in=corpus_pages().values("pk")).select_related("locale")[:3]:
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert page.title.encode() in response.content or page.title.replace("&", "&amp;").encode() in response.content
            data = client.get(f"/api/v2/pages/{page.pk}/").json()
            assert data["title"] == page.title
            assert set(data["meta"]["translations"]) == {"en", "da", "de"} - {page.locale.language_code}
    listing = client.get("/api/v2/pages/", {"type": "clusters.ClusterPage", "fields": "*", "limit": 100}).json()
    listed = {item["id"] for item in listing["items"]}
    assert set(corpus_pages().filter(content_type__model="clusterpage").values_list("pk", flat=True)) <= listed


def test_the_pages_are_indexed_in_the_engine(corpus, settings):
    settings.SEARCH_INDEX_PREFIX = f"{settings.SEARCH_INDEX_PREFIX}corpus{uuid.uuid4().hex[:6]}_"
    try:
        rebuild(progress=False)
        engine = get_engine()
        keys = [str(key) for key in corpus_pages().values_list("translation_key", flat=True).distinct()]
        body = {"query": {"terms": {"translation_key": keys}}, "size": 0,
                "aggs": {"languages": {"terms": {"field": "language"}}}}
        engine.refresh(alias_name())
        result = engine.search(alias_name(), body)
        assert result["hits"]["total"]["value"] == PAGES * 3
        assert {bucket["key"]: bucket["doc_count"] for bucket in result["aggregations"]["languages"]["buckets"]} == {
            "en": PAGES, "da": PAGES, "de": PAGES,
        }
    finally:
        get_engine().client.indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}*", ignore_unavailable=True)


def test_the_same_seed_gives_the_same_corpus(db):
    def snapshot():
        return sorted(corpus_pages().values_list("translation_key", "locale__language_code", "title", "slug"))

    CorpusGenerator(seed=11, pages=12).generate()
    first = snapshot()
    remove_corpus()
    CorpusGenerator(seed=11, pages=12).generate()
    assert snapshot() == first
    remove_corpus()
    CorpusGenerator(seed=12, pages=12).generate()
    assert snapshot() != first


def test_the_command_reuses_a_corpus_and_removes_it_cleanly(db):
    out = io.StringIO()
    call_command("generate_corpus", pages=10, seed=5, no_index=True, stdout=out)
    assert corpus_pages().count() == 30
    assert GeneratedCorpus.objects.get().page_count == 30
    ids = set(corpus_pages().values_list("pk", flat=True))

    out = io.StringIO()
    call_command("generate_corpus", pages=10, seed=5, no_index=True, stdout=out)
    assert "nothing to generate" in out.getvalue()
    assert set(corpus_pages().values_list("pk", flat=True)) == ids

    call_command("generate_corpus", pages=8, seed=5, no_index=True, stdout=io.StringIO())
    assert corpus_pages().count() == 24
    assert not corpus_pages().filter(pk__in=ids).exists()

    call_command("generate_corpus", remove=True, stdout=io.StringIO())
    assert not corpus_pages().exists()
    assert not GeneratedCorpus.objects.exists()
    assert Page.find_problems() == ([], [], [], [], [])
