"""The client for the configured search engine, and the few calls the project
makes on it directly, written once for both Elasticsearch (production) and
OpenSearch (tests).

The two official Python clients differ in how they take request bodies (the
Elasticsearch 8/9 client takes keyword arguments, opensearch-py a `body`), and
the Elasticsearch client refuses to talk to OpenSearch; this module hides both
differences so that the rest of the project names neither. That includes the
clients' exceptions: ``engine_errors()`` turns them into the two below, and
the rest of the project catches only those.
"""
import contextlib
from functools import lru_cache

from django.conf import settings


def uses_engine():
    """Whether the site searches on an engine (SEARCH_ENGINE elasticsearch or
    opensearch) rather than Wagtail's database backend, which needs no index,
    no outbox and no worker."""
    return settings.SEARCH_ENGINE != "database"


class SearchEngineError(Exception):
    """Something went wrong on the engine's side (the base of the two below)."""


class SearchEngineUnavailable(SearchEngineError):
    """The engine did not answer (down, unreachable, timed out, overloaded or
    starting): worth trying again later."""


class SearchEngineRefused(SearchEngineError):
    """The engine answered with an error status for a request it will not carry
    out as it stands (a missing index, a document the mapping refuses).
    ``status``: the HTTP status it answered with (400: the request itself is wrong)."""

    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status


def _unavailable_errors():
    """The exception classes of both clients that mean the engine did not answer."""
    errors = []
    with contextlib.suppress(ImportError):
        import elastic_transport

        errors += [elastic_transport.TransportError]  # connection errors and time-outs
    with contextlib.suppress(ImportError):
        import opensearchpy.exceptions as opensearch

        errors += [opensearch.ConnectionError, opensearch.ConnectionTimeout]
    return tuple(errors)


def _answered_errors():
    """The exception classes of both clients for an answer with an error status."""
    errors = []
    with contextlib.suppress(ImportError):
        import elasticsearch

        errors += [elasticsearch.ApiError]
    with contextlib.suppress(ImportError):
        import opensearchpy.exceptions as opensearch

        errors += [opensearch.TransportError]
    return tuple(errors)


UNAVAILABLE_ERRORS = _unavailable_errors()
ANSWERED_ERRORS = _answered_errors()


def _status(error):
    status = getattr(error, "status_code", None)
    if status is None:
        status = getattr(getattr(error, "meta", None), "status", None)
    return status if isinstance(status, int) else None


@contextlib.contextmanager
def engine_errors():
    """Turn both clients' exceptions raised inside the block into
    SearchEngineUnavailable or SearchEngineRefused. Anything else (a bug)
    passes unchanged."""
    try:
        yield
    except SearchEngineError:
        raise
    except UNAVAILABLE_ERRORS as error:
        raise SearchEngineUnavailable(f"{type(error).__name__}: {error}") from error
    except ANSWERED_ERRORS as error:
        status = _status(error)
        if status is None or status == 429 or status >= 500:
            # opensearch-py raises TransportError("N/A") for a dropped connection, and
            # an overloaded or starting cluster answers 429/503: both pass with time.
            raise SearchEngineUnavailable(f"{type(error).__name__}: {error}") from error
        raise SearchEngineRefused(f"{type(error).__name__}: {error}", status) from error


class SearchEngine:
    def __init__(self, kind, url, timeout=None):
        timeout = timeout or getattr(settings, "SEARCH_TIMEOUT", 5)
        self.kind = kind
        self.url = url
        hosts = [part.strip() for part in url.split(",") if part.strip()]
        # No retries on one node: a page view must not wait for several
        # timeouts in a row. With the nodes of a cluster, a node that refuses
        # the connection (down) is skipped for the next one, which costs
        # nothing; a node that hangs still costs one timeout.
        retries = len(hosts) - 1
        if kind == "elasticsearch":
            from elasticsearch import Elasticsearch

            self.client = Elasticsearch(hosts, request_timeout=timeout, max_retries=retries, retry_on_timeout=False)
        elif kind == "opensearch":
            from opensearchpy import OpenSearch

            self.client = OpenSearch(hosts, timeout=timeout, max_retries=retries, retry_on_timeout=False)
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

    def set_refresh_interval(self, index, interval):
        """How often ``index`` makes new writes searchable ("1s"; "-1": only on refresh())."""
        body = {"index": {"refresh_interval": interval}}
        if self.kind == "elasticsearch":
            return self.client.indices.put_settings(index=index, settings=body)
        return self.client.indices.put_settings(index=index, body=body)

    def refresh(self, index):
        return self.client.indices.refresh(index=index)

    def search(self, index, body):
        return dict(self.client.search(index=index, **self._body_kwargs(body)))

    def bulk(self, actions, refresh=False):
        """Index and delete documents in one request per chunk. Returns the errors."""
        if self.kind == "elasticsearch":
            from elasticsearch.helpers import bulk
        else:
            from opensearchpy.helpers import bulk
        _, errors = bulk(self.client, actions, raise_on_error=False, refresh=refresh)
        # Deleting a document that is not there is what we wanted anyway.
        return [error for error in errors if error.get("delete", {}).get("status") != 404]

    def indices_behind(self, alias):
        """The concrete indices an alias points to (none if the alias does not exist)."""
        if not self.client.indices.exists_alias(name=alias):
            return []
        return sorted(self.client.indices.get_alias(name=alias))

    def indices_matching(self, pattern):
        return sorted(self.client.indices.get(index=pattern, ignore_unavailable=True, allow_no_indices=True))

    def point_alias(self, alias, index):
        """Make ``alias`` point to ``index`` only, in one atomic step."""
        actions = [{"remove": {"index": old, "alias": alias}} for old in self.indices_behind(alias)]
        actions.append({"add": {"index": index, "alias": alias}})
        if self.kind == "elasticsearch":
            return self.client.indices.update_aliases(actions=actions)
        return self.client.indices.update_aliases(body={"actions": actions})

    def count(self, index, query=None):
        body = {"query": query} if query else {}
        return self.client.count(index=index, **self._body_kwargs(body))["count"]

    def analyze(self, index, analyzer, text):
        body = {"analyzer": analyzer, "text": text}
        result = self.client.indices.analyze(index=index, **self._body_kwargs(body))
        return [token["token"] for token in result["tokens"]]


@lru_cache(maxsize=4)
def _engine(kind, url, timeout):
    return SearchEngine(kind, url, timeout)


def get_engine(timeout=None):
    """The engine named by SEARCH_ENGINE / SEARCH_URL in settings. ``timeout``
    (seconds) bounds every request: queries and background writes use short
    ones so that an engine that does not answer cannot hold anything up."""
    return _engine(settings.SEARCH_ENGINE, settings.SEARCH_URL, timeout or settings.SEARCH_TIMEOUT)
