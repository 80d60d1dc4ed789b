"""`manage.py rebuild_search_index`: rebuild the platform's search index from
the database without downtime.

Fills a new index while the alias keeps serving the old one, replays the page
changes recorded in the outbox meanwhile, switches the alias in one step and
removes older and half-built indices. Interrupting it (Ctrl-C, engine outage)
leaves the alias untouched; running it again finishes the job and cleans up.
"""
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search.engine import SearchEngineUnavailable, get_engine, uses_engine
from search.index import alias_name
from search.indexer import IndexingError, RebuildInProgress, indexing_errors, rebuild


class Command(BaseCommand):
    help = "Rebuild the search index into a new index and switch the alias to it (zero downtime)."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs and cron).")
        parser.add_argument(
            "--if-missing", action="store_true",
            help="Only build the index if it does not exist yet (first start of a site).",
        )

    def handle(self, *args, no_progress=False, if_missing=False, **options):
        if not uses_engine():
            raise CommandError("SEARCH_ENGINE=database: there is no engine index to rebuild.")
        if if_missing and self.index_exists():
            self.stdout.write(f"Search index {alias_name()} exists; nothing to do.")
            return
        unchanged = f"the alias {alias_name()} still serves the previous index; run the command again"
        try:
            rebuild(stdout=self.stdout, progress=not no_progress)
        except SearchEngineUnavailable as error:
            raise CommandError(f"The search engine at {settings.SEARCH_URL} is unreachable ({error}); {unchanged}.")
        except IndexingError as error:
            raise CommandError(f"The search engine refused documents ({error}); {unchanged}.")
        except RebuildInProgress as error:
            raise CommandError(f"{str(error).capitalize()}; wait for it to finish.")
        except KeyboardInterrupt:
            self.stderr.write(f"\nInterrupted: {unchanged} to finish and remove the partial index.")
            raise SystemExit(130)

    def index_exists(self):
        try:
            with indexing_errors():
                return bool(get_engine().indices_behind(alias_name()))
        except SearchEngineUnavailable as error:
            raise CommandError(f"The search engine at {settings.SEARCH_URL} is unreachable ({error}).")
