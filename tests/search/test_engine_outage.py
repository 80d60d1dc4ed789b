"""The engine goes down while editors work: publishing goes on, the changes
wait in the outbox, and when the engine is back the index matches the database
exactly.

The outage is real: a second OpenSearch server of its own (port 9201, its own
data folder) is started, stopped and restarted here, so the server the rest of
the suite uses is never touched.
"""
import contextlib
import datetime
import fcntl
import io
import os
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
PORT = 9201


class OutageServer:
    url = f"http://127.0.0.1:{PORT}"

    def __init__(self):
        self.env = dict(
            os.environ,
            OPENSEARCH_PORT=str(PORT),
            OPENSEARCH_VAR_DIR=str(REPO / "var" / "opensearch-outage"),
            OPENSEARCH_CLUSTER_NAME="intranet-search-outage",
            OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m",
        )

    def _run(self, action):
        done = subprocess.run(
            [str(REPO / "scripts" / "services" / "opensearch.sh"), action],
            env=self.env, capture_output=True, text=True, timeout=300,
        )
        if done.returncode != 0:  # a missing service is a failure, never a skip
            pytest.fail(f"opensearch.sh {action} on port {PORT} failed:\n{done.stdout}\n{done.stderr}")

    def start(self):
        self._run("start")

    def stop(self):
        self._run("stop")


@contextlib.contextmanager
def exclusive_use(path, wait_seconds=900):
    """Test runs started side by side share port 9201 and its data folder: one
    run at a time starts, stops and restarts that server (an inter-process lock)."""
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
