"""Redis as the shared cache (issue 13, item 1): the rate-limit counters and the
page cache live on the real Redis server of `make test`; when Redis is down or
hangs at request time the site keeps serving (pages rendered, API answered,
the rate limit fails open with a log line) and it recovers by itself.

The outage tests break a Redis of their own (tests/scaleout/services.py), never
the one the rest of the suite uses."""
import logging

import pytest
import redis
from django.conf import settings as django_settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

from clusters.models import ClusterPage
from cms.settings.base import redis_caches
from website.cache import GENERATION_KEY

from .services import RedisServer

pytestmark = pytest.mark.django_db

PAGE = "/en/clusters/cewind/"
API = "/api/v2/pages/"


def raw_redis(url=None):
    return redis.Redis.from_url(url or django_settings.REDIS_URL, socket_timeout=2)


def test_counters_and_pages_are_stored_on_the_redis_server(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.API_THROTTLE_ANON_RATE = "100/min"
    assert isinstance(caches["default"], RedisCache) and isinstance(caches["pages"], RedisCache)
    caches["default"].clear()
    assert client.get(API, REMOTE_ADDR="10.1.0.1").status_code == 200
    assert client.get(PAGE).status_code == 200
    prefix = caches["default"].key_prefix
    keys = [key.decode() for key in raw_redis().keys(f"{prefix}*")]
    assert any("api-throttle:ip-10.1.0.1" in key for key in keys), keys
    assert any(key.startswith(f"{prefix}-pages:") and ":page:" in key for key in keys), keys


def test_emptying_the_page_cache_keeps_the_rate_limit_counters(client, settings, django_capture_on_commit_callbacks):
    """Django's RedisCache.clear() flushes the whole database; a publish moves the
    page cache's generation on instead."""
    settings.PAGE_CACHE_ENABLED = True
    settings.API_THROTTLE_ANON_RATE = "2/min"
    caches["default"].clear()
    assert client.get(PAGE)["X-Page-Cache"] == "miss"
    assert client.get(PAGE)["X-Page-Cache"] == "hit"
    assert [client.get(API, REMOTE_ADDR="10.1.0.2").status_code for _ in range(2)] == [200, 200]
    generation = caches["pages"].get(GENERATION_KEY) or 1

    cluster = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    cluster.title = "CEwind after the publish"
    with django_capture_on_commit_callbacks(execute=True):
        cluster.save_revision().publish()

    assert caches["pages"].get(GENERATION_KEY) == generation + 1
    response = client.get(PAGE)
    assert response["X-Page-Cache"] == "miss" and "CEwind after the publish" in response.content.decode()
    assert client.get(API, REMOTE_ADDR="10.1.0.2").status_code == 429  # the counter survived


@pytest.fixture
def own_redis(settings):
    server = RedisServer()
    server.start()
    settings.CACHES = redis_caches(server.url, "outage")  # Django rebuilds its cache handlers
    settings.PAGE_CACHE_ENABLED = True
    settings.API_THROTTLE_ANON_RATE = "2/min"
    yield server
    server.stop()


def test_redis_down_the_site_serves_and_the_limit_fails_open_then_recovers(client, own_redis, caplog):
    assert client.get(PAGE)["X-Page-Cache"] == "miss"
    assert client.get(PAGE)["X-Page-Cache"] == "hit"
    own_redis.stop()

    with caplog.at_level(logging.WARNING, logger="cms.shared_cache"):
        page = client.get(PAGE)
        api = [client.get(API, REMOTE_ADDR="10.2.0.1").status_code for _ in range(4)]
    assert page.status_code == 200 and "CEwind" in page.content.decode()
    assert api == [200, 200, 200, 200]  # over the 2/min limit: fails open
    logged = [record.getMessage() for record in caplog.records]
    assert any("API rate limit not applied (fails open)" in line for line in logged), logged
    assert any("pages served without the page cache" in line for line in logged), logged

    own_redis.start()  # nothing restarted on the site's side
    assert client.get(PAGE)["X-Page-Cache"] == "miss"
    assert client.get(PAGE)["X-Page-Cache"] == "hit"
    assert [client.get(API, REMOTE_ADDR="10.2.0.1").status_code for _ in range(3)] == [200, 200, 429]


def test_a_publish_while_redis_hangs_empties_the_cache_once_it_answers(client, own_redis, django_capture_on_commit_callbacks):
    """Redis stops answering (SIGSTOP) with pages in it: requests wait at most the socket
    time-out, the publish succeeds, and the page cache is emptied when Redis answers again."""
    assert client.get(PAGE)["X-Page-Cache"] == "miss"
    pid = own_redis.pause()
    try:
        cluster = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
        cluster.title = "CEwind published during the hang"
        with django_capture_on_commit_callbacks(execute=True):
            cluster.save_revision().publish()
        during = client.get(PAGE)
        assert during.status_code == 200 and "CEwind published during the hang" in during.content.decode()
        assert client.get(API, REMOTE_ADDR="10.2.0.2").status_code == 200
    finally:
        own_redis.resume(pid)
    after = client.get(PAGE)
    assert after["X-Page-Cache"] == "miss"  # the old copy was not served
    assert "CEwind published during the hang" in after.content.decode()
    assert client.get(PAGE)["X-Page-Cache"] == "hit"
