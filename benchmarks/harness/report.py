"""The report of one `make bench` run: comparisons with the baselines, the
targets of issue 7 checked, and the tables printed at the end."""
from .stats import format_table, ratio

LOAD_COLUMNS = [
    ("group", "group"), ("label", "endpoint"), ("shape", "shape"), ("cache", "cache"), ("connections", "conc"),
    ("rps", "req/s"), ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms"), ("p99_ms", "p99 ms"), ("non_2xx", "non-2xx"),
    ("hit_ratio", "cache hits"),
]
COMPARISON_COLUMNS = [
    ("shape", "job"), ("cache", "cache"), ("connections", "conc"), ("ours", "ours"), ("baseline", "baseline"),
    ("ours_rps", "ours req/s"), ("baseline_rps", "base req/s"), ("rps_ratio", "× throughput"),
    ("ours_p95_ms", "ours p95"), ("baseline_p95_ms", "base p95"), ("p95_ratio", "p95 ours/base"),
    ("floor_share", "ours/floor req/s"), ("under_floor", "× under floor"), ("baseline_under_floor", "base × under floor"),
]
SQL_COLUMNS = [("endpoint", "endpoint"), ("shape", "shape"), ("state", "as"), ("status", "status"), ("queries", "SQL queries")]
BREAKDOWN_COLUMNS = [
    ("endpoint", "endpoint"), ("shape", "shape"), ("total_ms", "total ms"), ("sql_ms", "SQL ms"),
    ("sql_queries", "queries"), ("engine_ms", "engine ms"), ("engine_requests", "engine calls"), ("python_ms", "Python ms"),
]
TARGET_COLUMNS = [("target", "target (issue 11, ratios in one run)"), ("value", "measured"), ("limit", "limit"), ("verdict", "")]


def comparisons(load_rows):
    """Ours against each baseline named in ``compare_with``, cell by cell, and
    ours as a share of the floor at the same concurrency."""
    by_cell = {(row["key"], row["connections"]): row for row in load_rows}
    floor = {row["connections"]: row for row in load_rows if row["role"] == "floor"}
    out = []
    for row in load_rows:
        for baseline_key in row.get("compare_with", []):
            baseline = by_cell.get((baseline_key, row["connections"]))
            if baseline is None:
                continue
            floor_row = floor.get(row["connections"])
            out.append({
                "shape": row["shape"], "cache": row["cache"], "connections": row["connections"],
                "ours": row["label"], "baseline": baseline["label"],
                "ours_rps": row["rps"], "baseline_rps": baseline["rps"], "rps_ratio": ratio(row["rps"], baseline["rps"]),
                "ours_p95_ms": row["p95_ms"], "baseline_p95_ms": baseline["p95_ms"],
                "p95_ratio": ratio(row["p95_ms"], baseline["p95_ms"]),
                "floor_share": ratio(row["rps"], floor_row["rps"]) if floor_row else None,
                # How many times slower than the bare Django view, ours and the baseline's.
                "under_floor": ratio(floor_row["rps"], row["rps"]) if floor_row else None,
                "baseline_under_floor": ratio(floor_row["rps"], baseline["rps"]) if floor_row else None,
            })
    return out


def _find(rows, **match):
    for row in rows:
        if all(row.get(key) == value for key, value in match.items()):
            return row
    return None


def _target(label, value, limit, at_most=True, unit=""):
    if value is None:
        return {"target": label, "value": None, "limit": f"{'≤' if at_most else '≥'} {limit}{unit}", "met": None,
                "verdict": "not measured"}
    met = value <= limit if at_most else value >= limit
    if met:
        verdict = "met"
    else:
        verdict = f"missed by {abs(value - limit) / limit * 100:.0f}%"
    return {"target": label, "value": round(value, 2), "limit": f"{'≤' if at_most else '≥'} {limit}{unit}",
            "met": met, "verdict": verdict}


def targets(results):
    """Issue 11's targets: ratios measured in this run (4 clients, warm where it applies)."""
    load, compared, sql = results["load"], results["comparisons"], results["sql_queries"]
    indexing, memory = results["indexing"], results["memory"]
    out = []
    listing = _find(compared, ours="pages API", shape="cluster listing, fields=*, limit=20", cache="warm", connections=4)
    out.append(_target("page listing API throughput / stock API", listing and listing["rps_ratio"], 8, at_most=False, unit="×"))
    out.append(_target("page listing API: times under the floor", listing and listing["under_floor"], 10, unit="×"))
    detail = _find(compared, ours="pages API", shape="cluster detail", cache="warm", connections=4)
    out.append(_target("page detail API throughput / stock API", detail and detail["rps_ratio"], 3, at_most=False, unit="×"))
    for shape in ("one word", "words + 2 facets"):
        comparison = _find(compared, ours="search API", shape=shape, connections=4)
        out.append(_target(f"search API throughput / Wagtail search, {shape}", comparison and comparison["rps_ratio"], 3, at_most=False, unit="×"))
    comparison = _find(compared, ours="autocomplete API", connections=4)
    out.append(_target("autocomplete API throughput / Wagtail autocomplete", comparison and comparison["rps_ratio"], 2.5, at_most=False, unit="×"))
    listing_queries = [row["queries"] for row in sql if row["key"] in ("listing-api-warm", "listing-api-limit-100")]
    out.append(_target("page listing API SQL queries (limit 20 and 100)", max(listing_queries) if listing_queries else None, 3))
    detail_queries = [row["queries"] for row in sql if row["key"] == "detail-api-warm"]
    out.append(_target("page detail API SQL queries", max(detail_queries) if detail_queries else None, 2))
    search_queries = [row["queries"] for row in sql if row["key"] in ("search-word-api", "search-facets-api")]
    out.append(_target("search API SQL queries", max(search_queries) if search_queries else None, 2))
    ours, wagtail = indexing.get("rebuild_ours") or {}, indexing.get("rebuild_wagtail") or {}
    rebuild_ratio = ratio(ours.get("documents_per_s"), wagtail.get("documents_per_s")) if ours and wagtail else None
    out.append(_target("full rebuild documents/s / Wagtail update_index", rebuild_ratio, 1.2, at_most=False, unit="×"))
    publish = indexing.get("publish_to_searchable") or {}
    out.append(_target("publish-to-searchable, worst of the runs (s)", publish.get("max_ms") and publish["max_ms"] / 1000, 2))
    out.append(_target("web worker peak RSS (MB)", memory.get("web_worker_peak_rss_mb"), 250))
    return out


def render(results):
    """The tables printed at the end of `make bench`."""
    meta = results["meta"]
    corpus = meta["corpus"]
    parts = [
        f"make bench — {meta['finished_at']} — {meta['machine']['cpus']} CPUs ({meta['machine']['cpu_model']}), "
        f"{meta['machine']['memory_gb']} GB; gunicorn {meta['gunicorn_workers']} sync workers; "
        f"wrk {meta['seconds_per_cell']} s per cell on 127.0.0.1",
        f"corpus: seed {corpus['seed']}, {corpus['pages_per_language']} pages per language, "
        f"{corpus['page_count']} corpus pages; engine {meta['engine']}; PostgreSQL {meta['postgresql']}",
    ]
    load = meta.get("load_average")
    if load:
        parts.append(f"load average (1 min) before the run {load['before']:.2f}, after {load['after']:.2f} "
                     f"(anything else running on the machine shares its {meta['machine']['cpus']} CPUs)")
    parts.extend(f"note: {note}" for note in meta.get("notes", []))
    load_rows = []
    for row in results["load"]:
        row = dict(row)
        hits, misses = row.get("cache_hits"), row.get("cache_misses")
        row["hit_ratio"] = f"{hits / (hits + misses):.0%}" if hits is not None and (hits or misses) else None
        load_rows.append(row)
    parts.append(format_table(load_rows, LOAD_COLUMNS, title="\nLoad (latency from wrk's histogram)"))
    parts.append(format_table(results["comparisons"], COMPARISON_COLUMNS, title="\nOurs against the baselines"))
    parts.append(format_table(results["sql_queries"], SQL_COLUMNS, title="\nSQL queries per request (in-process, steady state)"))
    parts.append(format_table(
        results.get("breakdown", []), BREAKDOWN_COLUMNS,
        title="\nWhere the time goes (in-process, one client, mean per request; HTML pages rendered)",
    ))
    if results.get("relevance"):
        parts.append(format_table(
            results["relevance"],
            [("rule", "typo tolerance"), ("queries_kind", "queries"), ("queries", "n"), ("recall_at_10", "recall@10"), ("mrr", "MRR")],
            title="\nRelevance (search API, in-process: a cluster's own description words, type=cluster and its country)",
        ))
    indexing = results["indexing"]
    index_rows = []
    for key, label in (("rebuild_ours", "rebuild_search_index (ours)"), ("rebuild_wagtail", "update_index --backend engine (Wagtail)"),
                       ("rebuild_api_documents", "rebuild_api_documents (ours)")):
        row = indexing.get(key)
        if row:
            index_rows.append({"job": label, "documents": row["documents"], "seconds": row["seconds"],
                               "docs_s": row["documents_per_s"], "rss": row["peak_rss_mb"]})
    parts.append(format_table(index_rows, [("job", "full rebuild"), ("documents", "documents"), ("seconds", "seconds"),
                                           ("docs_s", "documents/s"), ("rss", "peak RSS MB")], title="\nIndexing"))
    publish = indexing.get("publish_to_searchable")
    if publish:
        parts.append(
            f"publish-to-searchable ({publish['count']} publishes, worker draining every 0.5 s): "
            f"p50 {publish['p50_ms']:.0f} ms, max {publish['max_ms']:.0f} ms"
            + (f", {publish['not_found']} not found in {publish['not_found_within_s']} s" if publish.get("not_found") else "")
            if publish["count"] else "publish-to-searchable: never found"
        )
    memory = results["memory"]
    rebuild_rss = memory.get("rebuild_peak_rss_mb")
    parts.append(
        "web workers' peak RSS: " + ", ".join(f"{value:.0f} MB" for value in memory["web_workers_peak_rss_mb"])
        + (f"; rebuild peak RSS: {rebuild_rss:.0f} MB" if rebuild_rss else "")
    )
    parts.append(format_table(results["targets"], TARGET_COLUMNS, title="\nTargets"))
    parts.append(f"\nJSON: {results['meta']['json_path']}")
    return "\n".join(parts)
