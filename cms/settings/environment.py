"""Small readers for configuration that comes from the environment.

Settings modules use these so that every value a deployment may change is read
from one place, with a development default that never serves production.
"""
import os
import sys


def env_str(name, default=None):
    value = os.environ.get(name)
    return default if value in (None, "") else value


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value in (None, ""):
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


def env_list(name, default=()):
    value = os.environ.get(name)
    if value in (None, ""):
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def refuse_to_start(message):
    """Stop the process with one readable line instead of a traceback.

    Configuration mistakes are made by people deploying the site; a single
    line saying what to set is more useful to them than a stack trace.
    """
    sys.stderr.write(f"Configuration error: {message}\n")
    sys.exit(2)


# Secret keys that are known to everyone: the placeholder of .env.example and
# Django's own "insecure" prefix. A site signed with one of them has no secret.
PLACEHOLDER_SECRET_KEYS = {"change-me-to-a-long-random-string"}
MIN_SECRET_KEY_LENGTH = 50


def secret_key_problem(key):
    """Why ``key`` cannot sign production sessions, or None when it can."""
    if not key:
        return "SECRET_KEY is not set; production needs a long random secret key."
    if key in PLACEHOLDER_SECRET_KEYS or key.startswith(("change-me", "django-insecure-")):
        return "SECRET_KEY is the placeholder from .env.example; set a long random secret key."
    if len(key) < MIN_SECRET_KEY_LENGTH:
        return (f"SECRET_KEY has {len(key)} characters; production needs at least {MIN_SECRET_KEY_LENGTH} "
                "random ones (e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))').")
    return None
