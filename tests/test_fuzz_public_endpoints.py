"""Property-based fuzzing of every public endpoint, on both search backends:
whatever a visitor or a partner sends in the query string (NUL bytes and
other control characters, quotes, engine syntax, very long or non-Latin
text, repeated or unknown parameters), the answer is never a server error.

The HTML site gets query strings from hypothesis built on the parameters the
pages read; the API gets requests generated from its OpenAPI schema by
schemathesis (tests/api/test_schema.py runs the schema's full checks). The
examples are bounded (and derandomized) so that the whole module adds about
a minute to `make test`.
"""
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

pytestmark = pytest.mark.django_db

BACKENDS = ["opensearch", "database"]

# Public pages and what their query strings are read for.
HTML_ENDPOINTS = {
    "/en/": [],
    "/da/search/": ["q", "language", "sort", "page", "type", "sector", "theme", "country", "period"],
    "/en/search/suggest/": ["q"],
    "/de/cluster/": ["sector", "country", "page"],
    "/en/case-studies/": ["theme", "page"],
    "/en/events/": ["show", "page"],
    "/en/clusters/cewind/": [],
    "/en/partner-search/": ["q", "kind", "sector", "theme", "country", "status", "page"],
    "/de/partnersuche/beispiel-offshore-wind-kosten-partner/": ["interest"],
    "/en/partner-search-service/alerts/": [],
    "/sitemap.xml": ["p"],
    "/robots.txt": [],
}

# Text a visitor might send, weighted toward what has broken things before.
nasty_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from('\x00\x01\x1f\x7f"\'\\*:()[]{}<>!&|~^?=+-/%#;,. æøåßü中'), max_size=15),
    st.sampled_from(["", "0", "-1", "99999999999999999999", "1e3", "all", "NOT", '"', "\x00", "wind\x00energy",
                     "a" * 400, "%00", "null", "true", "[]", "../../etc/passwd", "<script>"]),
)


def query_strings(names):
    """Lists of (name, value) pairs: known names, unknown ones, repeats."""
    name = st.sampled_from(names) if names else st.just("q")
    return st.lists(st.tuples(st.one_of(name, st.text(max_size=8)), nasty_text), max_size=5)


@pytest.fixture(params=BACKENDS)
def backend(request, settings):
    """Both search backends: the engine, and Wagtail's database backend (`make run`'s default)."""
    settings.SEARCH_ENGINE = "opensearch" if request.param == "opensearch" else "database"
    settings.API_THROTTLE_ANON_RATE = "100000/min"
    return request.param


@pytest.mark.parametrize("path", list(HTML_ENDPOINTS))
def test_html_endpoints_never_answer_with_a_server_error(client, backend, path):
    @given(pairs=query_strings(HTML_ENDPOINTS[path]))
    @hypothesis_settings(
        max_examples=15, deadline=None, derandomize=True, database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(pairs):
        from urllib.parse import urlencode

        url = f"{path}?{urlencode(pairs)}" if pairs else path
        response = client.get(url)
        assert response.status_code < 500, (url, response.status_code)

    check()


@pytest.fixture
def keep_transaction_open():
    """schemathesis's WSGI calls run inside the test's transaction: Django's
    handler must not close the connection around each request."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def load_schema():
    loaded = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))
    loaded.app = get_wsgi_application()
    return loaded


api_schema = load_schema()


@pytest.fixture
def database_backend(settings):
    settings.SEARCH_ENGINE = "database"
    settings.API_THROTTLE_ANON_RATE = "100000/min"


@api_schema.parametrize()
@hypothesis_settings(max_examples=15, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
def test_api_never_answers_with_a_server_error_on_the_database_backend(case, database_backend, keep_transaction_open):
    """The engine backend's run is tests/api/test_schema.py's; this one is `make run`'s backend."""
    case.call_and_validate(checks=[not_a_server_error])
