"""The client for the configured search engine, and the few calls the project
makes on it directly, written once for both Elasticsearch (production) and
OpenSearch (tests).

The two official Python clients differ in how they take request bodies (the
Elasticsearch 8/9 client takes keyword arguments, opensearch-py a `body`), and
the Elasticsearch client refuses to talk to OpenSearch; this module hides both
differences so that the rest of the project names neither.
"""
from functools import lru_cache

from django.conf import settings


class SearchEngineUnavailable(Exception):
    """The engine did not answer (down, unreachable or timed out)."""


class SearchEngine:
    def __init__(self, kind, url, timeout=5):
        self.kind = kind
        self.url = url
        if kind == "elasticsearch":
            from elasticsearch import Elasticsearch

            self.client = Elasticsearch([url], request_timeout=timeout)
        elif kind == "opensearch":
            from opensearchpy import OpenSearch

            self.client = OpenSearch([url], timeout=timeout)
        else:
            raise ValueError(f"SEARCH_ENGINE={kind!r} has no engine client (the database backend needs none)")

    def _body_kwargs(self, body):
        return body if self.kind == "elasticsearch" else {"body": body}

    def ping(self):
        return bool(self.client.ping())

    def info(self):
        return dict(self.client.info())

    def create_index(self, name, settings_body, mappings):
        body = {"settings": settings_body, "mappings": mappings}
        return self.client.indices.create(index=name, **self._body_kwargs(body))

    def delete_index(self, name):
        return self.client.indices.delete(index=name, ignore_unavailable=True)

    def index_exists(self, name):
        return bool(self.client.indices.exists(index=name))

    def index_document(self, index, doc_id, document, refresh=False):
        if self.kind == "elasticsearch":
            return self.client.index(index=index, id=doc_id, document=document, refresh=refresh)
        return self.client.index(index=index, id=doc_id, body=document, refresh=refresh)

    def refresh(self, index):
        return self.client.indices.refresh(index=index)

    def search(self, index, body):
        return dict(self.client.search(index=index, **self._body_kwargs(body)))

    def analyze(self, index, analyzer, text):
        body = {"analyzer": analyzer, "text": text}
        result = self.client.indices.analyze(index=index, **self._body_kwargs(body))
        return [token["token"] for token in result["tokens"]]


@lru_cache(maxsize=1)
def get_engine():
    """The engine named by SEARCH_ENGINE / SEARCH_URL in settings."""
    return SearchEngine(settings.SEARCH_ENGINE, settings.SEARCH_URL)
