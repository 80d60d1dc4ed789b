"""docker-compose.yml cannot run on the build machines (no Docker engine), so
its shape is checked here: the services, their healthchecks, and that the web
service is configured for Elasticsearch and PostgreSQL."""
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_compose_has_web_database_and_search_services(compose):
    assert set(compose["services"]) >= {"web", "db", "search"}
    assert compose["services"]["db"]["image"].startswith("postgres:17")
    assert compose["services"]["search"]["image"].startswith("docker.elastic.co/elasticsearch/elasticsearch:9.")


def test_every_service_has_a_healthcheck(compose):
    for name, service in compose["services"].items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def test_web_selects_elasticsearch_and_postgresql(compose):
    web = compose["services"]["web"]
    environment = web["environment"]
    assert environment["SEARCH_ENGINE"] == "elasticsearch"
    assert environment["SEARCH_URL"] == "http://search:9200"
    assert environment["DATABASE_URL"].startswith("postgres://")
    assert "@db:5432/" in environment["DATABASE_URL"]
    assert environment["DJANGO_SETTINGS_MODULE"] == "cms.settings.production"
    assert web["depends_on"] == {
        "db": {"condition": "service_healthy"}, "search": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
    }


def test_web_nodes_share_their_cache_on_redis(compose):
    """Issue 13: rate-limit counters and the page cache on Redis, so web nodes can be added."""
    redis = compose["services"]["redis"]
    assert redis["image"].startswith("redis:")
    assert "redis-cli" in redis["healthcheck"]["test"]
    assert compose["services"]["web"]["environment"]["REDIS_URL"] == "redis://redis:6379/0"
    # The worker publishes scheduled pages: it must empty the same page cache.
    assert compose["services"]["worker"]["environment"]["REDIS_URL"] == "redis://redis:6379/0"


def test_data_lives_in_named_volumes(compose):
    assert set(compose["volumes"]) >= {"postgres-data", "search-data", "media"}
    assert "postgres-data:/var/lib/postgresql/data" in compose["services"]["db"]["volumes"]
    assert "search-data:/usr/share/elasticsearch/data" in compose["services"]["search"]["volumes"]


def test_search_engine_runs_single_node(compose):
    environment = compose["services"]["search"]["environment"]
    assert environment["discovery.type"] == "single-node"


def test_env_example_names_every_variable_compose_requires():
    example = (REPO / ".env.example").read_text()
    for variable in ("SECRET_KEY", "ALLOWED_HOSTS", "POSTGRES_PASSWORD"):
        assert f"\n{variable}=" in "\n" + example


def test_web_image_starts_with_migrations_and_gunicorn():
    entrypoint = (REPO / "scripts" / "docker-entrypoint.sh").read_text()
    assert "manage.py migrate --noinput" in entrypoint
    assert "gunicorn cms.wsgi:application" in entrypoint


def test_worker_runs_beside_web_with_the_same_image_and_settings(compose):
    worker, web = compose["services"]["worker"], compose["services"]["web"]
    assert worker["build"] == web["build"]
    assert worker["command"][:3] == ["python", "manage.py", "run_worker"]
    assert worker["environment"] == web["environment"]
    assert worker["env_file"] == web["env_file"]
    assert worker["depends_on"] == {"db": {"condition": "service_healthy"}, "search": {"condition": "service_healthy"}}
    assert "/tmp/worker.alive" in worker["command"] and "/tmp/worker.alive" in worker["healthcheck"]["test"][1]


def test_first_web_start_builds_the_search_index_if_missing():
    entrypoint = (REPO / "scripts" / "docker-entrypoint.sh").read_text()
    assert "manage.py rebuild_search_index --if-missing" in entrypoint
