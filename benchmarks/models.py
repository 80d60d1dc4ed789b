"""What the corpus generator has put into this database (benchmarks/corpus/)."""
from django.db import models


class GeneratedCorpus(models.Model):
    """One synthetic corpus: its seed and scale, and how long it took to make.

    The generator skips its work when a complete corpus of the same seed, scale
    and generator version is present, and replaces any other one.
    """

    seed = models.IntegerField()
    pages_per_language = models.PositiveIntegerField()
    languages = models.CharField(max_length=50)
    generator_version = models.CharField(max_length=20)
    page_count = models.PositiveIntegerField(help_text="Pages created, all languages together.")
    seconds = models.FloatField(help_text="Time taken to create the pages (without indexing).")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "generated benchmark corpus"
        verbose_name_plural = "generated benchmark corpora"

    def __str__(self):
        return f"seed {self.seed}, {self.pages_per_language} pages per language ({self.languages})"
