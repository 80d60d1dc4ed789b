"""`manage.py run_worker`: the site's background worker.

Runs beside the web process (`make run`, docker-compose's `worker` service).
Every cycle (about half a second) it runs the jobs in settings.WORKER_JOBS:
draining the search outbox, Wagtail's scheduled publishing (about once a
minute), delivering webhooks, and whatever else is listed there. A job that
fails is logged and tried again next time; it never stops the others.
``--only`` runs some of the jobs alone (e.g. a webhook worker of its own, so
that slow partners do not hold up the search outbox). SIGTERM and SIGINT end
the worker after the current cycle.
"""
import datetime
import logging
import signal
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections, connection
from django.utils.module_loading import import_string

logger = logging.getLogger("worker")


class Job:
    def __init__(self, path, every=0):
        self.path = path
        self.every = float(every)
        self.function = import_string(path)
        self.last_run = None

    def due(self, now):
        return self.last_run is None or now - self.last_run >= self.every

    def run(self, now):
        self.last_run = now
        try:
            return str(self.function() or "")
        except Exception as error:  # logged with its traceback; the next cycle tries again
            logger.exception("worker job %s failed", self.path)
            return f"{self.path} failed: {type(error).__name__}: {error}"


def load_jobs(entries, only=()):
    """The jobs of ``entries`` (WORKER_JOBS: paths or (path, seconds) pairs),
    narrowed to the paths in ``only`` when given."""
    entries = [(entry, 0) if isinstance(entry, str) else tuple(entry) for entry in entries]
    if only:
        known = {path for path, _every in entries}
        unknown = [path for path in only if path not in known]
        if unknown:
            raise CommandError(f"--only: {', '.join(unknown)} not in WORKER_JOBS ({', '.join(sorted(known))})")
        entries = [(path, every) for path, every in entries if path in only]
    jobs = []
    for path, every in entries:
        try:
            jobs.append(Job(path, every))
        except ImportError as error:
            raise CommandError(f"WORKER_JOBS: cannot import {path} ({error})") from error
    return jobs


def _close_old_connections():
    """A long-running process: drop connections the database closed or that
    outlived CONN_MAX_AGE (not inside a transaction, e.g. a test's)."""
    if not connection.in_atomic_block:
        close_old_connections()


class Command(BaseCommand):
    help = "Run the background worker: search outbox drain, scheduled publishing and the other WORKER_JOBS."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once, then exit.")
        parser.add_argument("--interval", type=float, default=0.5, help="Seconds between cycles (default 0.5).")
        parser.add_argument(
            "--heartbeat", metavar="FILE",
            help="Touch FILE after every cycle (for a container healthcheck).",
        )
        parser.add_argument(
            "--only", action="append", default=[], metavar="JOB",
            help="Run only this job of WORKER_JOBS (a dotted path; repeat for several).",
        )

    def handle(self, *args, once=False, interval=0.5, heartbeat=None, only=(), **options):
        jobs = load_jobs(settings.WORKER_JOBS, only)
        stopping = []
        if not once:
            # Only a flag: the cycle in progress finishes (a drain commits or rolls back whole).
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_: stopping.append(True))
            self.stdout.write(f"Worker started: {', '.join(job.path for job in jobs)}")
        while True:
            self.cycle(jobs)
            if heartbeat:
                Path(heartbeat).touch()
            if once or stopping:
                break
            time.sleep(interval)
            if stopping:
                break
        if not once:
            self.stdout.write("Worker stopped.")

    def cycle(self, jobs):
        _close_old_connections()
        now = time.monotonic()
        done = [summary for job in jobs if job.due(now) for summary in [job.run(now)] if summary]
        _close_old_connections()
        if done:
            stamp = datetime.datetime.now().isoformat(sep=" ", timespec="seconds")
            self.stdout.write(f"[{stamp}] " + "; ".join(done))
        return done
