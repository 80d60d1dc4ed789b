"""Running one load cell with wrk: a separate process on 127.0.0.1, bounded in
time, closed loop (each connection sends its next request when the previous
answer arrived), latency percentiles from wrk's own histogram."""
import shutil
import subprocess
import tempfile
from pathlib import Path

from .stats import parse_wrk_report

LUA_SCRIPT = Path(__file__).with_name("load.lua")


class LoadGeneratorMissing(Exception):
    pass


def wrk_binary():
    path = shutil.which("wrk")
    if path is None:
        raise LoadGeneratorMissing("wrk is not installed (Debian: apt-get install wrk; scripts/bench.sh does it)")
    return path


def wrk_version():
    result = subprocess.run([wrk_binary(), "--version"], capture_output=True, text=True)
    return (result.stdout or result.stderr).splitlines()[0].strip() if (result.stdout or result.stderr) else "wrk"


def run_wrk(base_url, paths, connections, seconds, bust=False, timeout=10):
    """Load ``base_url`` + ``paths`` (in turn) with ``connections`` concurrent
    clients for ``seconds``. Returns the parsed report (stats.parse_wrk_report)."""
    threads = max(1, min(connections, 2))
    with tempfile.NamedTemporaryFile("w", suffix=".paths", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(paths) + "\n")
        paths_file = handle.name
    command = [
        wrk_binary(), "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
        "--timeout", f"{timeout}s", "-s", str(LUA_SCRIPT), base_url,
        "--", paths_file, "bust" if bust else "keep", str(threads),
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + timeout + 30)
    finally:
        Path(paths_file).unlink(missing_ok=True)
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    report = parse_wrk_report(result.stdout)
    report.update(connections=connections, threads=threads)
    return report
