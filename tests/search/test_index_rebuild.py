"""The full rebuild: a fresh index filled from the database behind the alias,
switched in one step, with nothing lost and nothing left behind."""
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone as django_timezone

from search.engine import get_engine
from search.index import alias_name
from search.indexer import Rebuild, rebuild
from search.outbox import drain
from tests.factories import english_cluster

from .conftest import expected, indexed, indexed_document, new_standard_page

pytestmark = pytest.mark.django_db


def test_the_runs_index_holds_every_indexable_seed_page(search_index):
    engine = get_engine()
    assert search_index == len(expected()) > 0
    assert indexed() == expected()
    assert len(engine.indices_behind(alias_name())) == 1


def test_rebuild_switches_the_alias_and_removes_older_and_leftover_indices(own_index):
    engine = get_engine()
    [old] = engine.indices_behind(own_index)
    leftover = f"{own_index}_19990101000000000000"  # as an interrupted run leaves it
    engine.create_index(leftover, {"number_of_shards": 1, "number_of_replicas": 0}, {})

    documents = rebuild(progress=False)

    [new] = engine.indices_behind(own_index)
    assert new != old
    assert engine.indices_matching(f"{own_index}_*") == [new]
    assert documents == len(expected())
    assert indexed() == expected()


def test_changes_made_during_a_rebuild_are_not_lost(own_index):
    engine = get_engine()
    job = Rebuild()
    job.begin()
    job.load()  # every page as it is now is in the new index...

    # ...then editors keep working, and the worker drains their changes into the
    # index the alias still points to: the old one.
    added = new_standard_page("Published During The Rebuild")
    removed = english_cluster("offshore-center-denmark")
    removed.unpublish()
    renamed = english_cluster("cewind")
    renamed.title = "CEwind (renamed during the rebuild)"
    renamed.save_revision().publish()
    assert drain().applied == 3
    engine.refresh(job.name)
    assert not indexed(alias=job.name) >= {(added.pk, "en", added.title)}  # the new index missed them

    documents = job.finish()

    assert engine.indices_behind(own_index) == [job.name]
    assert (added.pk, "en", "Published During The Rebuild") in indexed()
    assert indexed_document(removed.pk) is None
    assert indexed_document(renamed.pk)["title"] == "CEwind (renamed during the rebuild)"
    assert indexed() == expected()
    assert documents == len(expected())


def test_a_change_drained_by_a_drain_that_started_before_the_rebuild_is_replayed(own_index):
    """A drain stamps its rows with the time it started; one that started
    before the rebuild (waiting for the drain lock, say) may apply a change
    written after it, to the old index. The rebuild replays by outbox row, so
    the new index gets that change anyway."""
    import datetime

    from search.models import PendingIndexChange

    job = Rebuild()
    job.begin()
    job.load()
    renamed = english_cluster("cewind")
    renamed.title = "CEwind (renamed while a drain waited)"
    renamed.save_revision().publish()
    assert drain().applied == 1  # into the old index
    PendingIndexChange.objects.filter(page_id=renamed.pk, applied_at__isnull=False).update(
        applied_at=django_timezone.now() - datetime.timedelta(minutes=5),  # the drain's start, before begin()
    )

    job.finish()

    assert indexed_document(renamed.pk)["title"] == "CEwind (renamed while a drain waited)"
    assert indexed() == expected()


def test_a_change_committed_late_with_a_lower_outbox_number_is_replayed(own_index):
    """Outbox rows are numbered when written but may commit after rows with
    higher numbers: a row that was not visible yet when the rebuild began is
    replayed, even when a drain applied it early on to the old index."""
    import datetime

    from search.models import PendingIndexChange

    renamed = english_cluster("cewind")
    renamed.title = "CEwind (committed late)"
    renamed.save_revision().publish()
    late = PendingIndexChange.objects.get(page_id=renamed.pk, applied_at__isnull=True).pk
    new_standard_page("Committed Earlier With A Higher Number")
    PendingIndexChange.objects.filter(pk=late).delete()  # as the rebuild sees it: not committed yet
    job = Rebuild()
    job.begin()
    assert late < job.outbox_position[0]
    # It commits, and a drain that started before the rebuild applies it to the old index.
    PendingIndexChange.objects.create(
        pk=late, page_id=renamed.pk, applied_at=django_timezone.now() - datetime.timedelta(minutes=5),
    )
    job.finish()  # (the bulk load, which read the page before that commit, is left out)
    assert indexed_document(renamed.pk)["title"] == "CEwind (committed late)"


def test_drains_are_held_off_while_the_rebuild_switches_the_alias(own_index, monkeypatch):
    """From the replay to the switch the drain lock is held: a drain in another
    process finds it busy and leaves its rows pending for the new index."""
    import threading

    from django.db import connections, transaction

    from search.outbox import lock_drains

    job = Rebuild()
    job.begin()
    job.load()
    other_drain_got_the_lock = []

    def try_to_drain_elsewhere():
        try:
            with transaction.atomic():
                other_drain_got_the_lock.append(lock_drains(wait=False))
        finally:
            connections.close_all()

    real_point_alias = job.engine.point_alias

    def point_alias(alias, index):
        worker = threading.Thread(target=try_to_drain_elsewhere)
        worker.start()
        worker.join(30)
        return real_point_alias(alias, index)

    monkeypatch.setattr(job.engine, "point_alias", point_alias)
    job.finish()
    assert other_drain_got_the_lock == [False]
    assert get_engine().indices_behind(own_index) == [job.name]


@pytest.fixture
def refusing_new_indices(own_index):
    """A real failing condition on the engine: every new ``<alias>_*`` index is
    created write-blocked, so a rebuild's bulk load is refused."""
    client = get_engine().client
    name = f"{own_index}_write_block"
    client.indices.put_index_template(name=name, body={
        "index_patterns": [f"{own_index}_*"],
        "priority": 500,
        "template": {"settings": {"index.blocks.write": True}},
    })

    def lift():
        client.indices.delete_index_template(name=name, ignore=[404])

    yield lift
    lift()


def test_interrupted_rebuild_leaves_the_alias_alone_and_a_rerun_cleans_up(own_index, refusing_new_indices):
    engine = get_engine()
    [old] = engine.indices_behind(own_index)

    with pytest.raises(CommandError) as failure:
        call_command("rebuild_search_index", "--no-progress", stdout=io.StringIO())
    assert "still serves the previous index" in str(failure.value)

    assert engine.indices_behind(own_index) == [old]  # readers never noticed
    assert indexed() == expected()
    [half_built] = set(engine.indices_matching(f"{own_index}_*")) - {old}

    refusing_new_indices()  # the engine accepts writes again
    out = io.StringIO()
    call_command("rebuild_search_index", "--no-progress", stdout=out)

    [new] = engine.indices_behind(own_index)
    assert engine.indices_matching(f"{own_index}_*") == [new]
    assert new not in (old, half_built)
    assert indexed() == expected()
    assert f"{own_index} -> {new}: {len(expected())} documents." in out.getvalue()


def test_rebuild_command_shows_count_rate_and_eta(own_index):
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    output = out.getvalue()
    total = Rebuild().candidates()
    assert f"{total}/{total}" in output  # count
    assert "doc/s" in output  # rate
    assert "<" in output  # elapsed<remaining (ETA)
    assert f"{total} documents." in output


def test_rebuild_command_if_missing_leaves_an_existing_index_alone(own_index):
    [current] = get_engine().indices_behind(own_index)
    out = io.StringIO()
    call_command("rebuild_search_index", "--if-missing", stdout=out)
    assert "exists; nothing to do" in out.getvalue()
    assert get_engine().indices_behind(own_index) == [current]
