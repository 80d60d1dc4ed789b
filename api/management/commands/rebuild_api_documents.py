"""`manage.py rebuild_api_documents`: (re)build the precomputed API document
of every live, public page (api/documents.py) and remove every other one.

Not needed for correctness — a missing or stale document is rebuilt when it is
first read — but after a deployment that bumps documents.SCHEMA_VERSION, a
bulk import (the benchmark corpus) or a change of API_BASE_URL it spares the
first readers the rebuilding. Safe to run while the site serves.
"""
import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from api import documents
from api.batch import live_public_pages
from api.models import PageDocument


class Command(BaseCommand):
    help = "Rebuild the partner API's precomputed page documents."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs and cron).")
        parser.add_argument("--chunk", type=int, default=documents.BUILD_CHUNK, help="Pages built per batch.")

    def handle(self, *args, no_progress=False, chunk=documents.BUILD_CHUNK, **options):
        ids = list(live_public_pages().order_by("pk").values_list("pk", flat=True))
        written = 0
        with tqdm(total=len(ids), unit="page", desc="API documents", disable=no_progress, file=sys.stderr) as bar:
            for start in range(0, len(ids), chunk):
                written += len(documents.store_documents(documents.build_documents(ids[start:start + chunk])))
                bar.update(len(ids[start:start + chunk]))
        removed, _ = PageDocument.objects.exclude(page_id__in=live_public_pages().values("pk")).delete()
        self.stdout.write(f"API documents: {written} written, {removed} removed (pages no longer live and public).")
