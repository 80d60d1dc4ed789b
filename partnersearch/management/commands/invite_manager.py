"""Invite a cluster manager by e-mail from the command line (the admin has the
same under Partner search → Manager invitations):

    manage.py invite_manager name@example.org offshore-center-denmark [--language da]
"""
from django.core.management.base import BaseCommand, CommandError

from clusters.models import ClusterPage
from partnersearch.services import invite_manager


class Command(BaseCommand):
    help = "Invite a cluster manager: the worker mails a link that sets the password."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("clusters", nargs="+", help="slugs of the clusters (English pages)")
        parser.add_argument("--language", default="en", choices=["en", "da", "de"])

    def handle(self, email, clusters, language, **options):
        found = list(ClusterPage.objects.filter(slug__in=clusters, locale__language_code="en"))
        missing = sorted(set(clusters) - {cluster.slug for cluster in found})
        if missing:
            raise CommandError(f"no cluster with slug: {', '.join(missing)}")
        invitation, _token = invite_manager(email, found, language=language)
        self.stdout.write(f"Invitation to {invitation.email} queued; the worker sends it.")
