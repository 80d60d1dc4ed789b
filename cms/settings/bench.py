"""Benchmarks: `make bench` (docs/benchmarks.md).

The site as production runs it (DEBUG off, gunicorn, the page cache on disk),
on a database and index prefix of its own so that a benchmark never touches
development data or a test run, with the baselines of benchmarks/urls.py
mounted under /bench/. Never used in production: only this module turns the
baselines on.
"""
from .base import *  # noqa: F401,F403
from .environment import env_str

# The corpus generator and the harness (benchmarks/): installed only here and
# in the test settings, never in production.
INSTALLED_APPS = INSTALLED_APPS + ["benchmarks"]  # noqa: F405

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", "bench-only-key-not-secret")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

# A dedicated database on the PostgreSQL server of scripts/services/postgres.sh
# (created by scripts/bench.sh), with connections kept open between requests.
DATABASES = {
    "default": dj_database_url.parse(  # noqa: F405
        env_str("BENCH_DATABASE_URL", "postgres://intranet:intranet@127.0.0.1:5433/intranet_bench"),
        conn_max_age=int(env_str("DATABASE_CONN_MAX_AGE", "60")),
    )
}

SEARCH_ENGINE = env_str("SEARCH_ENGINE", "opensearch")
SEARCH_URL = env_str("SEARCH_URL", "http://127.0.0.1:9200")
SEARCH_INDEX_PREFIX = env_str("BENCH_SEARCH_INDEX_PREFIX", "intranet_bench_")
WAGTAILSEARCH_BACKENDS = search_backends(SEARCH_ENGINE, SEARCH_URL, SEARCH_INDEX_PREFIX)  # noqa: F405
if "engine" in WAGTAILSEARCH_BACKENDS:
    # The baseline's full rebuild (update_index) refreshes a 15,000-document
    # index at its end; on a loaded machine that took longer than the 5 s
    # request timeout and failed the run. A time-out changes no timing.
    WAGTAILSEARCH_BACKENDS["engine"]["TIMEOUT"] = 60

# The page cache in a folder of its own (cleared by the harness for cold runs).
if not REDIS_URL:  # noqa: F405
    CACHES["pages"]["LOCATION"] = env_str("PAGE_CACHE_DIR", str(VAR_DIR / "bench" / "cache" / "pages"))  # noqa: F405
PAGE_CACHE_ENABLED = True

# The load comes from one address: the anonymous rate limit would answer 429
# after two seconds. The throttle still runs (its cost is measured), it just
# never says no.
API_THROTTLE_ANON_RATE = "100000000/min"
API_THROTTLE_KEY_RATE = "100000000/min"

# Only the benchmarks mount the baselines (Wagtail's own search, the stock
# pages API, a bare JSON view) under /bench/: see cms/urls.py.
BENCHMARK_BASELINES = True

# One line per request would cost more than some of the requests measured.
LOGGING["root"]["level"] = env_str("LOG_LEVEL", "WARNING")  # noqa: F405
