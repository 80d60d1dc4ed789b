"""A person's data in partner search, for access and erasure requests:

    manage.py interest_data export name@example.org   # JSON on stdout
    manage.py interest_data erase name@example.org     # deletes it, says how much
"""
import json

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from partnersearch.models import AlertSubscription, Interest


class Command(BaseCommand):
    help = "Export or erase one person's expressions of interest and alert subscriptions (by e-mail address)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")

    def handle(self, action, email, **options):
        email = email.strip()
        if "@" not in email:
            raise CommandError(f"{email!r} is not an e-mail address")
        interests = Interest.objects.filter(email__iexact=email).select_related("request_page")
        subscriptions = AlertSubscription.objects.filter(email__iexact=email).prefetch_related("sectors")
        if action == "export":
            data = {
                "email": email,
                "interests": [
                    {
                        "request": interest.request_page.title,
                        "request_url": interest.request_page.get_url(),
                        "name": interest.name,
                        "organisation": interest.organisation,
                        "country": interest.country,
                        "email": interest.email,
                        "message": interest.message,
                        "consent": interest.consent,
                        "language": interest.language,
                        "received": interest.created_at.isoformat(),
                        "answered": interest.answered_at.isoformat() if interest.answered_at else None,
                    }
                    for interest in interests
                ],
                "alert_subscriptions": [
                    {
                        "email": subscription.email,
                        "language": subscription.language,
                        "languages": subscription.languages,
                        "sectors": [sector.slug for sector in subscription.sectors.all()],
                        "created": subscription.created_at.isoformat(),
                        "confirmed": subscription.confirmed_at.isoformat() if subscription.confirmed_at else None,
                    }
                    for subscription in subscriptions
                ],
            }
            self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
            return
        with transaction.atomic():
            # Their pending mails go with them (cascade).
            interest_count = interests.count()
            subscription_count = subscriptions.count()
            interests.delete()
            subscriptions.delete()
        self.stdout.write(f"Erased {interest_count} expression(s) of interest and {subscription_count} alert subscription(s) of {email}.")
