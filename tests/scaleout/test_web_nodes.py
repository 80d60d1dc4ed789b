"""Several web nodes (issue 13, item 2): two gunicorn instances of the site on
different ports, against the same PostgreSQL, Redis and engine, with one
worker. A publish through one is visible through the other (HTML, API,
search) within one worker pass, the rate limit counts across both, one
publish empties the page cache of both, and their ETags agree."""
import json
import time

import pytest

from .conftest import ADMIN_PASSWORD
from .services import EditorSession, http_get, wait_until

# The nodes use a copy of the test database (conftest.py): the mark makes
# pytest-django create and seed the original.
pytestmark = pytest.mark.django_db

# Every visitor arrives through the TLS proxy under the site's one host name:
# the page cache key is the host and path, the same on every node.
VISITOR = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}


def visitor(client_ip):
    return dict(VISITOR, **{"X-Forwarded-For": client_ip})


@pytest.fixture(scope="module")
def nodes(deployment):
    # 6 API requests a minute per client: per-node (or per-process) counters would
    # let a client make 6 on each node, 24 on the four gunicorn workers.
    first = deployment.start_node("node-a", API_THROTTLE_ANON_RATE="6/min")
    second = deployment.start_node("node-b", API_THROTTLE_ANON_RATE="6/min")
    deployment.start_worker()
    return first, second


def test_the_rate_limit_counts_across_both_nodes(nodes):
    # The counters are per clock-aligned minute (api/throttling.py): start
    # well inside one, so that the nine requests share a window.
    second_of_minute = time.time() % 60
    if second_of_minute > 45:
        time.sleep(61 - second_of_minute)
    statuses = [
        http_get(f"{nodes[n % 2].url}/api/v2/pages/?limit=1", visitor("198.51.100.10"))[0]
        for n in range(9)
    ]
    assert statuses == [200] * 6 + [429] * 3
    # Another client still has its whole allowance, on either node.
    assert http_get(f"{nodes[1].url}/api/v2/pages/?limit=1", visitor("198.51.100.11"))[0] == 200


def test_a_publish_through_one_node_is_seen_through_the_other(deployment, nodes):
    first, second = nodes
    page_id = deployment.page_id("cewind")
    url = "/en/clusters/cewind/"
    api = f"/api/v2/pages/{page_id}/"

    # Both nodes serve the page from the one shared page cache.
    assert http_get(first.url + url, visitor("192.0.2.1"))[1]["X-Page-Cache"] in ("miss", "hit")
    status, headers, _ = http_get(second.url + url, visitor("192.0.2.1"))
    assert (status, headers["X-Page-Cache"]) == (200, "hit")
    # ETags agree, and one node's ETag revalidates on the other.
    etags = [http_get(node.url + api, visitor("192.0.2.1"))[1]["ETag"] for node in nodes]
    assert etags[0] == etags[1]
    assert http_get(second.url + api, dict(visitor("192.0.2.1"), **{"If-None-Match": etags[0]}))[0] == 304

    title = "CEwind Zephyrquartz edition"
    deployment.save_draft(page_id, title)
    editor = EditorSession(first.url)
    editor.log_in("scaleout", ADMIN_PASSWORD)
    published_at = time.monotonic()
    editor.publish(page_id)

    # The other node: its page cache was emptied by the publish on the first.
    status, headers, body = http_get(second.url + url, visitor("192.0.2.2"))
    assert status == 200 and headers["X-Page-Cache"] == "miss" and title in body.decode()
    status, headers, body = http_get(second.url + api, visitor("192.0.2.2"))
    assert status == 200 and json.loads(body)["title"] == title
    assert headers["ETag"] != etags[0]
    assert http_get(first.url + api, visitor("192.0.2.2"))[1]["ETag"] == headers["ETag"]

    # Search on the other node once the worker has applied the outbox (a pass is ~0.5 s).
    polls = iter(range(10, 250))

    def found():  # a client address per poll: the test is not about the rate limit
        status, _, body = http_get(f"{second.url}/api/v2/search/?q=Zephyrquartz", visitor(f"192.0.2.{next(polls)}"))
        assert status == 200, body[:500]
        return any(item.get("title") == title for item in json.loads(body)["items"])

    wait_until(found, timeout=15, message="the publish searchable through the other node")
    lag = time.monotonic() - published_at
    status, _, body = http_get(f"{second.url}/en/search/?q=Zephyrquartz", visitor("192.0.2.3"))
    assert status == 200 and title in body.decode()
    print(f"publish to searchable on the other node: {lag:.2f} s")
