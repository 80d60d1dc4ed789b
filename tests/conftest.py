"""Fixtures shared by the whole suite.

The suite runs against the real PostgreSQL, search engine and Redis started by
`make test`. When one is missing the run stops at once with a message that
says which and how to start it: a missing service is a failure, never a skip.
"""
import time

import pytest
from django.conf import settings


def _check_postgres():
    import psycopg

    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        return f"the test database must be PostgreSQL, DATABASE_URL selects {db['ENGINE']}"
    try:
        psycopg.connect(
            host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"],
            password=db["PASSWORD"], dbname=db["NAME"], connect_timeout=5,
        ).close()
    except psycopg.Error as error:
        return f"PostgreSQL is not reachable at {db['HOST']}:{db['PORT']} ({str(error).strip()})"
    return None


def _check_search_engine():
    from search.engine import get_engine

    if settings.SEARCH_ENGINE == "database":
        return "the tests need a real search engine, SEARCH_ENGINE=database selects none"
    try:
        if get_engine().ping():
            return None
    except Exception as error:  # any transport error means the same to the user
        return f"the search engine is not reachable at {settings.SEARCH_URL} ({error})"
    return f"the search engine at {settings.SEARCH_URL} does not answer"


def _check_redis():
    if not settings.REDIS_URL:
        return "the tests need Redis (the shared cache), REDIS_URL is not set"
    import redis

    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=5).ping()
    except redis.RedisError as error:
        return f"Redis is not reachable at {settings.REDIS_URL} ({error})"
    return None


def pytest_sessionstart(session):
    problems = [problem for problem in (_check_postgres(), _check_search_engine(), _check_redis()) if problem]
    if problems:
        pytest.exit(
            "Test services missing: " + "; ".join(problems)
            + ". Run the suite with `make test`, or start them with `make services`.",
            returncode=3,
        )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the site as `make run` leaves it: locales,
    synchronised trees, the editorial groups and the seed content in three
    languages. Each test runs in a transaction that is rolled back."""
    from home.seed.loader import load_seed_content

    with django_db_blocker.unblock():
        load_seed_content()


@pytest.fixture(scope="session")
def search_index(django_db_setup, django_db_blocker):
    """The engine index of this run holds the seed content (rebuilt once, right
    after the database is seeded). Returns the number of documents."""
    from search.indexer import rebuild

    with django_db_blocker.unblock():
        return rebuild(progress=False)


@pytest.fixture(autouse=True)
def _search_index_for_database_tests(request):
    """Every test that uses the database finds the seed content in the index."""
    if "django_db_setup" in request.fixturenames or request.node.get_closest_marker("django_db"):
        request.getfixturevalue("search_index")


@pytest.fixture(autouse=True)
def _rate_limit_clock_within_one_window(monkeypatch):
    """The API rate limit counts per clock-aligned minute (api/throttling.py):
    its clock stands still a second into the current minute, so that a test's
    requests never straddle a window's end and start counting again."""
    from api.throttling import PartnerRateThrottle

    now = time.time()
    frozen = now - now % 60 + 1
    monkeypatch.setattr(PartnerRateThrottle, "timer", lambda self: frozen)


@pytest.fixture(autouse=True)
def _closed_search_breakers():
    """The engine's circuit breaker (search/breaker.py) starts closed in every test."""
    from search.breaker import reset_breakers

    reset_breakers()
    yield
    reset_breakers()


@pytest.fixture(scope="session", autouse=True)
def remove_this_runs_search_indexes():
    """Indexes are named after the run (see cms/settings/test.py); remove them at the end."""
    yield
    from search.engine import get_engine

    get_engine().client.indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}*", ignore_unavailable=True)


@pytest.fixture
def locales(db):
    from wagtail.models import Locale

    return {locale.language_code: locale for locale in Locale.objects.all()}
