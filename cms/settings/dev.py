"""Development: `make run`. DEBUG on, a throw-away secret key, SQLite and the
database search backend unless the environment says otherwise."""
from .base import *  # noqa: F401,F403
from .environment import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
# Only ever used on a developer's machine; production refuses to start without its own.
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
# Mails are printed to the console unless a mail server is configured (EMAIL_URL or EMAIL_HOST).
if not (env_str("EMAIL_URL", "") or env_str("EMAIL_HOST", "")):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Template and CSS changes show at once while developing; PAGE_CACHE_ENABLED=true tries the page cache.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)
