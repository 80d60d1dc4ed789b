"""When the engine hangs, searches stop waiting for it: after a few failures
in a row the circuit breaker answers from the database for a cool-down,
without asking the engine, then tries the engine again.

The hung engine is a real TCP server that accepts connections and never
answers (what a stuck engine node does); it counts the connections it gets,
which is how many times the site asked it.
"""
import socket
import threading
import time

import pytest
from django.utils.html import escape

from search import breaker
from search.service import DEGRADED_NOTICE

pytestmark = pytest.mark.django_db


class HungEngine:
    def __init__(self):
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(50)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)  # held open, never answered

    def close(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture
def hung_engine(settings):
    engine = HungEngine()
    yield engine
    engine.close()


@pytest.fixture
def breaker_settings(settings):
    from django.core.cache import cache

    cache.clear()  # no API answer cached by an earlier test
    settings.SEARCH_TIMEOUT = 0.5
    settings.SEARCH_BREAKER_FAILURES = 3
    settings.SEARCH_BREAKER_COOLDOWN = 30
    return settings


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def test_after_three_failures_searches_skip_the_hung_engine(client, hung_engine, breaker_settings):
    breaker_settings.SEARCH_URL = hung_engine.url
    for asked in range(1, 4):
        response = client.get("/en/search/?q=wind")
        assert response.status_code == 200
        assert escape(str(DEGRADED_NOTICE)) in response.content.decode()
        assert len(hung_engine.connections) == asked  # each waited for the engine
    assert breaker.engine_breaker().is_open

    # Open: the page, the API, the suggestions and a page past the last come from the database, unasked.
    for url in ["/en/search/?q=wind", "/api/v2/search/?q=wind", "/en/search/suggest/?q=Windc",
                "/api/v2/search/autocomplete/?q=Windc", "/en/search/?q=wind&page=99"]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
    assert "Windcomm Schleswig-Holstein" in client.get("/en/search/?q=Windcomm").content.decode()
    assert len(hung_engine.connections) == 3

    # After the cool-down one request tries the engine again: still hung, it stays open.
    hung = breaker.engine_breaker()
    hung.open_until = hung.clock() - 1  # the cool-down is over
    client.get("/en/search/?q=wind")
    assert len(hung_engine.connections) == 4  # the one trial
    assert hung.is_open  # still hung: open for another cool-down
    client.get("/en/search/?q=wind")
    assert len(hung_engine.connections) == 4


def test_the_breaker_closes_when_the_engine_answers_again(client, breaker_settings):
    breaker_settings.SEARCH_BREAKER_FAILURES = 2
    state = breaker.engine_breaker()
    state.failed()
    state.failed()
    assert state.is_open
    response = client.get("/api/v2/search/?q=wind")
    assert response.json()["meta"]["backend"] == "database"  # open: not asked
    state.open_until = state.clock() - 1  # the cool-down is over; the real engine answers
    response = client.get("/api/v2/search/?q=wind")
    assert response.json()["meta"]["backend"] == "engine"
    assert not state.is_open and state.failures == 0


def test_a_results_page_past_the_last_waits_for_a_failing_engine_once(client, hung_engine, breaker_settings):
    breaker_settings.SEARCH_URL = hung_engine.url
    breaker_settings.SEARCH_BREAKER_FAILURES = 10  # the breaker stays closed: the request itself must not ask twice
    response = client.get("/en/search/?q=wind&page=99")
    assert response.status_code == 200
    assert "showing the last one" in response.content.decode()
    assert len(hung_engine.connections) == 1


def test_a_success_between_failures_starts_the_count_again(breaker_settings):
    state = breaker.CircuitBreaker("test")
    state.failed()
    state.failed()
    state.succeeded()
    state.failed()
    state.failed()
    assert not state.is_open
    state.failed()
    assert state.is_open and not state.allow()


def test_a_query_the_engine_refuses_does_not_count_as_an_outage(client, breaker_settings):
    """The engine answering 400 to one odd query is not down: the breaker stays closed."""
    from search.query import SearchRequestRejected, _search
    from search.service import ask_engine

    breaker_settings.SEARCH_BREAKER_FAILURES = 1
    # Issue 14: a request the engine refuses is the request's fault, answered with
    # a message (API: 400), not with the database's results.
    with pytest.raises(SearchRequestRejected):
        ask_engine(_search, {"query": {"no_such_query": {}}})
    assert not breaker.engine_breaker().is_open
