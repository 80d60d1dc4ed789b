"""The harness's pure parts: percentile math, the wrk report parser, ratios,
the table and the JSON file, the comparisons and target verdicts, and the
endpoint table. Nothing here is timed."""
import datetime
import json

import pytest

from benchmarks.corpus.text import LANGUAGES, TextPlanner, render_html, render_text
from benchmarks.harness import endpoints, report
from benchmarks.harness.samples import Sample
from benchmarks.harness.stats import (
    format_table,
    latency_summary,
    parse_wrk_report,
    percentile,
    ratio,
    results_path,
    write_json,
)

WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:8765
  2 threads and 4 connections
BENCH_JSON {"requests": 2000, "duration_us": 10000000, "bytes": 123456, "p50_us": 1500, "p90_us": 3000, "p95_us": 4200, "p99_us": 9000, "max_us": 20000, "mean_us": 1800.5, "errors": {"connect": 0, "read": 1, "write": 0, "status": 3, "timeout": 2}, "cache_hits": 1990, "cache_misses": 10, "paths": 30}
"""


def test_percentiles_interpolate_between_closest_ranks():
    values = list(range(1, 11))
    assert percentile(values, 0) == 1
    assert percentile(values, 100) == 10
    assert percentile(values, 50) == 5.5
    assert percentile(values, 95) == pytest.approx(9.55)
    assert percentile(reversed(values), 90) == pytest.approx(9.1)
    assert percentile([7], 99) == 7
    assert percentile([], 50) is None
    with pytest.raises(ValueError):
        percentile(values, 101)


def test_latency_summary_is_in_milliseconds():
    summary = latency_summary([0.010, 0.020, 0.030, 0.040])
    assert summary["count"] == 4
    assert summary["p50_ms"] == pytest.approx(25)
    assert summary["max_ms"] == pytest.approx(40)
    assert summary["mean_ms"] == pytest.approx(25)
    assert latency_summary([])["p95_ms"] is None


def test_wrk_report_is_parsed_into_milliseconds_and_requests_per_second():
    parsed = parse_wrk_report(WRK_OUTPUT)
    assert parsed["requests"] == 2000
    assert parsed["rps"] == pytest.approx(200)
    assert parsed["p50_ms"] == 1.5 and parsed["p95_ms"] == 4.2 and parsed["p99_ms"] == 9
    assert parsed["non_2xx"] == 3
    assert parsed["socket_errors"] == 3
    assert (parsed["cache_hits"], parsed["cache_misses"]) == (1990, 10)
    with pytest.raises(ValueError):
        parse_wrk_report("no report here")


def test_ratios_leave_out_what_is_missing():
    assert ratio(300, 100) == 3
    assert ratio(None, 100) is None
    assert ratio(5, 0) is None
    assert ratio(5, None) is None


def test_table_aligns_numbers_and_marks_missing_values():
    rows = [{"name": "search API", "rps": 1234.5, "p95": 12.345}, {"name": "floor", "rps": 5.0, "p95": None}]
    table = format_table(rows, [("name", "endpoint"), ("rps", "req/s"), ("p95", "p95 ms")], title="Load")
    lines = table.splitlines()
    assert lines[0] == "Load"
    assert lines[1].split() == ["endpoint", "req/s", "p95", "ms"]
    assert "1234" in lines[3] and "12.3" in lines[3]
    assert lines[4].rstrip().endswith("–")
    # Numbers are right-aligned: their last digits line up under the heading's end.
    assert lines[3].index("1234") + 4 == lines[4].index("5.00") + 4


def test_results_go_to_a_timestamped_json_file(tmp_path):
    now = datetime.datetime(2026, 11, 25, 13, 45, 7, tzinfo=datetime.timezone.utc)
    path = write_json({"load": [{"rps": 1.5}], "when": now}, tmp_path / "bench", now)
    assert path == results_path(tmp_path / "bench", now)
    assert path.name == "results-20261125T134507Z.json"
    assert json.loads(path.read_text())["load"] == [{"rps": 1.5}]


def _row(key, role, label, shape, connections, rps, p95, compare_with=(), cache=None):
    return {"key": key, "role": role, "label": label, "shape": shape, "connections": connections, "rps": rps,
            "p95_ms": p95, "compare_with": list(compare_with), "cache": cache}


def test_comparisons_pair_ours_with_each_baseline_and_the_floor():
    rows = [
        _row("a", "ours", "search API", "one word", 4, 300.0, 20.0, ["b"]),
        _row("b", "baseline", "Wagtail search view (bakerydemo)", "one word", 4, 100.0, 60.0),
        _row("a", "ours", "search API", "one word", 16, 320.0, 80.0, ["b"]),
        _row("floor", "floor", "bare Django JSON view", "fixed JSON body", 4, 1500.0, 3.0),
    ]
    compared = report.comparisons(rows)
    assert len(compared) == 1  # no baseline cell at 16 clients
    assert compared[0]["rps_ratio"] == 3
    assert compared[0]["p95_ratio"] == pytest.approx(1 / 3)
    assert compared[0]["floor_share"] == pytest.approx(0.2)
    assert compared[0]["under_floor"] == pytest.approx(5)  # 1500 / 300: five times under the floor
    assert compared[0]["baseline_under_floor"] == pytest.approx(15)


def test_targets_say_met_or_by_how_much_they_are_missed():
    """Issue 11's targets, as ratios measured in one run."""
    listing = {"ours": "pages API", "shape": "cluster listing, fields=*, limit=20", "cache": "warm", "connections": 4,
               "rps_ratio": 6.0, "under_floor": 12.5}
    results = {
        "load": [],
        "comparisons": [
            {"ours": "search API", "shape": "one word", "connections": 4, "rps_ratio": 2.4, "cache": None},
            {"ours": "search API", "shape": "words + 2 facets", "connections": 4, "rps_ratio": 3.3, "cache": None},
            listing,
            {"ours": "pages API", "shape": "cluster detail", "cache": "warm", "connections": 4, "rps_ratio": 3.0},
        ],
        "sql_queries": [{"key": "listing-api-warm", "queries": 2}, {"key": "listing-api-limit-100", "queries": 4},
                        {"key": "detail-api-warm", "queries": 2}, {"key": "search-word-api", "queries": 2}],
        "indexing": {"rebuild_ours": {"documents_per_s": 1500.0}, "rebuild_wagtail": {"documents_per_s": 1000.0},
                     "publish_to_searchable": {"max_ms": 2500.0}},
        "memory": {"web_worker_peak_rss_mb": 180.0},
    }
    verdicts = {row["target"]: row for row in report.targets(results)}
    assert verdicts["search API throughput / Wagtail search, one word"]["verdict"] == "missed by 20%"
    assert verdicts["search API throughput / Wagtail search, words + 2 facets"]["verdict"] == "met"
    assert verdicts["page listing API throughput / stock API"]["verdict"] == "missed by 25%"
    assert verdicts["page listing API: times under the floor"]["verdict"] == "missed by 25%"
    assert verdicts["page detail API throughput / stock API"]["verdict"] == "met"
    assert verdicts["page listing API SQL queries (limit 20 and 100)"]["value"] == 4
    assert verdicts["page detail API SQL queries"]["met"] is True
    assert verdicts["search API SQL queries"]["met"] is True
    assert verdicts["full rebuild documents/s / Wagtail update_index"]["met"] is True
    assert verdicts["publish-to-searchable, worst of the runs (s)"]["verdict"] == "missed by 25%"
    assert verdicts["web worker peak RSS (MB)"]["met"] is True
    assert verdicts["autocomplete API throughput / Wagtail autocomplete"]["verdict"] == "not measured"


def test_the_endpoint_table_is_consistent_and_builds_paths():
    keys = {endpoint.key for endpoint in endpoints.ENDPOINTS}
    assert len(keys) == len(endpoints.ENDPOINTS)
    for endpoint in endpoints.ENDPOINTS:
        assert set(endpoint.compare_with) <= keys
        assert endpoint.fallback is None or endpoint.fallback in keys
        assert endpoint.role in ("ours", "baseline", "floor")
    sample = Sample(
        words={code: ["energy", "klynger"] for code in LANGUAGES},
        phrases={code: [("wind energy", "DK")] for code in LANGUAGES},
        prefixes={code: ["Wind C"] for code in LANGUAGES},
        cluster_ids=[11, 12], cluster_urls=["/en/clusters/a/", "/da/klynger/a/"],
        cluster_index_urls=["/en/clusters/"], cluster_count=45,
    )
    by_key = endpoints.BY_KEY
    assert by_key["search-word-api"].paths(sample)[:2] == [
        "/api/v2/search/?q=energy&language=en", "/api/v2/search/?q=energy&language=da",
    ]
    assert by_key["search-facets-wagtail"].paths(sample)[0] == "/bench/search/?q=wind+energy&language=en&type=cluster&country=DK"
    assert by_key["autocomplete-html"].paths(sample)[1] == "/da/search/suggest/?q=Wind+C"
    assert by_key["listing-api-cold"].paths(sample)[-1].endswith("&offset=40")
    assert by_key["detail-stock-warm"].paths(sample) == ["/bench/stock-api/v2/pages/11/"]


def test_generated_text_is_parallel_across_languages():
    import random

    planner = TextPlanner(random.Random(3))
    paragraphs = planner.paragraphs(3)
    rendered = {code: render_html(paragraphs, code) for code in LANGUAGES}
    assert all(text.count("<p>") == 3 for text in rendered.values())
    assert len(set(rendered.values())) == 3
    sentences = planner.sentences(4)
    assert render_text(sentences, "da") == render_text(sentences, "da")


def test_the_baselines_are_not_mounted_outside_the_bench_settings():
    from django.conf import settings
    from django.urls import Resolver404, resolve

    assert not getattr(settings, "BENCHMARK_BASELINES", False)
    for path in ("/bench/floor/", "/bench/search/", "/bench/stock-api/v2/pages/"):
        with pytest.raises(Resolver404):
            resolve(path)


def test_the_relevance_check_makes_one_typo_past_the_second_letter():
    import random

    from benchmarks.harness.measure import _with_typo

    rng = random.Random(3)
    for _ in range(50):
        typo = _with_typo("grüne Windenergie netz", rng)
        assert typo != "grüne Windenergie netz"
        changed = [(a, b) for a, b in zip("grüne Windenergie netz".split(), typo.split()) if a != b]
        assert len(changed) == 1 and changed[0][0] == "Windenergie"
        assert changed[0][1][:2] == "Wi" and sorted(changed[0][1]) == sorted("Windenergie")
    assert _with_typo("wind net", rng) is None  # no word long enough for typo tolerance
