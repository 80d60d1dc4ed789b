"""Fixtures of the partner API tests: a client as a partner site uses it,
throttling counters reset per test, and content helpers."""
import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_throttle_counters():
    """Rate-limit counters live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api(client):
    """The Django test client with JSON helpers."""

    class API:
        def get(self, path, params=None, **headers):
            return client.get(path, params or {}, **headers)

        def json(self, path, params=None, status=200, **headers):
            response = client.get(path, params or {}, **headers)
            assert response.status_code == status, (response.status_code, response.content[:500])
            assert response["Content-Type"].startswith("application/json")
            return response.json()

        def __getattr__(self, name):
            return getattr(client, name)

    return API()
