"""`manage.py deliver_webhooks`: deliver the webhook outbox now (see
api/webhooks/delivery.py).

Deliveries are made continuously by the background worker
(`run_worker`, `api.webhooks.delivery.drain_job` in WORKER_JOBS); a webhook
worker of its own is `run_worker --only api.webhooks.delivery.drain_job`.
This command is for operators: deliver what is due once, or put deliveries
that gave up back in the queue.
"""
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from api.models import WebhookDelivery
from api.webhooks.delivery import drain


class Command(BaseCommand):
    help = (
        "Deliver pending webhook notifications once (--once), or requeue deliveries that gave up "
        "(--requeue-failed). The continuous delivery is the background worker's: run_worker."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Deliver everything due now, then exit.")
        parser.add_argument(
            "--requeue-failed", action="store_true",
            help="Put deliveries that gave up back in the queue (e.g. after a partner's long outage).",
        )

    def handle(self, *args, once=False, requeue_failed=False, **options):
        if not (once or requeue_failed):
            raise CommandError(
                "nothing to do: pass --once or --requeue-failed; webhooks are delivered continuously by "
                "`manage.py run_worker` (alone: run_worker --only api.webhooks.delivery.drain_job)"
            )
        if requeue_failed:
            count = WebhookDelivery.objects.filter(status=WebhookDelivery.Status.FAILED).update(
                status=WebhookDelivery.Status.PENDING, attempts=0, next_attempt_at=timezone.now()
            )
            self.stdout.write(f"Requeued {count} failed deliveries.")
        if once:
            delivered, failed = drain()
            self.stdout.write(f"Delivered {delivered}, failed {failed} (will be retried unless given up).")
