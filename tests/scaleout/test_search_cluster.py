"""A search cluster (issue 13, item 3): two OpenSearch nodes on 127.0.0.1
(scripts/services/opensearch.sh cluster-start), the index with one replica
(SEARCH_REPLICAS=1), the site given both addresses (SEARCH_URL comma-separated).
One node is stopped while visitors search and an editor publishes: no answer
is a 500, no outbox change is lost, and once the node is back the index
converges to exactly what PostgreSQL says."""
import threading
import time

import pytest

from .services import OpenSearchCluster, http_get, wait_until

pytestmark = pytest.mark.django_db

SEARCHES = ["/en/search/?q=cluster", "/api/v2/search/?q=wind", "/da/search/?q=klynge", "/api/v2/search/?q=energy"]


@pytest.fixture(scope="module")
def cluster():
    engine = OpenSearchCluster(nodes=2)
    engine.start()
    yield engine
    engine.stop()


@pytest.fixture(scope="module")
def site(deployment_factory, cluster):
    deployment = deployment_factory(SEARCH_URL=cluster.search_url, SEARCH_REPLICAS=1,
                                    # No breaker: every search asks the cluster, so that each one
                                    # tests the client's fail-over (the breaker has tests of its own).
                                    SEARCH_BREAKER_FAILURES=0)
    yield deployment
    for process in reversed(deployment.processes):  # before the cluster stops
        process.stop()
    deployment.processes = []


class Visitors(threading.Thread):
    """Searches through the web node without pause; records every status."""

    def __init__(self, base_url):
        super().__init__(daemon=True)
        self.base_url = base_url
        self.statuses = []
        self.stopping = threading.Event()

    def run(self):
        n = 0
        while not self.stopping.is_set():
            path = SEARCHES[n % len(SEARCHES)]
            # A client address per request: the rate limit is not under test.
            headers = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "X-Forwarded-For": f"203.0.113.{n % 250}"}
            try:
                status = http_get(self.base_url + path, headers, timeout=30)[0]
            except OSError as error:
                status = f"{type(error).__name__}"
            self.statuses.append((path, status))
            n += 1

    def stop(self):
        self.stopping.set()
        self.join(timeout=60)


def test_a_node_stops_while_searching_and_indexing_and_the_index_converges(site, cluster):
    index = f"{site.prefix}pages"
    settings_body = cluster.get(f"/{index}/_settings")
    (concrete, body), = settings_body.items()
    assert body["settings"]["index"]["number_of_replicas"] == "1"
    cluster.get("/_cluster/health?wait_for_status=green&timeout=60s")

    web = site.start_node("cluster-web", workers=2)
    site.start_worker("cluster-worker")
    visitors = Visitors(web.url)
    visitors.start()
    editor = site.publish_in_background(["cewind", "alucluster"], rounds=4, pause=1.0, marker="Kestrelvane")

    # Stop the node that is not the cluster manager (a 2-node cluster keeps a
    # single vote: losing the manager would stop all writes; docs/operations.md).
    victim = 3 - cluster.manager_node()
    time.sleep(2)
    cluster.stop_node(victim)
    stopped_at = len(visitors.statuses)
    wait_until(lambda: not editor.alive(), timeout=120, interval=0.5, message="the editor's publishes")
    assert "published" in editor.output(), editor.output()
    searches_while_down = len(visitors.statuses) - stopped_at

    cluster.start_node(victim)
    cluster.get("/_cluster/health?wait_for_status=green&timeout=120s")
    visitors.stop()

    failures = [(path, status) for path, status in visitors.statuses if status != 200]
    assert not failures, failures[:20]
    assert searches_while_down > 0

    def converged():
        indexed, expected = site.index_state()
        return indexed == expected and any("Kestrelvane 3" in title for _, _, title in indexed)

    wait_until(converged, timeout=60, interval=2, message="the index equal to the database")
    # Both copies of the shard hold every document.
    shards = cluster.get(f"/_cat/shards/{index}?format=json")
    counts = {shard["prirep"]: int(shard["docs"]) for shard in shards}
    indexed, _ = site.index_state()
    assert counts == {"p": len(indexed), "r": len(indexed)}, shards
