"""`manage.py setup_site`: locales, synchronised language trees, the home page in
English, Danish and German, and an administrator account. Safe to run again."""
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from home.site_setup import set_up_site


class Command(BaseCommand):
    help = "Create the locales, the trilingual home page and an admin account (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--admin-username", default="admin")
        parser.add_argument("--no-admin", action="store_true", help="Do not create an admin account.")

    def handle(self, *args, admin_username, no_admin, **options):
        home = set_up_site()
        self.stdout.write(f"Site ready: home page '{home.title}' in {', '.join(self._languages(home))}.")
        if not no_admin:
            self._ensure_admin(admin_username)

    def _languages(self, home):
        return [page.locale.language_code for page in home.get_translations(inclusive=True).select_related("locale")]

    def _ensure_admin(self, username):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("An administrator account exists already; its password is unchanged.")
            return
        # Generated, never a fixed default; shown once and not stored in clear anywhere.
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(self.style.SUCCESS(
            f"Created administrator '{username}' with password: {password}\n"
            "This password is shown only once; change it in the admin under Account."
        ))
