"""`manage.py search_outbox`: the page changes waiting for the search index.

Shows how many changes are pending, the oldest, how often they were tried and
the last errors. `--drain` applies every pending change now, ignoring back-off
(the worker does this continuously); it fails with one line when the engine
cannot be reached, and the changes stay pending.
"""
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count, Max, Min
from django.utils import timezone

from search.engine import uses_engine
from search.outbox import BATCH_SIZE, drain, pending_changes


def _age(moment, now):
    seconds = int((now - moment).total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h"


class Command(BaseCommand):
    help = "Show the pending search index changes; --drain applies them now."

    def add_arguments(self, parser):
        parser.add_argument("--drain", action="store_true", help="Apply every pending change now, ignoring back-off.")

    def handle(self, *args, drain=False, **options):
        if not uses_engine():
            self.stdout.write("SEARCH_ENGINE=database: there is no engine index and no outbox.")
            return
        if drain:
            self.drain()
        self.show()

    def drain(self):
        applied = 0
        while True:
            result = drain(limit=BATCH_SIZE, force=True)
            applied += result.applied
            if result.failed:
                raise CommandError(
                    f"Search engine at {settings.SEARCH_URL} failed, {result.pending} change(s) stay pending "
                    f"({result.errors[0].splitlines()[0][:300]})."
                )
            if result.applied < BATCH_SIZE or not result.pending:
                break
        self.stdout.write(f"Applied {applied} change(s).")

    def show(self):
        now = timezone.now()
        pending = pending_changes()
        summary = pending.aggregate(
            count=Count("id"), pages=Count("page_id", distinct=True), oldest=Min("created_at"),
            attempts=Max("attempts"), next_attempt=Min("next_attempt_at"),
        )
        if not summary["count"]:
            self.stdout.write("No pending search index changes.")
            return
        due = pending.filter(next_attempt_at__lte=now).count()
        self.stdout.write(
            f"Pending: {summary['count']} change(s) to {summary['pages']} page(s), {due} due now; "
            f"oldest {_age(summary['oldest'], now)} old; most attempts {summary['attempts']}."
        )
        if summary["next_attempt"] > now:
            self.stdout.write(f"Next attempt in {_age(now, summary['next_attempt'])}.")
        errors = (
            pending.exclude(last_error="").values("last_error")
            .annotate(rows=Count("id"), last=Max("next_attempt_at")).order_by("-last")[:5]
        )
        for error in errors:
            self.stdout.write(f"  {error['rows']} × {error['last_error'].splitlines()[0][:200]}")
