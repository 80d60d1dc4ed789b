"""The full rebuild: the seed content in a fresh index behind the alias."""
from search.documents import indexable_pages, is_indexable, restricted_page_paths
from search.engine import get_engine
from search.index import alias_name


def test_session_index_holds_every_indexable_seed_page(db, search_index):
    restricted = restricted_page_paths()
    expected = {page.pk for page in indexable_pages() if is_indexable(page, restricted)}
    engine = get_engine()
    assert search_index == len(expected) > 0
    hits = engine.search(alias_name(), {"size": 10000, "_source": ["page_id"], "query": {"match_all": {}}})
    assert {hit["_source"]["page_id"] for hit in hits["hits"]["hits"]} == expected
    assert len(engine.indices_behind(alias_name())) == 1
