"""Pure helpers of the harness: percentiles, ratios, the printed table and the
JSON file. No Django, no processes: tests/benchmarks/ checks them directly."""
import datetime
import json
import math
from pathlib import Path


def percentile(values, p):
    """The ``p``-th percentile (0-100) of ``values`` by linear interpolation
    between closest ranks (numpy's default method). None for no values."""
    data = sorted(values)
    if not data:
        return None
    if not 0 <= p <= 100:
        raise ValueError("p must be between 0 and 100")
    rank = (len(data) - 1) * p / 100
    low, high = math.floor(rank), math.ceil(rank)
    return data[low] + (data[high] - data[low]) * (rank - low)


def latency_summary(seconds):
    """p50/p95/p99/max/mean in milliseconds of a list of durations in seconds."""
    millis = [value * 1000 for value in seconds]
    if not millis:
        return {"count": 0, "p50_ms": None, "p95_ms": None, "p99_ms": None, "max_ms": None, "mean_ms": None}
    return {
        "count": len(millis),
        "p50_ms": percentile(millis, 50),
        "p95_ms": percentile(millis, 95),
        "p99_ms": percentile(millis, 99),
        "max_ms": max(millis),
        "mean_ms": sum(millis) / len(millis),
    }


def ratio(ours, baseline):
    """ours / baseline, None when either is missing or the baseline is zero."""
    if ours is None or baseline in (None, 0):
        return None
    return ours / baseline


def _cell(value):
    if value is None:
        return "–"
    if isinstance(value, float):
        if value >= 100:
            return f"{value:.0f}"
        if value >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    return str(value)


def format_table(rows, columns, title=None):
    """A plain-text table: ``columns`` is a list of (key, heading); ``rows`` a
    list of dicts. Numbers are right-aligned, missing values shown as "–"."""
    headings = [heading for _key, heading in columns]
    cells = [[_cell(row.get(key)) for key, _heading in columns] for row in rows]
    widths = [max([len(heading)] + [len(line[index]) for line in cells]) for index, heading in enumerate(headings)]
    numeric = [
        all(isinstance(row.get(key), (int, float)) or row.get(key) is None for row in rows) and index > 0
        for index, (key, _heading) in enumerate(columns)
    ]

    def line(values):
        parts = [value.rjust(width) if right else value.ljust(width) for value, width, right in zip(values, widths, numeric)]
        return "  ".join(parts).rstrip()

    out = []
    if title:
        out.append(title)
    out.append(line(headings))
    out.append(line(["-" * width for width in widths]))
    out.extend(line(values) for values in cells)
    return "\n".join(out)


def results_path(directory, now=None):
    """var/bench/results-<UTC timestamp>.json"""
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return Path(directory) / f"results-{now.strftime('%Y%m%dT%H%M%SZ')}.json"


def write_json(results, directory, now=None):
    """Write ``results`` to a new timestamped file in ``directory``; returns its path."""
    path = results_path(directory, now)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8")
    return path


def parse_wrk_report(text):
    """The JSON line our Lua script's ``done()`` prints (prefixed ``BENCH_JSON``),
    turned into milliseconds and requests per second."""
    for line in text.splitlines():
        if line.startswith("BENCH_JSON "):
            raw = json.loads(line[len("BENCH_JSON "):])
            break
    else:
        raise ValueError("no BENCH_JSON line in the wrk output")
    seconds = raw["duration_us"] / 1e6 if raw["duration_us"] else 0
    errors = raw["errors"]
    return {
        "requests": raw["requests"],
        "seconds": seconds,
        "rps": raw["requests"] / seconds if seconds else None,
        "p50_ms": raw["p50_us"] / 1000,
        "p95_ms": raw["p95_us"] / 1000,
        "p99_ms": raw["p99_us"] / 1000,
        "max_ms": raw["max_us"] / 1000,
        "mean_ms": raw["mean_us"] / 1000,
        "non_2xx": errors["status"],
        "socket_errors": errors["connect"] + errors["read"] + errors["write"] + errors["timeout"],
        "cache_hits": raw.get("cache_hits"),
        "cache_misses": raw.get("cache_misses"),
        "distinct_paths": raw.get("paths"),
    }
