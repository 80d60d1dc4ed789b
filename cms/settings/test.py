"""Test suite: `make test`. The tests talk to the real PostgreSQL and search
engine started by scripts/services/; the defaults point at the ports those
scripts use."""
import dj_database_url

from .base import *  # noqa: F401,F403
from .environment import env_str

DEBUG = False
SECRET_KEY = "test-only-key"
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", "postgres://intranet:intranet@127.0.0.1:5433/intranet")
    )
}

SEARCH_ENGINE = env_str("SEARCH_ENGINE", "opensearch")
SEARCH_URL = env_str("SEARCH_URL", "http://127.0.0.1:9200")
# Test runs use indexes of their own so that a developer's index is never touched.
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "intranet_test_")
WAGTAILSEARCH_BACKENDS = search_backends(SEARCH_ENGINE, SEARCH_URL, SEARCH_INDEX_PREFIX)  # noqa: F405

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
