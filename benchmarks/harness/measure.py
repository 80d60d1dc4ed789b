"""Measurements that are not load: SQL queries per request (in-process, with
Django's test client against the benchmark database), full rebuilds of both
search indexes (timed, with their peak memory), and publish-to-searchable
latency through the running site and worker."""
import re
import secrets
import string
import time
from pathlib import Path

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from .servers import Worker, get, run_measured
from .stats import latency_summary

HOST = "127.0.0.1"


def count_queries(path, page_cache=False, repeat_for_steady_state=True):
    """(status, SQL queries) of one GET of ``path``. A first, uncounted request
    fills the per-process caches (content types, sites, term names), as any
    worker has after its first few requests; ``page_cache`` False renders the
    HTML page instead of serving it from the page cache."""
    # An endpoint that fails is reported with its status, not allowed to stop the run.
    client = Client(HTTP_HOST=HOST, raise_request_exception=False)
    with override_settings(PAGE_CACHE_ENABLED=page_cache):
        if repeat_for_steady_state:
            client.get(path)
        with CaptureQueriesContext(connection) as context:
            response = client.get(path)
    return response.status_code, len(context.captured_queries)


def sql_per_request(cells, extra_paths=()):
    """Queries per request of the first path of every measured endpoint (HTML
    pages both rendered and from the page cache), plus ``extra_paths``
    ((key, label, shape, role, path) tuples)."""
    rows, seen = [], set()
    for cell in cells:
        # One row per endpoint and job (cold and warm cells ask the same kind of request).
        if (cell["label"], cell["shape"]) in seen:
            continue
        seen.add((cell["label"], cell["shape"]))
        path = cell["paths"][0]
        if cell["group"] == "HTML pages":
            if cell["cache"] == "warm":
                continue
            status, queries = count_queries(path, page_cache=False)
            rows.append({"key": cell["key"], "endpoint": cell["label"], "shape": cell["shape"], "state": "rendered (miss)",
                         "path": path, "status": status, "queries": queries})
            status, queries = count_queries(path, page_cache=True)
            rows.append({"key": cell["key"], "endpoint": cell["label"], "shape": cell["shape"], "state": "page cache hit",
                         "path": path, "status": status, "queries": queries})
            continue
        status, queries = count_queries(path)
        rows.append({"key": cell["key"], "endpoint": cell["label"], "shape": cell["shape"], "state": cell["role"],
                     "path": path, "status": status, "queries": queries})
    for key, label, shape, role, path in extra_paths:
        status, queries = count_queries(path)
        rows.append({"key": key, "endpoint": label, "shape": shape, "state": role, "path": path, "status": status,
                     "queries": queries})
    return rows


def _documents(lines, pattern):
    total = 0
    for line in lines:
        for match in re.finditer(pattern, line):
            total += int(match.group(1))
    return total


def rebuild_ours(log_dir):
    """`manage.py rebuild_search_index`: documents, seconds, documents/s, peak RSS."""
    log = Path(log_dir) / "rebuild_search_index.log"
    seconds, peak_kib, status, _tail = run_measured(["rebuild_search_index", "--no-progress"], log)
    text = log.read_text(errors="replace").splitlines()
    documents = _documents(text, r"(\d+) documents")
    return {
        "command": "rebuild_search_index --no-progress", "status": status, "documents": documents,
        "seconds": seconds, "documents_per_s": documents / seconds if seconds else None,
        "peak_rss_mb": peak_kib / 1024, "log": str(log),
    }


def rebuild_wagtail(log_dir):
    """`manage.py update_index --backend engine`: Wagtail's own rebuild of the same pages."""
    log = Path(log_dir) / "update_index_engine.log"
    seconds, peak_kib, status, _tail = run_measured(["update_index", "--backend", "engine"], log)
    text = log.read_text(errors="replace").splitlines()
    documents = _documents(text, r"indexed (\d+) objects")
    return {
        "command": "update_index --backend engine", "status": status, "documents": documents,
        "seconds": seconds, "documents_per_s": documents / seconds if seconds else None,
        "peak_rss_mb": peak_kib / 1024, "log": str(log),
    }


def rebuild_api_documents(log_dir):
    """`manage.py rebuild_api_documents`: the partner API's precomputed documents (issue 11)."""
    log = Path(log_dir) / "rebuild_api_documents.log"
    seconds, peak_kib, status, _tail = run_measured(["rebuild_api_documents", "--no-progress"], log)
    text = log.read_text(errors="replace").splitlines()
    documents = _documents(text, r"(\d+) written")
    return {
        "command": "rebuild_api_documents --no-progress", "status": status, "documents": documents,
        "seconds": seconds, "documents_per_s": documents / seconds if seconds else None,
        "peak_rss_mb": peak_kib / 1024, "log": str(log),
    }


def _token():
    return "zq" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(8))


def _wait_for_worker(worker, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.process.poll() is not None:
            raise RuntimeError(f"the worker exited; see {worker.log_path}")
        if "Worker started" in worker.log_path.read_text(errors="replace"):
            return
        time.sleep(0.2)
    raise RuntimeError(f"the worker did not start within {timeout} s; see {worker.log_path}")


def publish_to_searchable(base_url, search_path, log_dir, pages, poll_interval=0.02, timeout=20):
    """Publish each page with a new word in its title (through Wagtail: a
    revision, published), then ask the running site's search for the word
    until it finds the page. ``search_path`` has ``{q}``. The titles are put
    back afterwards. Returns the latency summary and the single values."""
    worker = Worker(Path(log_dir) / "worker.log")
    worker.start()
    latencies, misses = [], 0
    try:
        _wait_for_worker(worker)
        for page in pages:
            original = page.title
            token = _token()
            page.title = f"{original} {token}"
            revision = page.save_revision()
            started = time.monotonic()
            revision.publish()
            found = False
            while time.monotonic() - started < timeout:
                status, body = get(base_url + search_path.format(q=token), timeout=5)
                if status == 200 and token.encode() in body:
                    found = True
                    break
                time.sleep(poll_interval)
            if found:
                latencies.append(time.monotonic() - started)
            else:
                misses += 1
            page.title = original
            page.save_revision().publish()
        time.sleep(1.5)  # let the worker apply the restored titles before it stops
    finally:
        worker.stop()
    summary = latency_summary(latencies)
    summary.update(samples_s=latencies, not_found_within_s=timeout if misses else None, not_found=misses)
    return summary


class _Timer:
    """Accumulates the wall time spent inside wrapped calls."""

    def __init__(self):
        self.seconds = 0.0
        self.calls = 0

    def wrap(self, function):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
                self.calls += 1
        return timed


def time_breakdown(path, repeat=20, page_cache=False):
    """Where one request's time goes, in-process with one client: the mean
    milliseconds per request in SQL (Django's execute wrapper), in the search
    engine (every HTTP request of the engine clients, through urllib3), and
    the rest (Python: views, serializers, templates, middleware)."""
    import urllib3.connectionpool

    client = Client(HTTP_HOST=HOST, raise_request_exception=False)
    sql, engine = _Timer(), _Timer()

    def sql_wrapper(execute, sql_text, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql_text, params, many, context)
        finally:
            sql.seconds += time.perf_counter() - started
            sql.calls += 1

    pool = urllib3.connectionpool.HTTPConnectionPool
    original = pool.urlopen
    with override_settings(PAGE_CACHE_ENABLED=page_cache):
        client.get(path)
        pool.urlopen = engine.wrap(original)
        try:
            with connection.execute_wrapper(sql_wrapper):
                started = time.perf_counter()
                statuses = {client.get(path).status_code for _ in range(repeat)}
                total = time.perf_counter() - started
        finally:
            pool.urlopen = original
    per = 1000 / repeat
    return {
        "path": path, "status": sorted(statuses), "total_ms": total * per, "sql_ms": sql.seconds * per,
        "sql_queries": sql.calls / repeat, "engine_ms": engine.seconds * per, "engine_requests": engine.calls / repeat,
        "python_ms": (total - sql.seconds - engine.seconds) * per,
    }


def profile_to_file(path, out_file, repeat=10, page_cache=False, lines=45):
    """cProfile of ``repeat`` requests of ``path``, the top functions by
    cumulative time written to ``out_file`` (for "where the time goes")."""
    import cProfile
    import io
    import pstats

    client = Client(HTTP_HOST=HOST, raise_request_exception=False)
    with override_settings(PAGE_CACHE_ENABLED=page_cache):
        client.get(path)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(repeat):
            client.get(path)
        profiler.disable()
    text = io.StringIO()
    text.write(f"# {repeat} requests of {path} (in-process, one client, cProfile)\n")
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(lines)
    text.write("\n# by own time\n")
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(25)
    out_file = Path(out_file)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text(text.getvalue(), encoding="utf-8")
    return str(out_file)


def breakdowns(cells, profile_dir=None):
    """``time_breakdown`` of the first path of every endpoint and job (HTML
    pages rendered, not from the page cache); with ``profile_dir``, also a
    cProfile file for each of ours."""
    rows, seen = [], set()
    for cell in cells:
        if (cell["label"], cell["shape"]) in seen:
            continue
        seen.add((cell["label"], cell["shape"]))
        row = {"key": cell["key"], "endpoint": cell["label"], "shape": cell["shape"], "role": cell["role"],
               **time_breakdown(cell["paths"][0])}
        if profile_dir is not None and cell["role"] == "ours":
            row["profile"] = profile_to_file(cell["paths"][0], Path(profile_dir) / f"{cell['key']}.txt")
        rows.append(row)
    return rows


def _with_typo(text, rng):
    """``text`` with two neighbouring letters swapped in its longest word (of five letters or more)."""
    words = text.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) < 5:
        return None
    at = rng.randrange(3, len(word))  # swaps letters at-1 and at: the first two stay right, as most typos leave them
    words[longest] = word[:at - 1] + word[at] + word[at - 1] + word[at + 1:]
    return " ".join(words)


def relevance(per_language=30, seed=7):
    """Known-item relevance over the corpus's own clusters: a 2-3 word phrase
    of a cluster's description (as typed, and with one typo), searched with
    ``type=cluster`` and the cluster's country through the search API,
    in-process; how often the cluster is in the first ten (recall@10) and the
    mean reciprocal rank. Measured twice in the same run: as the platform
    answers now (exact first, fuzzy only below search.query.FUZZY_BELOW_HITS
    hits) and with typo tolerance on every request (as before issue 11)."""
    import random
    from urllib.parse import urlencode

    from clusters.models import ClusterPage
    from search import query

    rng = random.Random(seed)
    cases = []
    for language in ("en", "da", "de"):
        clusters = list(ClusterPage.objects.live().filter(locale__language_code=language).order_by("pk")
                        .values_list("pk", "short_description", "country"))
        rng.shuffle(clusters)
        for page_id, description, country in clusters[:per_language]:
            words = [word for word in re.findall(r"\w+", description or "") if not word.isdigit()]
            if len(words) < 3:
                continue
            start = rng.randrange(len(words) - 2)
            phrase = " ".join(words[start:start + rng.choice((2, 3))])
            cases.append(("as typed", language, page_id, country, phrase))
            typo = _with_typo(phrase, rng)
            if typo:
                cases.append(("one typo", language, page_id, country, typo))

    client = Client(HTTP_HOST=HOST, raise_request_exception=False)

    def score(kind):
        found = {}
        for case_kind, language, page_id, country, text in cases:
            if case_kind != kind:
                continue
            params = urlencode({"q": text, "language": language, "type": "cluster", "country": country, "limit": 10})
            response = client.get(f"/api/v2/search/?{params}")
            ids = [item["id"] for item in response.json().get("items", [])] if response.status_code == 200 else []
            rank = ids.index(page_id) + 1 if page_id in ids else None
            found.setdefault("ranks", []).append(rank)
        ranks = found.get("ranks", [])
        if not ranks:
            return {"queries": 0, "recall_at_10": None, "mrr": None}
        return {"queries": len(ranks), "recall_at_10": sum(1 for r in ranks if r) / len(ranks),
                "mrr": sum(1 / r for r in ranks if r) / len(ranks)}

    rows = []
    threshold = query.FUZZY_BELOW_HITS
    for label, below in (("exact first, fuzzy below %d hits (now)" % threshold, threshold),
                         ("fuzzy on every request (before)", 10**9)):
        query.FUZZY_BELOW_HITS = below
        try:
            for kind in ("as typed", "one typo"):
                rows.append({"rule": label, "queries_kind": kind, **score(kind)})
        finally:
            query.FUZZY_BELOW_HITS = threshold
    return rows
