"""Writing to the platform's own search index: bulk updates of some pages, and
full rebuilds into a fresh index behind the alias.

The alias (search/index.py) is what readers and the outbox drain use. A
rebuild fills a new concrete index ``<alias>_<timestamp>`` while the alias
keeps serving the old one, replays the changes recorded in the outbox while it
ran, switches the alias in one atomic step and removes every other
``<alias>_*`` index, including those left by interrupted runs. Interrupting a
rebuild therefore leaves the alias untouched; running it again cleans up.

Engine failures that mean "try again later" (no connection, time-out, the
engine answering 429/5xx) are raised as SearchEngineUnavailable, whichever
client is in use; a document the engine refuses raises IndexingError.
"""
import contextlib
import datetime
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from tqdm import tqdm

from .documents import TermNames, document_for, indexable_pages, is_indexable, restricted_page_paths
from .engine import SearchEngineRefused, SearchEngineUnavailable, engine_errors, get_engine
from .index import alias_name, index_mappings, index_settings
from .models import PendingIndexChange
from .profile import searchable_models

CHUNK_SIZE = 500
# How soon a write to the live index is searchable (the engines' default).
LIVE_REFRESH_INTERVAL = "1s"
# A bulk request of CHUNK_SIZE documents needs longer than a query does.
REBUILD_TIMEOUT = 120
# Serialises rebuilds of one alias across processes (PostgreSQL advisory lock key).
_REBUILD_LOCK_NAMESPACE = 0x5EA4C4


class IndexingError(SearchEngineRefused):
    """The engine answered but refused some documents (``page_ids``, empty when
    it refused the whole request)."""

    def __init__(self, message, page_ids=()):
        super().__init__(message)
        self.page_ids = {int(page_id) for page_id in page_ids}


class IndexMissing(SearchEngineUnavailable):
    """The alias does not exist yet: the index must be built first (rebuild)."""


class RebuildInProgress(Exception):
    """Another process is rebuilding the same index."""


@contextlib.contextmanager
def indexing_errors():
    """Engine errors while writing the index: a request the engine refused is
    an IndexingError; one it did not answer stays SearchEngineUnavailable."""
    try:
        with engine_errors():
            yield
    except IndexingError:
        raise
    except SearchEngineRefused as error:
        raise IndexingError(str(error)) from error


def new_index_name(alias=None):
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d%H%M%S%f")
    return f"{alias or alias_name()}_{stamp}"


def _create_index(engine, name, bulk_load=False):
    settings_body = index_settings()
    if bulk_load:
        # No searcher refreshes while the whole index is written: fewer, larger
        # segments and less merging. Rebuild.finish sets it back.
        settings_body = {**settings_body, "refresh_interval": "-1"}
    engine.create_index(name, settings_body, index_mappings())


def ensure_index(engine=None):
    """Make sure the alias exists; if it does not, create a fresh, empty concrete
    index behind it. Returns the name of the concrete index the alias points to."""
    engine = engine or get_engine()
    alias = alias_name()
    with indexing_errors():
        behind = engine.indices_behind(alias)
        if behind:
            return behind[0]
        name = new_index_name(alias)
        _create_index(engine, name)
        engine.point_alias(alias, name)
    return name


def _actions(page_ids, index, term_names, restricted_paths):
    """Bulk actions: upsert the indexable pages among page_ids, delete the rest."""
    remaining = set(page_ids)
    for page in indexable_pages(page_ids=list(remaining)):
        remaining.discard(page.pk)
        if is_indexable(page, restricted_paths):
            yield "index", {"_op_type": "index", "_index": index, "_id": str(page.pk),
                            "_source": document_for(page, term_names)}
        else:
            yield "delete", {"_op_type": "delete", "_index": index, "_id": str(page.pk)}
    for page_id in sorted(remaining):
        # Deleted, unpublished, an alias page or not a searchable type: not in the index.
        yield "delete", {"_op_type": "delete", "_index": index, "_id": str(page_id)}


def _bulk(engine, actions, counts):
    """Send (kind, action) pairs in one bulk call, counting kinds; raise on refusals."""
    def counted():
        for kind, action in actions:
            counts[kind] += 1
            yield action

    with indexing_errors():
        errors = engine.bulk(counted())
    if errors:
        page_ids = [item.get("_id") for error in errors for item in error.values() if item.get("_id")]
        raise IndexingError(f"the engine refused {len(errors)} document(s), first: {errors[0]}", page_ids)


def index_pages(page_ids, engine=None, index=None):
    """Bring the index in line with the database for ``page_ids``: indexable
    pages are (re)written, every other id is deleted from the index.

    Writes to ``index`` (default: the alias; IndexMissing if it does not exist). Returns
    ``{"indexed": n, "deleted": m}``. Raises SearchEngineUnavailable when the
    engine does not answer, IndexingError when it refuses documents.
    """
    page_ids = sorted({int(page_id) for page_id in page_ids})
    counts = {"indexed": 0, "deleted": 0}
    if not page_ids:
        return counts
    engine = engine or get_engine()
    if index is None:
        index = alias_name()
        with indexing_errors():
            exists = bool(engine.indices_behind(index))
        if not exists:
            # Writing to a missing alias would auto-create an index with guessed
            # mappings; an empty new one would hide the need for a full build.
            raise IndexMissing(f"the search index {index} does not exist yet: run rebuild_search_index")
    term_names = TermNames()
    restricted = restricted_page_paths()
    kinds = {"index": "indexed", "delete": "deleted"}
    actions = ((kinds[kind], action) for kind, action in _actions(page_ids, index, term_names, restricted))
    _bulk(engine, actions, counts)
    return counts


def _count_candidates():
    return sum(model.objects.live().filter(alias_of__isnull=True).count() for model in searchable_models())


@contextlib.contextmanager
def _rebuild_lock(alias):
    """One rebuild per alias at a time: a second one would delete the first's new index."""
    if connection.vendor != "postgresql":
        yield
        return
    key = zlib.crc32(alias.encode()) & 0x7FFFFFFF  # the same in every process
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [_REBUILD_LOCK_NAMESPACE, key])
        if not cursor.fetchone()[0]:
            raise RebuildInProgress(f"another process is rebuilding the search index {alias}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [_REBUILD_LOCK_NAMESPACE, key])


def _pending_row_ids():
    return set(PendingIndexChange.objects.filter(applied_at__isnull=True).values_list("pk", flat=True))


# Outbox rows are numbered when written, but committed in any order: an editor's
# transaction may commit a row numbered below rows already visible. This many
# numbers below the highest are watched for rows that appear late.
LATE_ROW_WINDOW = 10_000


def _outbox_position():
    """(highest row id visible now, ids below it not visible yet) — where a
    rebuild starts reading the outbox."""
    highest = PendingIndexChange.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    low = max(0, highest - LATE_ROW_WINDOW)
    visible = set(PendingIndexChange.objects.filter(pk__gt=low).values_list("pk", flat=True))
    return highest, set(range(low + 1, highest + 1)) - visible


def _rows_after(position):
    """Page ids of the outbox rows written after ``position`` (see _outbox_position),
    whatever their state: pending, or applied by a drain to the old index."""
    highest, not_yet_visible = position
    rows = PendingIndexChange.objects.filter(Q(pk__gt=highest) | Q(pk__in=sorted(not_yet_visible)))
    return set(rows.values_list("page_id", flat=True))


def _mark_applied(row_ids, when):
    row_ids = sorted(row_ids)
    for start in range(0, len(row_ids), 5000):
        PendingIndexChange.objects.filter(pk__in=row_ids[start:start + 5000], applied_at__isnull=True).update(
            applied_at=when, last_error=""
        )


def _progress_bar(total, stdout, enabled):
    if not enabled:
        return contextlib.nullcontext(None)
    # A management command's OutputWrapper appends newlines: give tqdm the stream itself.
    return tqdm(total=total, unit="doc", file=getattr(stdout, "_out", stdout) or sys.stderr, dynamic_ncols=True,
                desc="Indexing", smoothing=0.1)


class Rebuild:
    """The steps of a full rebuild, in order: ``begin()``, ``load()``, ``finish()``
    (``rebuild()`` runs them under a lock; tests run them one by one)."""

    def __init__(self, engine=None):
        self.engine = engine or get_engine(timeout=REBUILD_TIMEOUT)
        self.alias = alias_name()
        self.name = None

    def begin(self):
        """Create the new, empty index; remember which outbox rows it will reflect."""
        # Committed before the bulk load reads the pages: the new index reflects them.
        self.pending_at_start = _pending_row_ids()
        self.outbox_position = _outbox_position()
        self.name = new_index_name(self.alias)
        with indexing_errors():
            _create_index(self.engine, self.name, bulk_load=True)
        return self.name

    def candidates(self):
        return _count_candidates()

    def load(self, bar=None):
        """Write every indexable page to the new index, CHUNK_SIZE documents per request.

        The engine indexes one chunk while this process reads and prepares the
        next: the bulk requests go out from a thread of their own, one at a
        time (the database is read here only), so the two sides work in
        parallel instead of waiting for each other."""
        term_names = TermNames()
        restricted = restricted_page_paths()
        documents = 0
        chunk = []
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-rebuild") as sender:
            in_flight = None
            for page in indexable_pages():
                if bar is not None:
                    bar.update(1)
                if not is_indexable(page, restricted):
                    continue
                chunk.append(("indexed", {"_op_type": "index", "_index": self.name, "_id": str(page.pk),
                                          "_source": document_for(page, term_names)}))
                if len(chunk) >= CHUNK_SIZE:
                    documents += in_flight.result() if in_flight else 0  # its errors are raised here
                    in_flight, chunk = sender.submit(_flush, self.engine, chunk), []
            documents += in_flight.result() if in_flight else 0
        return documents + _flush(self.engine, chunk)

    def finish(self):
        """Replay the changes made meanwhile, switch the alias, remove the other
        ``<alias>_*`` indices. Returns the number of documents in the new index.

        The replay is chosen by outbox row (every row written since ``begin``,
        whenever and by whichever drain it was applied), and the outbox drain
        lock is held from the replay to the switch: no drain can write to the
        old index in between, and rows committed meanwhile stay pending for the
        drains that follow, which write to the new index."""
        from .outbox import lock_drains  # (search/outbox.py imports this module)

        engine, alias, name = self.engine, self.alias, self.name
        with indexing_errors():
            # Refreshed every second again, as the alias's index must be.
            engine.set_refresh_interval(name, LIVE_REFRESH_INTERVAL)
        with transaction.atomic():
            lock_drains(wait=True)  # until the end of this transaction
            _replay(engine, name, _rows_after(self.outbox_position))
            with indexing_errors():
                engine.refresh(name)
                engine.point_alias(alias, name)
            _mark_applied(self.pending_at_start, timezone.now())
        with indexing_errors():
            for leftover in engine.indices_matching(f"{alias}_*"):
                if leftover != name:
                    engine.delete_index(leftover)
            engine.refresh(name)
            return engine.count(name)


def rebuild(stdout=None, progress=True):
    """Build a new index from every indexable page, switch the alias to it and
    delete every other ``<alias>_*`` index. Returns the number of documents.

    Zero downtime: the alias serves the old index until the new one is complete.
    Changes recorded in the outbox while the rebuild ran are re-applied to the
    new index before the switch, with the outbox drains held off until the
    switch is done. Interrupted, it leaves the alias as it was; a rerun
    removes the leftovers.
    """
    job = Rebuild()
    with _rebuild_lock(job.alias):
        job.begin()
        with _progress_bar(job.candidates(), stdout, progress) as bar:
            job.load(bar)
        documents = job.finish()
    if stdout is not None:
        stdout.write(f"Search index {job.alias} -> {job.name}: {documents} documents.\n")
    return documents


def _flush(engine, chunk):
    counts = {"indexed": 0}
    _bulk(engine, iter(chunk), counts)
    chunk.clear()
    return counts["indexed"]


def _replay(engine, index, page_ids):
    if page_ids:
        index_pages(page_ids, engine=engine, index=index)
