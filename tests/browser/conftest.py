"""A real site for the browser tests, and headless Debian Chromium to look at it.

The site runs in a server process of its own on a database of its own
(``intranet_browser_<pid>`` on the test PostgreSQL server), set up exactly as
`make run` sets up a new installation: migrate, setup_site, load_seed_content.
pytest-django's live_server is not used: it would need a transactional
database and flush the seeded test database that every other test shares.

Chromium is Debian's (/usr/bin/chromium, installed by
scripts/install-browser-tools.sh), driven by Playwright; Playwright never
downloads a browser here. A missing browser or server is a failure.
"""
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SERVER_START_SECONDS = 90
# The running site's environment (database, settings), for run_on_site().
SITE_ENV = {}


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _admin_connection():
    db = settings.DATABASES["default"]
    return psycopg.connect(
        host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], password=db["PASSWORD"],
        dbname="postgres", autocommit=True, connect_timeout=10,
    )


def _drop_database(name):
    with _admin_connection() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(command, env, log):
    result = subprocess.run(
        [sys.executable, "manage.py", *command], cwd=ROOT, env=env, capture_output=True, text=True
    )
    with open(log, "a") as log_file:
        log_file.write(result.stdout + result.stderr)
    if result.returncode != 0:
        pytest.fail(f"manage.py {' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """Base URL of a running site with the seed content in three languages."""
    db = settings.DATABASES["default"]
    name = f"intranet_browser_{os.getpid()}"
    _drop_database(name)
    with _admin_connection() as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    workdir = tmp_path_factory.mktemp("browser-site")
    log = workdir / "site.log"
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")},
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT'] or 5432}/{name}",
        "SEARCH_ENGINE": "database",
        "PAGE_CACHE_ENABLED": "true",
        "PAGE_CACHE_DIR": str(workdir / "page-cache"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PYTHONUNBUFFERED": "1",
    }
    server = None
    try:
        _run(["migrate", "--noinput"], env, log)
        _run(["setup_site", "--no-admin"], env, log)
        _run(["load_seed_content"], env, log)
        port = _free_port()
        with open(workdir / "server.log", "w") as server_log:
            server = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                cwd=ROOT, env=env, stdout=server_log, stderr=subprocess.STDOUT,
            )
        url = f"http://127.0.0.1:{port}"
        SITE_ENV.update(env, log=str(log))
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(f"{url}/en/", timeout=5) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("The site for the browser tests did not start:\n" + (workdir / "server.log").read_text()[-4000:])
            time.sleep(0.5)
        yield url
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        _drop_database(name)


def run_on_site(*command):
    """``manage.py <command>`` on the browser tests' site (its database), e.g. to create a user."""
    env = {key: value for key, value in SITE_ENV.items() if key != "log"}
    assert env, "the site is not running (use the site_url fixture first)"
    _run(list(command), env, SITE_ENV["log"])


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run scripts/install-browser-tools.sh"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site_url):
    """A fresh browser tab (desktop size) whose relative URLs go to the site.
    Console errors (a blocked script or style, a failed request) fail the test."""
    context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    errors = []
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, f"browser console errors: {errors}"


@pytest.fixture
def phone(browser, site_url):
    context = browser.new_context(
        base_url=site_url, viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def axe_source():
    assert AXE_SCRIPT.exists(), f"{AXE_SCRIPT} is missing: run `npm ci` (scripts/install-browser-tools.sh)"
    return AXE_SCRIPT.read_text(encoding="utf-8")


def serious_accessibility_violations(tab, axe_source):
    """axe-core's serious and critical violations on the page in ``tab``.
    axe is evaluated through the DevTools protocol, so the site's
    Content-Security-Policy (no inline scripts) stays in force."""
    tab.evaluate(axe_source)
    results = tab.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']})"
    )
    assert results["passes"], "axe-core checked nothing"
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in results["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def save_screenshot(tab, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path
