"""The processes the harness starts: the site under gunicorn, the background
worker, and one-shot management commands whose peak memory is measured.
Each is stopped by its own process id."""
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
VENV_BIN = Path(sys.executable).parent


def bench_env(**extra):
    env = dict(os.environ)
    env["DJANGO_SETTINGS_MODULE"] = os.environ.get("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
    env.update({key: str(value) for key, value in extra.items()})
    return env


def read_kib(pid, field):
    """A ``Vm*`` line of /proc/<pid>/status in KiB (None if the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    return None


def child_pids(pid):
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except FileNotFoundError:
        return []
    return [int(value) for value in text.split()]


def free_port(preferred=0):
    """``preferred`` if nothing listens there, else a free port the system picks."""
    import socket

    for port in ([preferred] if preferred else []) + [0]:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError("no free port on 127.0.0.1")


def get(url, timeout=10, headers=None):
    """(status, body bytes) of a GET; errors give their status."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class Gunicorn:
    """``gunicorn cms.wsgi`` with ``workers`` sync workers on 127.0.0.1:``port``."""

    def __init__(self, port, workers, log_path, config=None):
        self.port = port
        self.workers = workers
        self.log_path = Path(log_path)
        self.config = config
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=90):
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        command = [
            str(VENV_BIN / "gunicorn"), "cms.wsgi:application",
            "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers),
            "--timeout", "120", "--log-level", "warning", "--chdir", str(BASE_DIR),
        ]
        if self.config:
            command += ["--config", str(self.config)]
        self.process = subprocess.Popen(command, cwd=BASE_DIR, env=bench_env(), stdout=log, stderr=log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            try:
                status, _ = get(self.base_url + "/bench/floor/", timeout=2)
                if status == 200 and len(self.worker_pids()) == self.workers:
                    return
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer on {self.base_url} within {timeout} s; see {self.log_path}")

    def worker_pids(self):
        return child_pids(self.process.pid) if self.process else []

    def peak_rss_kib(self):
        """{worker pid: peak resident set size in KiB (VmHWM)}."""
        return {pid: read_kib(pid, "VmHWM") for pid in self.worker_pids()}

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


class Worker:
    """``manage.py run_worker``: drains the search outbox (and the other jobs)."""

    def __init__(self, log_path):
        self.log_path = Path(log_path)
        self.process = None

    def start(self):
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "run_worker", "--interval", "0.5"],
            cwd=BASE_DIR, env=bench_env(), stdout=log, stderr=log,
        )

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def run_measured(arguments, log_path):
    """Run ``manage.py <arguments>``; returns (seconds, peak RSS in KiB, exit
    status, output tail). The peak comes from the kernel's accounting of that
    one child (wait4), so nothing has to sample it."""
    log_path = Path(log_path)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        started = time.monotonic()
        process = subprocess.Popen([sys.executable, "manage.py", *arguments], cwd=BASE_DIR, env=bench_env(),
                                   stdout=log, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    tail = log_path.read_text(errors="replace").strip().splitlines()[-5:]
    return seconds, usage.ru_maxrss, process.returncode, tail
