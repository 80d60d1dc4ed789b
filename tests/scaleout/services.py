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


def run_script(script, action, env, timeout=300, extra=()):
    done = subprocess.run([str(REPO / "scripts" / "services" / script), action, *extra], env=env,
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:  # a missing service is a failure, never a skip
        pytest.fail(f"{script} {action} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout + done.stderr


class RedisServer:
    """A Redis of the test's own (scripts/services/redis.sh on a free port, files in var/<instance>)."""

    def __init__(self, instance="redis-outagetest"):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.env = dict(os.environ, REDIS_PORT=str(self.port), REDIS_INSTANCE=instance)

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


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class EditorSession:
    """An editor in the Wagtail admin of one web node, over HTTP. The deployment's
    cookies are Secure (production settings): the node is told the request came
    over HTTPS (X-Forwarded-Proto, as from the TLS proxy) and the cookies are kept here."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = {}
        self.opener = urllib.request.build_opener(_NoRedirect)

    def request(self, path, data=None, timeout=60):
        import http.cookies
        import urllib.parse

        headers = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1",
                   "Referer": f"https://127.0.0.1{path}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=body, headers=headers)
        try:
            response = self.opener.open(request, timeout=timeout)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            jar = http.cookies.SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                self.cookies[name] = morsel.value
        return response.status if hasattr(response, "status") else response.code, response.read().decode(errors="replace")

    def csrf_token(self, path):
        import re

        status, html = self.request(path)
        assert status == 200, (path, status, html[:500])
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert match, f"no CSRF token on {path}"
        return match.group(1)

    def log_in(self, username, password):
        token = self.csrf_token("/admin/login/")
        status, body = self.request("/admin/login/", {"csrfmiddlewaretoken": token, "username": username,
                                                      "password": password, "next": "/admin/"})
        assert status == 302, f"log-in failed ({status}): {body[:500]}"

    def publish(self, page_id):
        """Publish the page's latest revision with Wagtail's bulk action (what the
        page listing's "Publish" button does)."""
        path = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/"
        token = self.csrf_token(path)
        status, body = self.request(path, {"csrfmiddlewaretoken": token})
        assert status == 302, f"publish failed ({status}): {body[:1000]}"


class OpenSearchCluster:
    """A 2-node OpenSearch cluster of the test's own (opensearch.sh cluster-start, free ports)."""

    def __init__(self, nodes=2, instance="opensearch-clustertest"):
        self.nodes = nodes
        self.http_ports = [free_port() for _ in range(nodes)]
        self.transport_ports = [free_port() for _ in range(nodes)]
        self.urls = [f"http://127.0.0.1:{port}" for port in self.http_ports]
        env = {name: value for name, value in os.environ.items() if name != "OPENSEARCH_VAR_DIR"}
        self.env = dict(
            env,
            OPENSEARCH_NODES=str(nodes),
            OPENSEARCH_CLUSTER_HTTP_PORTS=",".join(map(str, self.http_ports)),
            OPENSEARCH_CLUSTER_TRANSPORT_PORTS=",".join(map(str, self.transport_ports)),
            OPENSEARCH_INSTANCE=instance,
            OPENSEARCH_CLUSTER_NAME=instance,
            OPENSEARCH_JAVA_OPTS="-Xms384m -Xmx384m",
            OPENSEARCH_FRESH="1",  # the nodes' ports change from run to run: no old cluster state
            OPENSEARCH_START_TIMEOUT="180",
        )

    @property
    def search_url(self):
        return ",".join(self.urls)

    def start(self):
        run_script("opensearch.sh", "cluster-start", self.env, timeout=600)

    def stop(self):
        run_script("opensearch.sh", "cluster-stop", self.env)

    def stop_node(self, number):
        run_script("opensearch.sh", "node-stop", self.env, extra=[str(number)])

    def start_node(self, number):
        """The stopped node returns with its data (no OPENSEARCH_FRESH)."""
        env = {name: value for name, value in self.env.items() if name != "OPENSEARCH_FRESH"}
        run_script("opensearch.sh", "node-start", env, extra=[str(number)])

    def get(self, path, node=0):
        import json

        status, _, body = http_get(self.urls[node] + path, timeout=30)
        assert status == 200, (path, status, body[:500])
        return json.loads(body)

    def manager_node(self):
        """The number (1-based) of the node that is the cluster manager now."""
        name = self.get("/_cat/cluster_manager?format=json")[0]["node"]
        return int(name.rsplit("-", 1)[1])
