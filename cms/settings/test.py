"""Test suite: `make test`. The tests talk to the real PostgreSQL and search
engine started by scripts/services/; the defaults point at the ports those
scripts use."""
import os

import dj_database_url

from .base import *  # noqa: F401,F403
from .environment import env_str

DEBUG = False
SECRET_KEY = "test-only-key"
# Each test run gets a database and indexes of its own, so that runs started
# side by side (or a developer's site on the same services) never collide.
RUN_ID = env_str("TEST_RUN_ID", str(os.getpid()))
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", "postgres://intranet:intranet@127.0.0.1:5433/intranet")
    )
}
DATABASES["default"]["TEST"] = {"NAME": f"test_intranet_{RUN_ID}"}

SEARCH_ENGINE = env_str("SEARCH_ENGINE", "opensearch")
SEARCH_URL = env_str("SEARCH_URL", "http://127.0.0.1:9200")
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", f"intranet_test_{RUN_ID}_")
WAGTAILSEARCH_BACKENDS = search_backends(SEARCH_ENGINE, SEARCH_URL, SEARCH_INDEX_PREFIX)  # noqa: F405

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# make test runs a real Redis (scripts/services/redis.sh, REDIS_URL): the rate
# limit and the page cache are tested on the shared cache production uses, under
# a key prefix of this run's own. Without REDIS_URL the page cache is in memory:
# nothing of a test run is left in var/.
if REDIS_URL:  # noqa: F405
    CACHES = redis_caches(REDIS_URL, f"intranet_test_{RUN_ID}")  # noqa: F405
else:
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"}  # noqa: F405
# Off: tests roll back their changes without a commit, so a page cached by one
# test could show another test outdated content. The cache's own tests turn it on.
PAGE_CACHE_ENABLED = False

# The benchmark baselines' app (its corpus generator is tested), and page types
# that exist only in tests (tests/pagetypes/).
INSTALLED_APPS = INSTALLED_APPS + ["benchmarks", "tests.pagetypes"]  # noqa: F405
