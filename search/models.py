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


class VocabularyEntry(models.Model):
    """Words editors add to the search's analysis, next to the lists shipped in
    search/vocabulary/ (search/word_lists.py). They take effect with the next
    index rebuild, because the engine keeps its analysis in the index."""

    KINDS = [
        ("compound", "Compound parts (German, Danish): words found inside longer words"),
        ("synonyms", "Synonyms: one rule per line, e.g. \"e-mobility, electromobility\""),
    ]
    LANGUAGES = [("en", "English"), ("da", "Danish"), ("de", "German")]

    kind = models.CharField(max_length=16, choices=KINDS)
    language = models.CharField(max_length=2, choices=LANGUAGES)
    words = models.TextField(
        help_text="Compound parts: one word per line. Synonyms: one rule per line, words separated by "
        "commas (all equivalent) or 'a => b' (a finds b). Applied when the search index is next rebuilt."
    )
    note = models.CharField(max_length=200, blank=True, help_text="Why the entry exists (for other editors).")

    class Meta:
        verbose_name = "search vocabulary entry"
        verbose_name_plural = "search vocabulary"
        ordering = ["kind", "language", "id"]

    def __str__(self):
        first = self.words.strip().splitlines()[0] if self.words.strip() else ""
        return f"{self.get_kind_display().split(':')[0]} ({self.language}): {first}"

    @classmethod
    def lines(cls, kind, language):
        texts = cls.objects.filter(kind=kind, language=language).values_list("words", flat=True)
        return [line.strip() for text in texts for line in text.splitlines() if line.strip()]
