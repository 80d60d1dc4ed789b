"""Helpers for tests that put pages of their own into the engine index."""
import pytest
from django.http import QueryDict
from wagtail.models import Locale

from search.engine import get_engine
from search.index import alias_name
from search.indexer import index_pages
from search.params import parse_search_params
from search.service import search


def run_search(query_string, language="en"):
    params, problems = parse_search_params(QueryDict(query_string), language)
    assert not problems, problems
    return search(params)


def titles(results):
    return [hit.title for hit in results.hits]


@pytest.fixture
def indexed():
    """Index pages made by a test now, and take their documents out again
    afterwards (the test's database changes are rolled back, the index's are not)."""
    page_ids = []

    def index(*pages):
        page_ids.extend(page.pk for page in pages)
        index_pages([page.pk for page in pages])
        get_engine().refresh(alias_name())

    yield index
    if page_ids:
        engine = get_engine()
        engine.bulk([{"_op_type": "delete", "_index": alias_name(), "_id": str(pk)} for pk in page_ids])
        engine.refresh(alias_name())


def add_standard_page(language, title, body_text, slug):
    from home.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code=language)
    page = home.add_child(
        instance=StandardPage(
            title=title, slug=slug, intro="", locale=Locale.objects.get(language_code=language),
            body=[("paragraph", f"<p>{body_text}</p>")],
        )
    )
    page.save_revision().publish()
    return page
