"""Fixtures for the tests of the search index's write side.

Tests that write to the engine work on an index of their own (its own prefix,
hence its own alias), built from the seed content: the run's shared index,
which the query tests read, never sees their changes, which the database rolls
back at the end of each test.
"""
import uuid

import pytest
from django.conf import settings as django_settings
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from search.documents import indexable_pages, is_indexable, restricted_page_paths
from search.engine import get_engine
from search.index import alias_name
from search.indexer import rebuild


@pytest.fixture
def own_index(db, settings):
    """A freshly rebuilt index (with its alias) for this test only. Returns the alias."""
    prefix = f"{django_settings.SEARCH_INDEX_PREFIX}t{uuid.uuid4().hex[:8]}_"
    settings.SEARCH_INDEX_PREFIX = prefix
    engine = get_engine()  # the test may point SEARCH_URL elsewhere; clean up here
    rebuild(progress=False)
    yield alias_name()
    engine.client.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


def indexed(engine=None, alias=None):
    """{(page_id, language, title)} as the index holds them now."""
    engine = engine or get_engine()
    alias = alias or alias_name()
    engine.refresh(alias)
    body = {"size": 10000, "_source": ["page_id", "language", "title"], "query": {"match_all": {}}}
    hits = engine.search(alias, body)["hits"]["hits"]
    return {(hit["_source"]["page_id"], hit["_source"]["language"], hit["_source"]["title"]) for hit in hits}


def indexed_document(page_id, engine=None):
    engine = engine or get_engine()
    engine.refresh(alias_name())
    hits = engine.search(alias_name(), {"query": {"term": {"page_id": page_id}}})["hits"]["hits"]
    return hits[0]["_source"] if hits else None


def expected():
    """{(page_id, language, title)} the database says should be indexed."""
    restricted = restricted_page_paths()
    return {
        (page.pk, page.locale.language_code, page.title)
        for page in indexable_pages()
        if is_indexable(page, restricted)
    }


def new_standard_page(title, parent=None, publish=True, **fields):
    """A standard page under ``parent`` (default: the English home page)."""
    if parent is None:
        parent = HomePage.objects.get(locale=Locale.objects.get(language_code="en"))
    slug = fields.pop("slug", title.lower().replace(" ", "-"))
    page = parent.add_child(
        instance=StandardPage(title=title, slug=slug, intro=f"About {title}.", live=False, **fields)
    )
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page
