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
