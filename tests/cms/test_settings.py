"""Each settings module loads; production refuses unsafe configuration with one
readable line; an unknown search engine is a clear start-up error."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run_manage(*args, settings_module, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    environment.update({"DJANGO_SETTINGS_MODULE": settings_module, **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=environment,
        capture_output=True, text=True, timeout=120,
    )


@pytest.mark.parametrize("module", ["cms.settings.dev", "cms.settings.test"])
def test_settings_module_loads_and_passes_system_checks(module):
    result = run_manage("check", settings_module=module)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_load_with_secret_key_and_hosts():
    result = run_manage(
        "diffsettings", "--all", settings_module="cms.settings.production",
        SECRET_KEY="x" * 60, ALLOWED_HOSTS="intranet.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "DEBUG = False" in result.stdout
    assert "ALLOWED_HOSTS = ['intranet.example.org']" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", settings_module="cms.settings.production", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert lines == ["Configuration error: SECRET_KEY is not set; production needs a long random secret key."]


@pytest.mark.parametrize("key, problem", [
    (None, "is the placeholder from .env.example"),  # None: the value .env.example ships with
    ("change-me", "is the placeholder from .env.example"),
    ("django-insecure-" + "q" * 50, "is the placeholder from .env.example"),
    ("s3cr3t-but-short-" + "x" * 32, "has 49 characters; production needs at least 50"),
])
def test_production_refuses_placeholder_and_short_secret_keys_with_one_line(key, problem):
    if key is None:
        key = re.search(r"^SECRET_KEY=(.*)$", (REPO / ".env.example").read_text(), re.M).group(1)
    result = run_manage("check", settings_module="cms.settings.production", SECRET_KEY=key, ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Configuration error: SECRET_KEY ") and problem in lines[0], lines


def test_trusted_proxies_take_a_count_or_networks_and_refuse_anything_else():
    from cms.proxies import parse_trusted_proxies

    assert parse_trusted_proxies("") == 0
    assert parse_trusted_proxies("2") == 2
    assert parse_trusted_proxies("10.0.0.0/8, 192.168.1.5,::1") == ["10.0.0.0/8", "192.168.1.5/32", "::1/128"]
    result = run_manage("check", settings_module="cms.settings.dev", TRUSTED_PROXIES="proxy.internal")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Configuration error: TRUSTED_PROXIES: 'proxy.internal' is neither a count of proxies "
        "nor an IP address or network (CIDR)."
    ]


def test_production_logs_each_request_with_the_real_client_address():
    result = run_manage(
        "diffsettings", settings_module="cms.settings.production",
        SECRET_KEY="k3y-" + "a1B2c3D4e5" * 6, ALLOWED_HOSTS="intranet.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "'cms.proxies.AccessLogMiddleware'" in result.stdout
    assert "--access-logfile" not in (REPO / "scripts" / "docker-entrypoint.sh").read_text()


def test_the_docker_image_builds_static_files_with_a_key_production_accepts():
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "SECRET_KEY=collectstatic-only ALLOWED_HOSTS" not in dockerfile
    assert "token_urlsafe(50)" in dockerfile


def test_production_passes_deploy_checks_apart_from_documented_warnings():
    result = run_manage(
        "check", "--deploy",
        settings_module="cms.settings.production",
        SECRET_KEY="k3y-" + "a1B2c3D4e5" * 6, ALLOWED_HOSTS="intranet.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    reported = set(re.findall(r"\((\w+\.[EW]\d+)\)", result.stdout + result.stderr))
    # HSTS preloading is a one-way decision left to the operator; the README says so.
    assert reported <= {"security.W021"}
    readme = (REPO / "README.md").read_text()
    assert all(check in readme for check in reported)


def test_unknown_search_engine_is_a_clear_start_up_error():
    result = run_manage("check", settings_module="cms.settings.dev", SEARCH_ENGINE="solr")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Configuration error: SEARCH_ENGINE='solr' is not known; use one of: database, elasticsearch, opensearch."
    ]


def test_elasticsearch_engine_selects_wagtails_elasticsearch_backend():
    result = run_manage(
        "diffsettings", settings_module="cms.settings.dev",
        SEARCH_ENGINE="elasticsearch", SEARCH_URL="http://search.internal:9200",
    )
    assert result.returncode == 0, result.stderr
    assert "wagtail.search.backends.elasticsearch9" in result.stdout
    assert "http://search.internal:9200" in result.stdout


def test_postgresql_is_the_database_under_test(db):
    from django.db import connection

    assert connection.vendor == "postgresql"
