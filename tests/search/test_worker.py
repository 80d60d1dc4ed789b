"""`manage.py run_worker`: drains the search outbox, runs scheduled publishing,
logs what it did, and stops cleanly on SIGTERM."""
import datetime
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from search.models import PendingIndexChange

from .conftest import indexed_document, new_standard_page

pytestmark = pytest.mark.django_db
REPO = Path(__file__).resolve().parents[2]


def run_once():
    out = io.StringIO()
    call_command("run_worker", "--once", stdout=out)
    return out.getvalue()


def test_worker_runs_the_search_drain_every_cycle_and_scheduled_publishing_every_minute():
    assert "search.outbox.drain_job" in django_settings.WORKER_JOBS
    assert ("core.jobs.publish_scheduled", 60) in django_settings.WORKER_JOBS


def test_one_cycle_drains_the_outbox_and_logs_one_line(own_index):
    page = new_standard_page("Drained By The Worker")
    output = run_once()
    assert output.count("\n") == 1
    assert "search index: applied 1, failed 0, pending 0" in output
    assert indexed_document(page.pk)["title"] == "Drained By The Worker"


def test_an_idle_cycle_logs_nothing(own_index):
    assert run_once() == ""


def test_scheduled_page_goes_live_and_then_reaches_the_index(own_index):
    page = new_standard_page("Scheduled Page", publish=False)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # scheduled: approved to go live in an hour
    assert not Page.objects.get(pk=page.pk).live
    # The hour has passed.
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    Page.objects.filter(pk=page.pk).update(go_live_at=past)

    output = run_once()
    assert "scheduled publishing: 1 due revision(s)" in output
    assert Page.objects.get(pk=page.pk).live
    assert PendingIndexChange.objects.filter(page_id=page.pk, applied_at__isnull=True).exists()

    output = run_once()  # the next cycle drains what the publish recorded
    assert "search index: applied 1" in output
    assert indexed_document(page.pk)["title"] == "Scheduled Page"


def test_worker_stops_cleanly_on_sigterm(db, tmp_path):
    database = django_settings.DATABASES["default"]
    env = dict(
        os.environ,
        PYTHONUNBUFFERED="1",
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        DATABASE_URL=(f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
                      f"{database['PORT']}/{database['NAME']}"),
        SEARCH_INDEX_PREFIX=f"{django_settings.SEARCH_INDEX_PREFIX}sigterm_",
    )
    heartbeat = tmp_path / "alive"
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--heartbeat", str(heartbeat)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        first_line = worker.stdout.readline()
        assert first_line.startswith("Worker started: ") and "search.outbox.drain_job" in first_line
        assert "core.jobs.publish_scheduled" in first_line
        worker.send_signal(signal.SIGTERM)
        rest, _ = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    assert worker.returncode == 0, rest
    assert rest.strip().endswith("Worker stopped.")
    assert "Traceback" not in rest
    assert heartbeat.exists()
