"""Deliver the webhook outbox (see api/webhooks/delivery.py)."""
import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection
from django.utils import timezone

from api.models import WebhookDelivery
from api.webhooks.delivery import drain


class Command(BaseCommand):
    help = (
        "Deliver pending webhook notifications: signed POSTs, retried with exponential back-off. "
        "Runs as a worker until stopped (SIGTERM/SIGINT); --once delivers what is due and exits."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Deliver everything due now, then exit.")
        parser.add_argument("--interval", type=float, default=2.0, help="Seconds to wait when nothing is due (worker).")
        parser.add_argument(
            "--requeue-failed", action="store_true",
            help="First put deliveries that gave up back in the queue (e.g. after a partner's long outage).",
        )

    def handle(self, *args, once=False, interval=2.0, requeue_failed=False, **options):
        if requeue_failed:
            count = WebhookDelivery.objects.filter(status=WebhookDelivery.Status.FAILED).update(
                status=WebhookDelivery.Status.PENDING, attempts=0, next_attempt_at=timezone.now()
            )
            self.stdout.write(f"Requeued {count} failed deliveries.")
        if once:
            delivered, failed = drain()
            self.stdout.write(f"Delivered {delivered}, failed {failed} (will be retried unless given up).")
            return
        self.stopping = False
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        self.stdout.write("Delivering webhooks; stop with Ctrl+C or SIGTERM.")
        while not self.stopping:
            if not connection.in_atomic_block:
                close_old_connections()  # a long-running worker outlives database connections
            delivered, failed = drain(limit=100)
            if delivered or failed:
                self.stdout.write(f"Delivered {delivered}, failed {failed}.")
            elif not self.stopping:
                time.sleep(interval)
        self.stdout.write("Stopped.")

    def stop(self, signum, frame):
        self.stopping = True
