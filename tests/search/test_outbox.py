"""The outbox drain: applied rows are marked and kept for a while, failed ones
back off and keep their error; `search_outbox` shows and drains them."""
import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from search.models import PendingIndexChange
from core.retry import backoff_seconds
from search.outbox import RETRY_BASE_SECONDS, RETRY_MAX_SECONDS, drain, record_page_changes
from tests.factories import english_cluster

from .conftest import expected, indexed, indexed_document, new_standard_page

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: connections are refused at once, a real engine outage.
UNREACHABLE = "http://127.0.0.1:1"


def pending():
    return list(PendingIndexChange.objects.filter(applied_at__isnull=True).order_by("page_id"))


def test_back_off_doubles_up_to_five_minutes():
    assert [backoff_seconds(attempts, RETRY_BASE_SECONDS, RETRY_MAX_SECONDS) for attempts in (1, 2, 3, 8, 9, 20)] == [2, 4, 8, 256, 300, 300]


def test_drain_against_an_unreachable_engine_keeps_the_changes_and_backs_off(own_index, settings):
    page = new_standard_page("Waiting For The Engine")
    engine_url = settings.SEARCH_URL
    settings.SEARCH_URL = UNREACHABLE

    before = timezone.now()
    result = drain()
    assert (result.applied, result.failed, result.pending) == (0, 1, 1)
    [row] = pending()
    assert row.page_id == page.pk and row.attempts == 1
    assert row.next_attempt_at >= before + datetime.timedelta(seconds=2)
    assert row.last_error.startswith("engine unavailable: ConnectionError")
    first_retry = row.next_attempt_at

    result = drain()  # not due yet: not even tried
    assert (result.applied, result.failed, result.pending) == (0, 0, 1)

    result = drain(force=True)  # forced: tried again, and it waits longer now
    assert (result.applied, result.failed) == (0, 1)
    [row] = pending()
    assert row.attempts == 2 and row.next_attempt_at > first_retry

    settings.SEARCH_URL = engine_url  # the engine is back
    result = drain(force=True)
    assert (result.applied, result.failed, result.pending) == (1, 0, 0)
    assert indexed_document(page.pk)["title"] == "Waiting For The Engine"


def test_applied_changes_are_kept_for_a_day_then_purged(own_index):
    now = timezone.now()
    old = PendingIndexChange.objects.create(page_id=1, applied_at=now - datetime.timedelta(hours=25))
    recent = PendingIndexChange.objects.create(page_id=2, applied_at=now - datetime.timedelta(hours=1))
    new_standard_page("Triggers A Drain")
    assert drain().applied == 1
    assert not PendingIndexChange.objects.filter(pk=old.pk).exists()
    assert PendingIndexChange.objects.filter(pk=recent.pk).exists()


def test_nothing_is_recorded_or_drained_with_the_database_backend(own_index, settings):
    settings.SEARCH_ENGINE = "database"
    assert record_page_changes([1, 2, 3]) == 0
    new_standard_page("No Engine Here")
    assert not pending()
    assert (drain().applied, drain().failed) == (0, 0)


def test_search_outbox_shows_pending_changes_and_their_errors(own_index, settings):
    first, second = new_standard_page("First Pending"), new_standard_page("Second Pending")
    settings.SEARCH_URL = UNREACHABLE
    drain()

    out = io.StringIO()
    call_command("search_outbox", stdout=out)
    output = out.getvalue()
    assert "Pending: 2 change(s) to 2 page(s), 0 due now" in output
    assert "most attempts 1" in output
    assert "Next attempt in" in output
    assert "2 × engine unavailable: ConnectionError" in output


def test_search_outbox_drain_fails_in_one_line_while_the_engine_is_unreachable(own_index, settings):
    page = new_standard_page("Still Pending")
    settings.SEARCH_URL = UNREACHABLE
    with pytest.raises(CommandError) as failure:
        call_command("search_outbox", "--drain", stdout=io.StringIO())
    message = str(failure.value)
    assert "\n" not in message
    assert message.startswith(f"Search engine at {UNREACHABLE} failed, 1 change(s) stay pending")
    assert [row.page_id for row in pending()] == [page.pk]


def test_search_outbox_drain_applies_everything_now_ignoring_back_off(own_index, settings):
    page = new_standard_page("Backing Off")
    cluster = english_cluster("offshore-center-denmark")
    cluster.unpublish()
    engine_url = settings.SEARCH_URL
    settings.SEARCH_URL = UNREACHABLE
    drain()
    assert all(row.next_attempt_at > timezone.now() for row in pending())

    settings.SEARCH_URL = engine_url
    out = io.StringIO()
    call_command("search_outbox", "--drain", stdout=out)
    assert "Applied 2 change(s)." in out.getvalue()
    assert "No pending search index changes." in out.getvalue()
    assert indexed_document(page.pk) is not None
    assert indexed_document(cluster.pk) is None
    assert indexed() == expected()


def test_admin_report_lists_pending_changes_read_only(client, own_index, settings):
    from tests.factories import make_user

    page = new_standard_page("Listed In The Report")
    settings.SEARCH_URL = UNREACHABLE
    drain()
    client.force_login(make_user("admin", superuser=True))

    response = client.get("/admin/reports/search-index-changes/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Search index: pending changes" in html
    assert f">{page.pk}<" in html.replace(" ", "").replace("\n", "")
    assert "engine unavailable" in html
    assert "/admin/reports/search-index-changes/new/" not in html  # nothing to add
    assert client.get("/admin/reports/search-index-changes/new/").status_code in (302, 403, 404)
