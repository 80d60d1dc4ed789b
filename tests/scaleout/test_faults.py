"""Fault tests (issue 13, item 4) on real servers of the tests' own: PostgreSQL
restarted under load, the engine killed during a full rebuild, the worker
killed mid-batch, a partner's webhook receiver that hangs or fails. And the
restore drill of docs/operations.md (backup, restore into a new server,
rebuild the index), whose restored site is the one PostgreSQL restarts under."""
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from .services import REPO, free_port, http_get, run_script, wait_until

pytestmark = pytest.mark.django_db

VISITOR = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}


# --- the restore drill, and PostgreSQL restarted under load --------------------------------

class OwnPostgres:
    """A PostgreSQL server of the test's own (scripts/services/postgres.sh on a free port)."""

    def __init__(self):
        self.port = free_port()
        self.env = dict(os.environ, POSTGRES_PORT=str(self.port),
                        POSTGRES_VAR_DIR=f"/var/tmp/intranet-pg-faulttest-{self.port}")
        self.url = f"postgres://intranet:intranet@127.0.0.1:{self.port}/intranet"

    def run(self, action):
        return run_script("postgres.sh", action, self.env)


@pytest.fixture(scope="module")
def own_postgres():
    server = OwnPostgres()
    server.run("start")
    yield server
    server.run("stop")
    subprocess.run(["rm", "-rf", server.env["POSTGRES_VAR_DIR"]], check=False)


def run_ops(script, args, env):
    done = subprocess.run([str(REPO / "scripts" / "ops" / script), *map(str, args)], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{script} failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def count_rows(database_url, sql):
    with psycopg.connect(database_url.replace("postgres://", "postgresql://"), connect_timeout=10) as connection:
        return connection.execute(sql).fetchone()[0]


@pytest.fixture(scope="module")
def restored(deployment, own_postgres, tmp_path_factory):
    """The restore drill: back the deployment up, restore it into an empty server,
    rebuild its index there. Returns the restored deployment."""
    backups = tmp_path_factory.mktemp("backups")
    media = Path(deployment.env["MEDIA_ROOT"])
    (media / "documents").mkdir(parents=True, exist_ok=True)
    (media / "documents" / "drill.txt").write_text("a file that must come back")
    out = run_ops("backup.sh", [backups], deployment.env)
    dump, tarball = out.split(":", 1)[1].split()

    from .conftest import Deployment

    # Its database is the one of own_postgres, restored there (not a copy of the test database).
    site = Deployment(tmp_path_factory.mktemp("restored"), DATABASE_URL=own_postgres.url)
    run_ops("restore.sh", [dump, tarball], site.env)
    yield site
    for process in reversed(site.processes):
        process.stop()
    from search.engine import get_engine

    get_engine().client.indices.delete(index=f"{site.prefix}*", ignore_unavailable=True)


def test_the_restore_drill_brings_back_database_media_and_index(deployment, restored):
    original = deployment.env["DATABASE_URL"]
    for table in ("wagtailcore_page", "wagtailcore_revision", "wagtailcore_locale", "auth_user"):
        assert count_rows(restored.env["DATABASE_URL"], f"select count(*) from {table}") == \
            count_rows(original, f"select count(*) from {table}"), table
    assert (Path(restored.env["MEDIA_ROOT"]) / "documents" / "drill.txt").read_text() == "a file that must come back"
    indexed, expected = restored.index_state()
    assert indexed == expected and len(indexed) > 100


class Load(threading.Thread):
    """Visitors without pause: API reads and search pages (neither from the page cache)."""

    PATHS = ["/api/v2/pages/?limit=5", "/en/search/?q=wind", "/api/v2/pages/?type=clusters.ClusterPage"]

    def __init__(self, base_url):
        super().__init__(daemon=True)
        self.base_url = base_url
        self.results = []  # (monotonic time, path, status)
        self.stopping = threading.Event()

    def run(self):
        n = 0
        while not self.stopping.is_set():
            path = self.PATHS[n % len(self.PATHS)]
            headers = dict(VISITOR, **{"X-Forwarded-For": f"198.18.0.{n % 250}"})
            try:
                status, _, body = http_get(self.base_url + path, headers, timeout=30)
            except OSError as error:
                status, body = type(error).__name__, b""
            self.results.append((time.monotonic(), path, status, body[:300]))
            n += 1
            time.sleep(0.02)

    def stop(self):
        self.stopping.set()
        self.join(timeout=60)


def test_postgresql_restarted_under_load_gives_503s_and_the_site_recovers(restored, own_postgres):
    web = restored.start_node("pg-web", workers=2)
    load = Load(web.url)
    load.start()
    time.sleep(2)
    own_postgres.run("stop")
    time.sleep(3)  # an outage long enough that requests meet it
    own_postgres.run("start")
    back_at = time.monotonic()
    time.sleep(5)
    load.stop()

    statuses = [status for _, _, status, _ in load.results]
    assert 503 in statuses, statuses  # the outage was met ...
    unexpected = [(path, status, body) for _, path, status, body in load.results if status not in (200, 503)]
    assert not unexpected, unexpected[:5]  # ... as 503, never a 500 or a dropped connection
    api_503 = [body for _, path, status, body in load.results if status == 503 and path.startswith("/api/")]
    assert all(b'"message"' in body for body in api_503)
    # Recovered without restarting anything: every request a second after the server was back.
    after = [status for at, _, status, _ in load.results if at > back_at + 1]
    assert after and set(after) == {200}, after
    assert web.alive()


# --- the worker killed mid-batch ---------------------------------------------------------------

def outbox_counts(database_url):
    with psycopg.connect(database_url.replace("postgres://", "postgresql://"), connect_timeout=10) as connection:
        return connection.execute(
            "select count(*) filter (where applied_at is not null), count(*) filter (where applied_at is null) "
            "from search_pendingindexchange"
        ).fetchone()


def test_the_worker_killed_mid_batch_loses_and_doubles_nothing(deployment):
    # Four rounds of changes to every page (about 560 outbox rows: two batches of up to 500).
    deployment.shell(
        "from django.db import transaction\n"
        "from wagtail.models import Page\n"
        "from search.outbox import record_page_changes\n"
        "ids = list(Page.objects.filter(depth__gt=1).values_list('pk', flat=True))\n"
        "for n in range(4):\n"
        "    with transaction.atomic():\n"
        "        for page in Page.objects.filter(pk__in=ids):\n"
        "            Page.objects.filter(pk=page.pk).update(title=f'{page.title.split(\" #\")[0]} #{n}')\n"
        "        record_page_changes(ids)\n"
    )
    url = deployment.env["DATABASE_URL"]
    applied_before, pending = outbox_counts(url)
    assert pending > 500

    worker = deployment.start_worker("worker-killed")
    killed_with = wait_until(lambda: (lambda counts: counts if counts[0] > applied_before else None)(outbox_counts(url)),
                             timeout=120, interval=0.02, message="the worker's first batch")
    worker.kill(signal.SIGKILL)
    assert killed_with[1] > 0, "the worker finished before it could be killed mid-way"

    deployment.start_worker("worker-restarted")
    wait_until(lambda: outbox_counts(url)[1] == 0, timeout=120, interval=0.5, message="the outbox drained")
    indexed, expected = deployment.index_state()
    assert indexed == expected  # every change applied, none lost
    assert all(title.endswith("#3") for _, _, title in indexed if "#" in title)
    from search.engine import get_engine

    engine = get_engine()
    engine.refresh(f"{deployment.prefix}pages")
    assert engine.count(f"{deployment.prefix}pages") == len(expected)  # and no document twice


# --- the engine killed during a full rebuild ----------------------------------------------------

class OwnEngine:
    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {name: value for name, value in os.environ.items() if name != "OPENSEARCH_VAR_DIR"}
        self.env = dict(env, OPENSEARCH_PORT=str(self.port), OPENSEARCH_INSTANCE="opensearch-rebuildtest",
                        OPENSEARCH_CLUSTER_NAME="intranet-rebuildtest",
                        OPENSEARCH_JAVA_OPTS="-Xms384m -Xmx384m")

    def start(self, fresh=False):
        """``fresh``: with an empty data folder (the first start); a restart keeps the indexes."""
        run_script("opensearch.sh", "start", dict(self.env, OPENSEARCH_FRESH="1") if fresh else self.env)

    def stop(self):
        run_script("opensearch.sh", "stop", self.env)

    def pid(self):
        import json

        status, _, body = http_get(f"{self.url}/_nodes/_local/process")
        return next(iter(json.loads(body)["nodes"].values()))["process"]["id"]

    def indices(self, prefix):
        import json

        status, _, body = http_get(f"{self.url}/_cat/indices/{prefix}*?format=json&h=index", timeout=5)
        return {row["index"] for row in json.loads(body)} if status == 200 else set()


@pytest.fixture(scope="module")
def own_engine():
    engine = OwnEngine()
    engine.start(fresh=True)
    yield engine
    engine.stop()


def process_gone(pid):
    """True when ``pid`` has exited (a zombie waiting to be reaped counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_the_engine_killed_during_a_rebuild_leaves_the_old_index_serving(deployment_factory, own_engine):
    site = deployment_factory(SEARCH_URL=own_engine.url)
    alias = f"{site.prefix}pages"
    old_indices = own_engine.indices(site.prefix)
    assert len(old_indices) == 1
    indexed_before, expected = site.index_state()

    rebuild = subprocess.Popen([sys.executable, "manage.py", "rebuild_search_index", "--no-progress"], cwd=REPO,
                               env=site.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    pid = own_engine.pid()
    # The engine dies the moment the rebuild's new index exists, while it is loaded.
    wait_until(lambda: own_engine.indices(site.prefix) - old_indices, timeout=120, interval=0.01,
               message="the rebuild's new index")
    os.kill(pid, signal.SIGKILL)
    output, _ = rebuild.communicate(timeout=180)
    assert rebuild.returncode != 0, f"the rebuild finished before the engine was killed:\n{output}"
    assert "unreachable" in output, output
    # SIGKILL is delivered at once but a JVM takes a moment to go; starting
    # before then finds the old pid alive and waits on a dying server.
    wait_until(lambda: process_gone(pid), timeout=60, interval=0.1, message="the killed engine to exit")

    own_engine.start()
    indexed_after, _ = site.index_state()  # through the alias
    assert indexed_after == indexed_before == expected

    site.manage("rebuild_search_index", "--no-progress")
    indexed, expected = site.index_state()
    assert indexed == expected
    import json

    _, _, body = http_get(f"{own_engine.url}/_alias/{alias}")
    (behind,) = json.loads(body)
    assert behind not in old_indices
    assert own_engine.indices(site.prefix) == {behind}  # the half-built index was removed


# --- a partner's webhook receiver that hangs or fails ---------------------------------------------

def test_a_hanging_and_a_failing_partner_do_not_hold_up_the_others(settings):
    """One drain (the worker's job): the healthy partner is served, the hanging one
    times out after WEBHOOK_TIMEOUT, the failing one is told apart; both are retried
    after the documented back-off (WEBHOOK_RETRY_BASE_DELAY, doubling) and then delivered."""
    from api.models import Webhook, WebhookDelivery
    from api.webhooks.delivery import drain
    from clusters.models import ClusterPage
    from tests.api.conftest import WebhookReceiver
    from tests.api.content import publish

    settings.WEBHOOK_ALLOW_PRIVATE_TARGETS = True  # the receivers are on 127.0.0.1
    settings.WEBHOOK_TIMEOUT = 1
    settings.WEBHOOK_RETRY_BASE_DELAY = 30
    receivers = {"hanging": WebhookReceiver(), "failing": WebhookReceiver(), "healthy": WebhookReceiver()}
    try:
        receivers["hanging"].delay = 4
        receivers["failing"].statuses = [500]
        hooks = {name: Webhook.objects.create(name=name, url=receiver.url) for name, receiver in receivers.items()}
        page = publish(ClusterPage.objects.get(slug="cewind", locale__language_code="en"), city="Tønder")

        drain()

        def delivery(name):
            return WebhookDelivery.objects.get(webhook=hooks[name], payload__page__id=page.id)

        assert delivery("healthy").status == WebhookDelivery.Status.DELIVERED
        assert len(receivers["healthy"].requests) == 1
        failing, hanging = delivery("failing"), delivery("hanging")
        assert (failing.status, failing.attempts, failing.last_status_code) == (WebhookDelivery.Status.PENDING, 1, 500)
        assert (hanging.status, hanging.attempts, hanging.last_status_code) == (WebhookDelivery.Status.PENDING, 1, None)
        assert "timed out" in hanging.last_error.lower(), hanging.last_error
        for retried in (failing, hanging):
            assert retried.next_attempt_at - retried.last_attempt_at == timedelta(seconds=30)

        receivers["hanging"].delay = 0  # the partner answers again
        drain(now=timezone.now() + timedelta(seconds=31))
        for name in ("failing", "hanging"):
            assert (delivery(name).status, delivery(name).attempts) == (WebhookDelivery.Status.DELIVERED, 2)
        assert len(receivers["healthy"].requests) == 1  # not sent twice
    finally:
        for receiver in receivers.values():
            receiver.close()
