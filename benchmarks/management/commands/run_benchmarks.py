"""`manage.py run_benchmarks`: the measuring part of `make bench` (scripts/bench.sh).

Expects the benchmark settings (cms/settings/bench.py), the services running
and the corpus generated. In one run it:

1. rebuilds Wagtail's own "engine" index (the search baseline's) and the
   platform's index, each as a separate process: documents/s and peak memory;
2. counts the SQL queries per request of every endpoint, in-process;
3. starts the site under gunicorn and loads every endpoint of
   benchmarks/harness/endpoints.py with wrk (1, 4, 16 clients; cold and warm);
4. reads the web workers' peak memory;
5. publishes pages through Wagtail with the worker running and times how long
   until the search finds them;
6. prints the tables and writes var/bench/results-<timestamp>.json.
"""
import datetime
import os
import platform
import subprocess
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from benchmarks.harness import endpoints as endpoint_table
from benchmarks.harness import measure, report
from benchmarks.harness.samples import build_sample
from benchmarks.harness.servers import Gunicorn, free_port, get
from benchmarks.harness.stats import results_path, write_json
from benchmarks.harness.wrk import run_wrk, wrk_version
from benchmarks.models import GeneratedCorpus
from search.engine import uses_engine


def _machine():
    model, memory_kib = platform.processor() or "unknown", 0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory_kib = int(line.split()[1])
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu_model": model, "memory_gb": round(memory_kib / 1024 / 1024, 1),
            "python": platform.python_version(), "kernel": platform.release()}


def _git_commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=settings.BASE_DIR,
                              capture_output=True, text=True, timeout=10).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


class Command(BaseCommand):
    help = "Measure the running services with the benchmark corpus (see docs/benchmarks.md); use `make bench`."

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 10)),
                            help="Seconds of load per cell (default 10, BENCH_SECONDS).")
        parser.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", 2)),
                            help="gunicorn sync workers (default 2, BENCH_WORKERS).")
        parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 8765)),
                            help="Port of the site (default 8765, BENCH_PORT; another free one if taken).")
        parser.add_argument("--only", default="", help="Only endpoints whose key contains this text (for trials).")
        parser.add_argument("--output-dir", default=str(Path(settings.BASE_DIR) / "var" / "bench"))
        parser.add_argument("--skip-rebuild", action="store_true", help="Do not rebuild the indexes (for trials).")
        parser.add_argument("--gc-freeze", action="store_true",
                            help="Experiment: gunicorn workers call gc.freeze() once the site is loaded.")

    def handle(self, *args, seconds, workers, port, only, output_dir, skip_rebuild, gc_freeze, **options):
        if not getattr(settings, "BENCHMARK_BASELINES", False):
            raise CommandError("run with DJANGO_SETTINGS_MODULE=cms.settings.bench (the baselines are mounted there)")
        if not uses_engine():
            raise CommandError("the benchmarks need a search engine: SEARCH_ENGINE=opensearch or elasticsearch")
        corpus = GeneratedCorpus.objects.first()
        if corpus is None:
            raise CommandError("no corpus in the benchmark database: run generate_corpus first (make bench does)")
        output_dir = Path(output_dir)
        log_dir = output_dir / "logs"
        started_at = datetime.datetime.now(datetime.timezone.utc)
        self.load_before = os.getloadavg()[0]
        notes = []
        results = {"load": [], "sql_queries": [], "breakdown": [], "indexing": {}, "memory": {}}

        # 1. Both indexes, fresh, each rebuilt by its own process.
        if not skip_rebuild:
            self.say("Rebuilding Wagtail's engine index (the baseline's) ...")
            results["indexing"]["rebuild_wagtail"] = measure.rebuild_wagtail(log_dir)
            self.say("Rebuilding the platform's search index ...")
            results["indexing"]["rebuild_ours"] = measure.rebuild_ours(log_dir)
            self.say("Rebuilding the partner API's precomputed documents ...")
            results["indexing"]["rebuild_api_documents"] = measure.rebuild_api_documents(log_dir)
            for key in ("rebuild_wagtail", "rebuild_ours", "rebuild_api_documents"):
                if results["indexing"][key]["status"] != 0:
                    raise CommandError(f"{results['indexing'][key]['command']} failed; see {results['indexing'][key]['log']}")

        # 2. What to ask, and which endpoints exist.
        sample = build_sample()
        # The deployment's own gunicorn settings (scripts/docker-entrypoint.sh), unless the experiment's.
        config = Path(settings.BASE_DIR) / "cms" / "gunicorn.py"
        if gc_freeze:
            config = Path(__file__).resolve().parents[2] / "harness" / "gunicorn_gc_freeze.py"
            notes.append("experiment: gunicorn workers call gc.freeze() after loading the site (--gc-freeze)")
        else:
            notes.append("gunicorn runs with the deployment's config, cms/gunicorn.py")
        server = Gunicorn(free_port(port), workers, log_dir / "gunicorn.log", config=config)
        self.say(f"Starting gunicorn ({workers} workers) on {server.base_url} ...")
        server.start()
        try:
            cells = self.plan(server, sample, only, notes)
            self.say("Counting SQL queries per request ...")
            extra = [
                ("listing-api-limit-100", "pages API", "cluster listing, fields=*, limit=100", "ours",
                 "/api/v2/pages/?type=clusters.ClusterPage&fields=*&limit=100"),
                ("listing-stock-limit-100", "stock PagesAPIViewSet", "cluster listing, fields=*, limit=100", "baseline",
                 "/bench/stock-api/v2/pages/?type=clusters.ClusterPage&fields=*&limit=100"),
            ]
            results["sql_queries"] = measure.sql_per_request(cells, extra if not only else [])
            self.say("Timing SQL, engine and Python per request, and profiling ours ...")
            profile_dir = output_dir / "profiles" / started_at.strftime("%Y%m%dT%H%M%SZ")
            results["breakdown"] = measure.breakdowns(cells, profile_dir)
            if not only:
                self.say("Relevance check over the corpus's own clusters ...")
                results["relevance"] = measure.relevance()

            # 3. Load.
            self.warm_up(server, cells)
            for cell in cells:
                results["load"].append(self.run_cell(server, cell, seconds))

            # 4. Memory of the web workers after all that.
            peaks = server.peak_rss_kib()
            results["memory"]["web_workers_peak_rss_mb"] = [value / 1024 for value in peaks.values() if value]
            results["memory"]["web_worker_peak_rss_mb"] = max(results["memory"]["web_workers_peak_rss_mb"], default=None)

            # 5. Publish-to-searchable, with the worker running.
            if not only:
                self.say("Publish-to-searchable ...")
                search_path = ("/api/v2/search/?q={q}&language=en" if self.api_search_available
                               else "/en/search/?q={q}")
                results["indexing"]["publish_to_searchable"] = measure.publish_to_searchable(
                    server.base_url, search_path, log_dir, self.publish_pages(),
                )
        finally:
            server.stop()
        rebuild = results["indexing"].get("rebuild_ours") or {}
        results["memory"]["rebuild_peak_rss_mb"] = rebuild.get("peak_rss_mb")
        results["comparisons"] = report.comparisons(results["load"])
        for row in results["load"]:
            row.pop("paths", None)
        results["targets"] = report.targets(results)
        results["meta"] = self.meta(corpus, started_at, seconds, workers, notes)
        finished = datetime.datetime.now(datetime.timezone.utc)
        results["meta"]["json_path"] = str(results_path(output_dir, finished))
        write_json(results, output_dir, finished)
        self.stdout.write(report.render(results))

    # --- steps ---------------------------------------------------------------------

    def say(self, message):
        self.stdout.write(message)
        self.stdout.flush()

    def plan(self, server, sample, only, notes):
        """The load cells, with concrete paths; endpoints that are not there are
        replaced by their fallback (and said so)."""
        chosen = []
        replaced = set()
        self.api_search_available = True
        for endpoint in endpoint_table.ENDPOINTS:
            if endpoint.probe:
                status, _ = get(server.base_url + endpoint.probe)
                if status == 404:
                    if endpoint.key.startswith("search") or endpoint.key.startswith("autocomplete"):
                        self.api_search_available = False
                    fallback = endpoint_table.BY_KEY[endpoint.fallback]
                    notes.append(f"{endpoint.probe.split('?')[0]} answers 404: measured {fallback.label} instead of {endpoint.label}")
                    replaced.add(fallback.key)
                    endpoint = endpoint_table.Endpoint(
                        key=endpoint.key, group=endpoint.group, role=endpoint.role, label=fallback.label,
                        shape=endpoint.shape, paths=fallback.paths, concurrencies=endpoint.concurrencies,
                        cache=endpoint.cache, compare_with=endpoint.compare_with,
                    )
            chosen.append(endpoint)
        cells = []
        for endpoint in chosen:
            if endpoint.key in replaced or (only and only not in endpoint.key):
                continue
            paths = endpoint.paths(sample)
            if not paths:
                notes.append(f"{endpoint.key}: nothing to ask in this corpus; skipped")
                continue
            for connections in endpoint.concurrencies:
                cells.append({
                    "key": endpoint.key, "group": endpoint.group, "role": endpoint.role, "label": endpoint.label,
                    "shape": endpoint.shape, "cache": endpoint.cache, "connections": connections, "bust": endpoint.bust,
                    "compare_with": endpoint.compare_with, "paths": paths,
                })
        return cells

    def warm_up(self, server, cells):
        """Every worker imports, compiles templates and fills its caches before
        the first timed request: a few requests to every endpoint."""
        self.say("Warming up ...")
        for cell in cells:
            for path in cell["paths"][: 2 * server.workers]:
                get(server.base_url + path, timeout=60)

    def clear_page_cache(self):
        from website.cache import page_cache

        page_cache().clear()

    def run_cell(self, server, cell, seconds):
        if cell["cache"] == "cold":
            self.clear_page_cache()
        elif cell["cache"] == "warm":
            for path in cell["paths"][:30]:
                get(server.base_url + path, timeout=60)
        load_before = os.getloadavg()[0]
        try:
            report_row = run_wrk(server.base_url, cell["paths"], cell["connections"], seconds, bust=cell["bust"])
        except RuntimeError as error:  # one failed cell is reported, the run goes on
            self.say(f"  {cell['label']} {cell['shape']} c={cell['connections']}: {error}")
            report_row = {"requests": 0, "rps": None, "p50_ms": None, "p95_ms": None, "p99_ms": None,
                          "non_2xx": None, "error": str(error)}
        row = {**cell, **report_row, "load_average_before": load_before}
        row["distinct_paths"] = len(cell["paths"])
        if row["rps"] is None:
            return row
        self.say(
            f"  {cell['label']:<34} {cell['shape']:<38} {cell['cache'] or '':<5} c={cell['connections']:<3}"
            f" {row['rps']:8.1f} req/s  p50 {row['p50_ms']:7.1f}  p95 {row['p95_ms']:7.1f}  p99 {row['p99_ms']:7.1f} ms"
            + (f"  non-2xx {row['non_2xx']}" if row["non_2xx"] else "")
        )
        return row

    def publish_pages(self, count=5):
        from benchmarks.corpus.generator import corpus_pages

        return list(
            corpus_pages().filter(locale__language_code="en", depth__gt=3).order_by("pk").specific()[:count]
        )

    def meta(self, corpus, started_at, seconds, workers, notes):
        from search.engine import get_engine

        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            postgresql = cursor.fetchone()[0]
        try:
            info = get_engine().info()
            engine = f"{info.get('version', {}).get('distribution', settings.SEARCH_ENGINE)} {info.get('version', {}).get('number', '')}"
        except Exception:  # the engine's version is only informative
            engine = settings.SEARCH_ENGINE
        import django
        import wagtail

        return {
            "started_at": started_at.isoformat(timespec="seconds"),
            "finished_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "git_commit": _git_commit(),
            "machine": _machine(),
            "versions": {"django": django.get_version(), "wagtail": wagtail.__version__, "wrk": wrk_version()},
            "settings": os.environ.get("DJANGO_SETTINGS_MODULE"),
            "database": settings.DATABASES["default"]["NAME"],
            "postgresql": postgresql,
            "engine": engine.strip(),
            "gunicorn_workers": workers,
            "seconds_per_cell": seconds,
            "corpus": {
                "seed": corpus.seed, "pages_per_language": corpus.pages_per_language, "page_count": corpus.page_count,
                "languages": corpus.languages, "generated_in_s": round(corpus.seconds, 1),
            },
            "notes": notes,
            "load_average": {"before": self.load_before, "after": os.getloadavg()[0]},
            "time_in_run_s": round(time.time() - started_at.timestamp(), 1),
        }
