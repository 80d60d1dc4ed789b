"""`manage.py generate_corpus --pages 30000 --seed 42`: a synthetic corpus for the benchmarks.

Creates ``--pages`` items per language — clusters, case studies, good
practice, events and project ideas in fixed shares (benchmarks/corpus/
generator.py) — each as an English page with its Danish and German
translations, under the seed content's section pages, then rebuilds the
search index. The same seed and scale always give the same corpus.

Idempotent: when a corpus of this seed and scale is present it does nothing
(but index it, if the index is missing); any other corpus is replaced.
``--reset`` removes the present corpus first, ``--remove`` only removes it.
Needs the site set up and the seed content loaded; loads them if missing.
"""
import time

from django.core.management.base import BaseCommand, CommandError

from benchmarks.corpus.generator import (
    GENERATOR_VERSION,
    CorpusError,
    CorpusGenerator,
    corpus_pages,
    remove_corpus,
    type_counts,
)
from benchmarks.corpus.text import LANGUAGES
from benchmarks.models import GeneratedCorpus
from search.engine import uses_engine


class Command(BaseCommand):
    help = "Generate (or reuse) the synthetic benchmark corpus: --pages items per language from --seed."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=5000, help="Pages per language (default 5000).")
        parser.add_argument("--seed", type=int, default=42, help="Random seed (default 42).")
        parser.add_argument("--reset", action="store_true", help="Remove the present corpus first, then generate.")
        parser.add_argument("--remove", action="store_true", help="Only remove the present corpus.")
        parser.add_argument("--no-index", action="store_true", help="Do not rebuild the search index afterwards.")

    def handle(self, *args, pages, seed, reset, remove, no_index, **options):
        if pages < 1:
            raise CommandError("--pages must be at least 1")
        if remove or reset:
            removed = remove_corpus(self.stdout)
            self.stdout.write(f"Removed the corpus: {removed} pages.")
            if remove:
                return
        existing = GeneratedCorpus.objects.first()
        expected = pages * len(LANGUAGES)
        if existing and (existing.seed, existing.pages_per_language, existing.generator_version) == (
            seed, pages, GENERATOR_VERSION
        ) and corpus_pages().count() == expected:
            self.stdout.write(f"Corpus present: {existing} ({existing.page_count} pages); nothing to generate.")
            if not no_index:
                self._index(only_if_missing=True)
            return
        if existing or corpus_pages().exists():
            self.stdout.write(f"Replacing the present corpus ({existing or 'incomplete'}).")
            remove_corpus(self.stdout)

        self._ensure_site()
        counts = ", ".join(f"{count} {kind}" for kind, count in type_counts(pages).items())
        self.stdout.write(f"Generating {pages} items per language (seed {seed}): {counts}; in {', '.join(LANGUAGES)}.")
        generator = CorpusGenerator(seed, pages, stdout=self.stdout)
        try:
            seconds = generator.generate()
        except CorpusError as error:
            raise CommandError(str(error)) from error
        created = sum(generator.counts.values())
        GeneratedCorpus.objects.create(
            seed=seed, pages_per_language=pages, languages=",".join(LANGUAGES),
            generator_version=GENERATOR_VERSION, page_count=created, seconds=seconds,
        )
        from website.cache import page_cache

        page_cache().clear()
        self.stdout.write(f"Created {created} pages in {seconds:.1f} s ({created / max(seconds, 1e-9):.0f} pages/s).")
        if not no_index:
            self._index()

    def _ensure_site(self):
        from clusters.models import ClusterIndexPage

        if not ClusterIndexPage.objects.exists():
            from home.seed.loader import load_seed_content

            self.stdout.write("No seed content yet: setting up the site and loading it.")
            load_seed_content(stdout=self.stdout)

    def _index(self, only_if_missing=False):
        if not uses_engine():
            self.stdout.write("SEARCH_ENGINE=database: no engine index to build.")
            return
        from search.engine import get_engine
        from search.index import alias_name
        from search.indexer import rebuild

        if only_if_missing and get_engine().indices_behind(alias_name()):
            return
        started = time.monotonic()
        documents = rebuild(stdout=self.stdout, progress=False)
        seconds = time.monotonic() - started
        self.stdout.write(f"Indexed {documents} documents in {seconds:.1f} s ({documents / max(seconds, 1e-9):.0f}/s).")
