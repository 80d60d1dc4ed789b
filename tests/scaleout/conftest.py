"""A deployment of the site in processes of its own, for the scale-out and
fault tests: gunicorn web nodes (cms/gunicorn.py, production settings) and a
worker (`manage.py run_worker`), against the suite's PostgreSQL, Redis and
engine.

Those processes must see committed data, which the suite's test database only
has as its seeded starting point (each test rolls its changes back). So the
deployment runs on a copy of it (CREATE DATABASE ... TEMPLATE, a second or
two) with search indexes and cache keys of its own, dropped at the end: the
rest of the suite never sees what these tests publish.
"""
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connections

from .services import REPO, free_port, gunicorn_node, site_environment, wait_for_http

ADMIN_PASSWORD = "scale-out-admin-password-1"


def admin_connection():
    db = settings.DATABASES["default"]
    return psycopg.connect(host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], password=db["PASSWORD"],
                           dbname="postgres", autocommit=True, connect_timeout=10)


class Deployment:
    def __init__(self, workdir, **overrides):
        self.workdir = Path(workdir)
        self.name = f"intranet_scaleout_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.prefix = f"{settings.SEARCH_INDEX_PREFIX}scaleout{uuid.uuid4().hex[:6]}_"
        self.env = site_environment(
            self.name,
            SEARCH_INDEX_PREFIX=self.prefix,
            CACHE_KEY_PREFIX=f"scaleout-{uuid.uuid4().hex[:8]}",
            STATIC_ROOT=REPO / "var" / "scaleout-static",
            MEDIA_ROOT=self.workdir / "media",
            PAGE_CACHE_ENABLED="true",
            # Each test names its client in X-Forwarded-For (believed from one proxy):
            # rate-limit counters of its own.
            TRUSTED_PROXIES="1",
            API_THROTTLE_ANON_RATE="600/min",
            WAGTAILADMIN_BASE_URL="http://127.0.0.1",
            LOG_LEVEL="WARNING",
        )
        self.env.update({name: str(value) for name, value in overrides.items()})
        self.processes = []

    def manage(self, *args, timeout=600, env=None):
        done = subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env or self.env,
                              capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            pytest.fail(f"manage.py {' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
        return done.stdout

    def shell(self, code):
        """Run Python in the deployment's settings (its database); returns what it prints."""
        return self.manage("shell", "-c", code)

    def create_database(self):
        template = connections["default"].settings_dict["NAME"]
        connections.close_all()  # a template must have no open sessions
        with admin_connection() as connection:
            connection.execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{template}"')

    def drop_database(self):
        with admin_connection() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def prepare(self):
        self.create_database()
        self.manage("collectstatic", "--noinput", "-v", "0")
        self.manage("rebuild_search_index", "--no-progress")
        self.shell(
            "from django.contrib.auth import get_user_model; "
            f"get_user_model().objects.create_superuser('scaleout', 'scaleout@example.org', {ADMIN_PASSWORD!r})"
        )

    def start_node(self, label, workers=2, **overrides):
        port = free_port()
        node = gunicorn_node(dict(self.env, **{k: str(v) for k, v in overrides.items()}), port,
                             self.workdir / f"{label}.log", workers=workers).start()
        node.url = f"http://127.0.0.1:{port}"
        node.port = port
        self.processes.append(node)
        wait_for_http(f"{node.url}/en/", node)
        return node

    def publish_in_background(self, page_slugs, rounds, pause, marker):
        """An editor in a process of its own: publishes each page of ``page_slugs`` (English)
        ``rounds`` times with a new title, ``pause`` seconds apart."""
        from .services import ManagedProcess

        code = (
            "import time\n"
            "from wagtail.models import Page\n"
            f"pages = [Page.objects.get(slug=slug, locale__language_code='en').specific for slug in {list(page_slugs)!r}]\n"
            f"for n in range({rounds}):\n"
            "    for page in pages:\n"
            f"        page.title = f'{{page.slug}} {marker} {{n}}'\n"
            "        page.save_revision().publish()\n"
            f"        time.sleep({pause})\n"
            "print('published', flush=True)\n"
        )
        editor = ManagedProcess([sys.executable, "manage.py", "shell", "-c", code], self.env,
                                self.workdir / f"editor-{marker}.log").start()
        self.processes.append(editor)
        return editor

    def start_worker(self, label="worker", **overrides):
        from .services import ManagedProcess

        args = [sys.executable, "manage.py", "run_worker"]
        worker = ManagedProcess(args, dict(self.env, **{k: str(v) for k, v in overrides.items()}),
                                self.workdir / f"{label}.log").start()
        self.processes.append(worker)
        return worker

    def page_id(self, slug, language="en"):
        return int(self.shell(
            "from wagtail.models import Page; "
            f"print(Page.objects.get(slug={slug!r}, locale__language_code={language!r}).pk)"
        ).strip().splitlines()[-1])

    def save_draft(self, page_id, title):
        """An editor's draft with a new title (not published)."""
        self.shell(
            "from wagtail.models import Page; "
            f"page = Page.objects.get(pk={page_id}).specific; page.title = {title!r}; page.save_revision()"
        )

    def index_state(self):
        """(what the engine index holds, what the database says it should hold), each a set
        of (page id, language, title), read in the deployment's own settings."""
        out = self.shell(
            "import json; from search.engine import get_engine; from search.index import alias_name; "
            "from search.documents import indexable_pages, is_indexable, restricted_page_paths; "
            "engine = get_engine(); engine.refresh(alias_name()); "
            "hits = engine.search(alias_name(), {'size': 10000, '_source': ['page_id', 'language', 'title'], "
            "'query': {'match_all': {}}})['hits']['hits']; "
            "restricted = restricted_page_paths(); "
            "print(json.dumps([[[h['_source']['page_id'], h['_source']['language'], h['_source']['title']] for h in hits], "
            "[[p.pk, p.locale.language_code, p.title] for p in indexable_pages() if is_indexable(p, restricted)]]))"
        )
        indexed, expected = json.loads(out.strip().splitlines()[-1])
        return {tuple(row) for row in indexed}, {tuple(row) for row in expected}

    def stop(self):
        for process in reversed(self.processes):
            process.stop()
        self.processes = []
        try:
            from search.engine import get_engine

            get_engine().client.indices.delete(index=f"{self.prefix}*", ignore_unavailable=True)
        except Exception:  # the engine may be what a test broke; the suite's teardown removes run indexes too
            pass
        self.drop_database()


@pytest.fixture(scope="session")
def deployment_factory(django_db_setup, django_db_blocker, search_index, tmp_path_factory):
    """make(**environment) -> a prepared Deployment (stopped and dropped at the end of the run)."""
    made = []

    def make(**overrides):
        with django_db_blocker.unblock():
            site = Deployment(tmp_path_factory.mktemp("deployment"), **overrides)
            made.append(site)
            site.prepare()
        return site

    yield make
    with django_db_blocker.unblock():
        for site in made:
            site.stop()


@pytest.fixture(scope="session")
def deployment(deployment_factory):
    """One deployment for the modules that need no special engine (its preparation
    takes half a minute); what they leave running (a worker, web nodes) keeps running."""
    return deployment_factory()
