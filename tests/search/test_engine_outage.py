"""The engine goes down while editors work: publishing goes on, the changes
wait in the outbox, and when the engine is back the index matches the database
exactly.

The outage is real: a second OpenSearch server of its own (a free port, its own
data folder) is started, stopped and restarted here, so the server the rest of
the suite uses is never touched. Its files go where the main server's go (var/
of the checkout, or the /var/tmp fallback when the server's system user cannot
enter the checkout, e.g. a `mktemp -d` clone).
"""
import contextlib
import datetime
import fcntl
import io
import os
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from django.utils import timezone

from search.engine import get_engine
from search.index import alias_name
from search.indexer import rebuild
from search.models import PendingIndexChange
from search.outbox import drain
from tests.factories import english_cluster

from .conftest import expected, indexed, new_standard_page

REPO = Path(__file__).resolve().parents[2]
INSTANCE = "opensearch-outage"


def free_port():
    """A port nobody listens on now: several checkouts' test runs may run side by side."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OutageServer:
    def __init__(self, repo=REPO, port=None):
        self.script = Path(repo) / "scripts" / "services" / "opensearch.sh"
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {name: value for name, value in os.environ.items() if name != "OPENSEARCH_VAR_DIR"}
        # OPENSEARCH_INSTANCE, not OPENSEARCH_VAR_DIR: the script's fallback to
        # /var/tmp applies to this server too.
        self.env = dict(
            env,
            OPENSEARCH_PORT=str(self.port),
            OPENSEARCH_INSTANCE=INSTANCE,
            OPENSEARCH_CLUSTER_NAME="intranet-search-outage",
            OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m",
        )

    def _run(self, action):
        done = subprocess.run(
            [str(self.script), action],
            env=self.env, capture_output=True, text=True, timeout=300,
        )
        if done.returncode != 0:  # a missing service is a failure, never a skip
            pytest.fail(f"opensearch.sh {action} on port {self.port} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def var_dir(self):
        return Path(self._run("var-dir").strip())

    def start(self):
        self._run("start")

    def stop(self):
        self._run("stop")


@contextlib.contextmanager
def exclusive_use(path, wait_seconds=900):
    """Test runs started side by side in one checkout share the server's data
    folder: one run at a time starts, stops and restarts that server (an
    inter-process lock)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as lock:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    pytest.fail(f"another test run has held {path} for {wait_seconds} s")
                time.sleep(1)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="module")
def outage_server():
    with exclusive_use(REPO / "var" / "opensearch-outage.lock"):
        server = OutageServer()
        server.start()
        yield server
        server.stop()


@pytest.fixture
def index_on_outage_server(db, settings, outage_server):
    """SEARCH_URL points at the outage server (get_engine() caches one client
    per URL, so the override takes effect at once), with an index of this test's own."""
    settings.SEARCH_URL = outage_server.url
    settings.SEARCH_INDEX_PREFIX = f"{django_settings.SEARCH_INDEX_PREFIX}outage{uuid.uuid4().hex[:6]}_"
    assert get_engine().url == outage_server.url
    rebuild(progress=False)
    yield
    outage_server.start()  # whatever happened, leave it running for the teardown of the module
    get_engine().client.indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}*", ignore_unavailable=True)


def pending_rows():
    return PendingIndexChange.objects.filter(applied_at__isnull=True)


@pytest.mark.django_db
def test_publish_while_engine_down_is_indexed_later(outage_server, index_on_outage_server):
    assert indexed() == expected()
    outage_server.stop()

    # Editors keep publishing and unpublishing: every change commits.
    added = new_standard_page("Published While The Engine Was Down")
    withdrawn = english_cluster("offshore-center-denmark")
    withdrawn.unpublish()
    renamed = english_cluster("cewind")
    renamed.title = "CEwind, renamed during the outage"
    renamed.save_revision().publish()
    short_lived = new_standard_page("Published And Withdrawn During The Outage")
    short_lived.unpublish()
    changed = {added.pk, withdrawn.pk, renamed.pk, short_lived.pk}
    assert set(pending_rows().values_list("page_id", flat=True)) == changed

    # The worker's drain fails gracefully: the changes stay, with back-off and the error.
    before = timezone.now()
    result = drain()
    assert (result.applied, result.failed, result.pending) == (0, 5, 5)
    for row in pending_rows():
        assert row.attempts == 1
        assert row.next_attempt_at >= before + datetime.timedelta(seconds=2)
        assert row.last_error.startswith("engine unavailable:")
    assert (drain().applied, drain().failed) == (0, 0)  # backing off: not hammering the engine

    with pytest.raises(CommandError) as failure:
        call_command("search_outbox", "--drain", stdout=io.StringIO())
    assert f"Search engine at {outage_server.url} failed, 5 change(s) stay pending" in str(failure.value)

    outage_server.start()
    out = io.StringIO()
    call_command("search_outbox", "--drain", stdout=out)
    assert "Applied 5 change(s)." in out.getvalue()
    assert not pending_rows().exists()

    in_index = indexed()
    assert in_index == expected()
    assert (added.pk, "en", "Published While The Engine Was Down") in in_index
    assert (renamed.pk, "en", "CEwind, renamed during the outage") in in_index
    assert not {page_id for page_id, _, _ in in_index} & {withdrawn.pk, short_lived.pk}
    assert get_engine().indices_behind(alias_name())  # the same index, kept across the restart


def test_the_outage_server_uses_the_var_tmp_fallback_when_the_checkout_is_closed(tmp_path):
    """A checkout the server's system user cannot enter (a `mktemp -d` clone)
    puts the outage server's files under /var/tmp, as for the main server; an
    open checkout keeps them in its own var/."""
    if os.geteuid() != 0:
        assert OutageServer().var_dir() == REPO / "var" / INSTANCE  # servers run as the caller
        return
    closed = tmp_path / "closed"
    (closed / "scripts").mkdir(parents=True)
    shutil.copytree(REPO / "scripts" / "services", closed / "scripts" / "services")
    closed.chmod(0o700)
    tmp_path.chmod(0o700)  # like `mktemp -d`: nobody but the owner may enter
    var_dir = OutageServer(repo=closed, port=free_port()).var_dir()
    assert var_dir.name == INSTANCE
    assert str(var_dir).startswith("/var/tmp/intranet-services-"), var_dir
