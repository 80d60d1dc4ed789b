"""What the load asks for, drawn from the corpus in the benchmark database:
search words and phrases in each language, title prefixes, cluster pages and
their addresses. Drawn with a fixed seed, so two runs ask the same questions."""
import random
import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from wagtail.models import Locale, Page

from benchmarks.corpus.text import LANGUAGES, VOCABULARY
from clusters.models import ClusterIndexPage, ClusterPage

WORD = re.compile(r"[^\W\d_]{4,}")
PER_LANGUAGE = 40


@dataclass
class Sample:
    words: dict = field(default_factory=dict)  # language -> one-word queries
    phrases: dict = field(default_factory=dict)  # language -> [(words, country)] found in a cluster of that country
    prefixes: dict = field(default_factory=dict)  # language -> autocomplete prefixes of real titles
    cluster_ids: list = field(default_factory=list)
    cluster_urls: list = field(default_factory=list)
    cluster_index_urls: list = field(default_factory=list)
    cluster_count: int = 0


def _words_of(text):
    return WORD.findall(strip_tags(text or ""))


def build_sample(seed=1):
    rng = random.Random(seed)
    sample = Sample()
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGES)}
    for language in LANGUAGES:
        index = LANGUAGES.index(language)
        # Common to middling nouns, in any of their forms: hits from thousands to dozens.
        sample.words[language] = [
            rng.choice(VOCABULARY.nouns[index][rng.randrange(60)]) for _ in range(PER_LANGUAGE)
        ]
        clusters = list(
            ClusterPage.objects.live().filter(locale=locales[language]).order_by("pk")
            .values_list("short_description", "country", "title")
        )
        rng.shuffle(clusters)
        phrases = []
        for description, country, _title in clusters:
            words = _words_of(description)
            if len(words) >= 3:
                start = rng.randrange(len(words) - 2)
                phrases.append((" ".join(words[start:start + rng.choice((2, 3))]), country))
            if len(phrases) >= PER_LANGUAGE:
                break
        sample.phrases[language] = phrases
        # Titles of the whole corpus (every 20th page): what visitors type the beginning of.
        titles = list(
            Page.objects.live().filter(locale=locales[language], depth__gt=3).order_by("pk")
            .values_list("title", flat=True)[::20]
        )
        rng.shuffle(titles)
        prefixes = []
        for title in titles:
            words = _words_of(title)
            if not words:
                continue
            if len(words) >= 2 and rng.random() < 0.3:
                prefixes.append(f"{words[0]} {words[1][: rng.randint(2, 4)]}")
            else:
                word = rng.choice(words)
                prefixes.append(word[: rng.randint(3, min(6, len(word)))])
            if len(prefixes) >= PER_LANGUAGE:
                break
        sample.prefixes[language] = prefixes
    clusters = list(ClusterPage.objects.live().order_by("pk").specific())
    sample.cluster_count = len(clusters)
    sample.cluster_ids = [page.pk for page in clusters]
    sample.cluster_urls = [page.get_url() for page in clusters]
    random.Random(seed).shuffle(sample.cluster_urls)
    random.Random(seed).shuffle(sample.cluster_ids)
    sample.cluster_index_urls = [page.get_url() for page in ClusterIndexPage.objects.live().order_by("locale__language_code")]
    return sample
