"""The durable outbox of pending search index changes.

A row says "the index entry of this page may be stale". It is written in the
same transaction as the change itself (search/signals.py), so a publish that
commits always leaves its row behind, whatever the engine's state; the worker
drains the rows in bulk (search/outbox.py). The row holds no document: the
database state at drain time decides what the index gets.
"""
from django.db import models
from django.utils import timezone


class PendingIndexChange(models.Model):
    # Not a foreign key: a deleted page must still leave the index.
    page_id = models.IntegerField(db_index=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(blank=True)
    # Applied rows are kept for a while (SEARCH_OUTBOX_RETENTION) so that a
    # rebuild can replay the changes made while it ran.
    applied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "pending search index change"
        verbose_name_plural = "pending search index changes"
        ordering = ["id"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"], name="search_outbox_due",
                condition=models.Q(applied_at__isnull=True),
            ),
            models.Index(fields=["applied_at"], name="search_outbox_applied"),
        ]

    def __str__(self):
        state = f"applied {self.applied_at:%Y-%m-%d %H:%M:%S}" if self.applied_at else "pending"
        return f"page {self.page_id} ({state})"
