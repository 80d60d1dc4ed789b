"""`manage.py load_seed_content [--reset]`: the clusters, case studies, good
practice, events, project ideas and standard pages of the InTra-Net project in
English, Danish and German, with the editorial groups and workflow. Idempotent;
--reset first removes the seeded sections and taxonomies."""
from django.core.management.base import BaseCommand, CommandError

from home.seed.loader import load_seed_content


class Command(BaseCommand):
    help = "Load the InTra-Net seed content in English, Danish and German (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Remove the seeded content first.")

    def handle(self, *args, reset, **options):
        try:
            load_seed_content(stdout=self.stdout, reset_first=reset)
        except Exception as error:  # one readable line; the transaction left nothing half-written
            raise CommandError(f"Seed content could not be loaded: {error}") from error
        self.stdout.write(self.style.SUCCESS("Seed content loaded."))
