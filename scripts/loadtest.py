"""The load test of `make loadtest` (scripts/loadtest.sh sets up the site and
runs this): a realistic mix against gunicorn with the deployment's settings
while an editor publishes, and the figures of docs/operations.md.

- Load: wrk (benchmarks/harness/wrk.py) with LOADTEST_CLIENTS connections for
  LOADTEST_SECONDS on 127.0.0.1, walking a list of requests that is 70 % page
  views, 20 % API reads and 10 % searches (HTML and API), shuffled.
- Editor: every LOADTEST_PUBLISH_EVERY seconds a page is published with a new
  title carrying a unique word; the worker's lag is the time from the publish
  to that word being found by the search API.
- Report: throughput, p50/p95/p99, errors (must be 0), the lag; printed and
  written to var/loadtest/result-<time>.json. Exit status 1 on any error.

Run with DJANGO_SETTINGS_MODULE=cms.settings.production and the site's
environment (scripts/loadtest.sh).
"""
import json
import os
import random
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import django  # noqa: E402

django.setup()

from wagtail.models import Page  # noqa: E402

from benchmarks.harness.wrk import run_wrk  # noqa: E402
from search.documents import indexable_pages, is_indexable, restricted_page_paths  # noqa: E402
from website.visibility import public_pages  # noqa: E402

BASE_URL = os.environ["LOADTEST_URL"]
CLIENTS = int(os.environ.get("LOADTEST_CLIENTS", "16"))
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "300"))
PUBLISH_EVERY = float(os.environ.get("LOADTEST_PUBLISH_EVERY", "10"))
SEARCHABLE_TIMEOUT = 60


def request_mix(rng):
    """100 requests: 70 page views, 20 API reads, 10 searches."""
    pages = [page.url for page in public_pages(Page.objects.filter(depth__gt=1)).specific() if page.url]
    page_ids = list(public_pages(Page.objects.filter(depth__gt=2)).values_list("pk", flat=True))
    api = ["/api/v2/pages/?limit=10", "/api/v2/pages/?type=clusters.ClusterPage&limit=20",
           "/api/v2/pages/?locale=da&limit=10"] + [f"/api/v2/pages/{pk}/" for pk in page_ids]
    words = ["wind", "cluster", "energy", "health", "food", "innovation", "workshop", "border", "klynge", "energie"]
    searches = [f"/en/search/?q={word}" for word in words] + [f"/api/v2/search/?q={word}" for word in words]
    mix = rng.choices(pages, k=70) + rng.choices(api, k=20) + rng.choices(searches, k=10)
    rng.shuffle(mix)
    return mix


def searchable(word):
    url = f"{BASE_URL}/api/v2/search/?q={word}"
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.loads(response.read())["meta"]["total_count"] > 0
    except (urllib.error.URLError, OSError, ValueError, KeyError):
        return False


class Editor(threading.Thread):
    """Publishes a page every PUBLISH_EVERY seconds and measures publish-to-searchable."""

    def __init__(self, stop_at):
        super().__init__(daemon=True)
        self.stop_at = stop_at
        self.lags = []
        self.failures = []
        # Pages the public search shows (public, of a searchable type), in English.
        restricted = restricted_page_paths()
        self.pages = [page for page in indexable_pages()
                      if page.locale.language_code == "en" and is_indexable(page, restricted)][:20]

    def run(self):
        n = 0
        while time.monotonic() + PUBLISH_EVERY <= self.stop_at:
            started = time.monotonic()
            page = Page.objects.get(pk=self.pages[n % len(self.pages)].pk).specific
            word = "lt" + uuid.uuid4().hex[:10]
            page.title = f"{page.title.split(' · ')[0]} · {word}"
            try:
                page.save_revision().publish()
                published = time.monotonic()
                while not searchable(word):
                    if time.monotonic() - published > SEARCHABLE_TIMEOUT:
                        raise TimeoutError(f"{word} not searchable after {SEARCHABLE_TIMEOUT} s")
                    time.sleep(0.1)
                self.lags.append(time.monotonic() - published)
            except Exception as error:  # reported, and the run fails
                self.failures.append(f"{type(error).__name__}: {error}")
            n += 1
            time.sleep(max(0.0, PUBLISH_EVERY - (time.monotonic() - started)))


def percentile(values, q):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main():
    rng = random.Random(13)
    mix = request_mix(rng)
    editor = Editor(stop_at=time.monotonic() + SECONDS)
    editor.start()
    report = run_wrk(BASE_URL, mix, CLIENTS, SECONDS, timeout=10)
    editor.join(timeout=SEARCHABLE_TIMEOUT + PUBLISH_EVERY)
    errors = report["non_2xx"] + report["socket_errors"]
    result = {
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "clients": CLIENTS,
        "seconds": SECONDS,
        "gunicorn_workers": int(os.environ.get("GUNICORN_WORKERS", "3")),
        "mix": {"pages": 70, "api": 20, "search": 10},
        "requests": report["requests"],
        "throughput_rps": round(report["rps"], 1),
        "latency_ms": {name: round(report[f"{name}_ms"], 1) for name in ("p50", "p95", "p99", "max")},
        "errors": {"http_4xx_5xx": report["non_2xx"], "socket": report["socket_errors"]},
        "page_cache": {"hits": report.get("cache_hits"), "misses": report.get("cache_misses")},
        "publishes": len(editor.lags) + len(editor.failures),
        "publish_failures": editor.failures,
        "lag_s": {
            "p50": round(statistics.median(editor.lags), 2) if editor.lags else None,
            "p95": round(percentile(editor.lags, 95), 2) if editor.lags else None,
            "max": round(max(editor.lags), 2) if editor.lags else None,
        },
    }
    out_dir = REPO / "var" / "loadtest"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"result-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"loadtest: {result['requests']} requests in {SECONDS} s at {CLIENTS} clients: "
        f"{result['throughput_rps']} req/s; latency p50 {result['latency_ms']['p50']} ms, "
        f"p95 {result['latency_ms']['p95']} ms, p99 {result['latency_ms']['p99']} ms; "
        f"errors {errors} {result['errors']}; {result['publishes']} publishes, "
        f"publish-to-searchable p50 {result['lag_s']['p50']} s, max {result['lag_s']['max']} s"
        + (f"; FAILED publishes: {editor.failures}" if editor.failures else "")
    )
    print(f"loadtest: written to {out}")
    return 0 if errors == 0 and not editor.failures and editor.lags else 1


if __name__ == "__main__":
    sys.exit(main())
