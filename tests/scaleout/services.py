"""Real servers that the scale-out and fault tests start, stop and break on
their own free ports, so that the servers the rest of the suite uses are never
touched: a Redis of their own, gunicorn web nodes, worker processes.

Every server is started by the project's own scripts or commands; one that
does not come up fails the test with its output (never a skip).
"""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def free_port():
    """A port nobody listens on now: several checkouts' test runs may run side by side."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_script(script, action, env, timeout=300):
    done = subprocess.run([str(REPO / "scripts" / "services" / script), action], env=env,
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:  # a missing service is a failure, never a skip
        pytest.fail(f"{script} {action} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout + done.stderr


class RedisServer:
    """A Redis of the test's own (scripts/services/redis.sh on a free port, files in var/<instance>)."""

    def __init__(self, instance="redis-test"):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.env = dict(os.environ, REDIS_PORT=str(self.port), REDIS_INSTANCE=f"{instance}-{self.port}")

    def start(self):
        run_script("redis.sh", "start", self.env)

    def stop(self):
        run_script("redis.sh", "stop", self.env)

    def pid(self):
        import redis

        return int(redis.Redis.from_url(self.url, socket_timeout=2).info("server")["process_id"])

    def pause(self):
        """The server hangs (SIGSTOP): connections open, no answers. Returns the pid for resume()."""
        pid = self.pid()
        os.kill(pid, signal.SIGSTOP)
        return pid

    @staticmethod
    def resume(pid):
        os.kill(pid, signal.SIGCONT)


def http_get(url, headers=None, timeout=30):
    """(status, headers, body) of a GET; HTTP error statuses are answers, not exceptions."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_until(condition, timeout, interval=0.2, message="condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"{message} not reached within {timeout} s")
        time.sleep(interval)


class ManagedProcess:
    """A child process (gunicorn, run_worker) with its output in a log file, stopped on exit."""

    def __init__(self, args, env, log_path):
        self.args = args
        self.env = env
        self.log_path = Path(log_path)
        self.process = None

    def start(self):
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.log = open(self.log_path, "ab")
        self.process = subprocess.Popen(self.args, env=self.env, cwd=REPO, stdout=self.log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        return self

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def output(self):
        return self.log_path.read_text(errors="replace")[-4000:]

    def kill(self, sig=signal.SIGKILL):
        """Kill the whole process group (gunicorn's workers too)."""
        if self.alive():
            os.killpg(self.process.pid, sig)
            self.process.wait(timeout=30)

    def stop(self):
        if self.alive():
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        if self.process is not None:
            self.log.close()


def site_environment(database_name, **overrides):
    """The environment of a web node or worker of the deployment against this test run's
    database (committed data: see tests/scaleout/conftest.py) and services."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="scale-out-test-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{database_name}",
        SEARCH_ENGINE=settings.SEARCH_ENGINE,
        SEARCH_URL=settings.SEARCH_URL,
        SEARCH_INDEX_PREFIX=settings.SEARCH_INDEX_PREFIX,
        REDIS_URL=settings.REDIS_URL,
        CACHE_KEY_PREFIX=settings.CACHES["default"].get("KEY_PREFIX", "intranet"),
        PYTHONUNBUFFERED="1",
    )
    env.update({name: str(value) for name, value in overrides.items()})
    return env


def gunicorn_node(env, port, log_path, workers=2):
    """One web node of the deployment: gunicorn with cms/gunicorn.py, as the container runs it."""
    args = [sys.executable, "-m", "gunicorn", "--config", "python:cms.gunicorn", "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers), "--timeout", "60", "cms.wsgi:application"]
    return ManagedProcess(args, env, log_path)


def wait_for_http(url, process, timeout=90):
    def answers():
        if not process.alive():
            pytest.fail(f"{process.args[2:4]} exited during start-up:\n{process.output()}")
        try:
            return http_get(url, timeout=5)[0] < 500
        except OSError:
            return False

    wait_until(answers, timeout, interval=0.5, message=f"{url} answering")
