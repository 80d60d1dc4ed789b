"""What `make bench` measures, as data: every endpoint with its role (ours, a
baseline, the floor), the query shapes it is asked, at which concurrencies and
with which cache state. The harness turns each entry into load cells with
concrete paths drawn from the corpus (samples.py).

Cache states: ``warm`` asks the same few addresses again and again after a
warm-up (page-cache hits for HTML pages); ``cold`` asks a different address
every time — for HTML pages a unique query string, so every answer is a
page-cache miss rendered and stored; for the API, rotating offsets and pages.
``None``: not cached server-side either way (search).

To measure another endpoint, add an entry here; an entry whose ``probe``
answers 404 is skipped, or replaced by its ``fallback``.
"""
import itertools
from dataclasses import dataclass, field
from urllib.parse import urlencode

from benchmarks.corpus.text import LANGUAGES

CONCURRENCIES = (1, 4, 16)
SINGLE = (4,)
LISTING = "type=clusters.ClusterPage&fields=*&limit=20"


@dataclass
class Endpoint:
    key: str
    group: str  # what job it does: rows with the same group and shape are compared
    role: str  # "ours", "baseline" or "floor"
    label: str
    shape: str
    paths: object  # callable(sample) -> list of paths
    concurrencies: tuple = CONCURRENCIES
    cache: str = None
    probe: str = None  # a path that must not answer 404 for the entry to run
    fallback: str = None  # the key of the entry measured instead when the probe fails
    compare_with: list = field(default_factory=list)  # keys of baselines for the ratios
    bust: bool = False  # a unique query parameter on every request: every HTML answer a page-cache miss


def _interleave(per_language):
    """Alternate the languages: en, da, de, en, da, de, ..."""
    lists = [per_language[language] for language in LANGUAGES]
    return [item for group in itertools.zip_longest(*lists) for item in group if item is not None]


def one_word(template):
    def paths(sample):
        items = _interleave({lang: [(lang, word) for word in sample.words[lang]] for lang in LANGUAGES})
        return [template.format(language=lang, query=urlencode({"q": word, "language": lang})) for lang, word in items]
    return paths


def words_and_facets(template):
    def paths(sample):
        items = _interleave({lang: [(lang, words, country) for words, country in sample.phrases[lang]] for lang in LANGUAGES})
        return [
            template.format(language=lang, query=urlencode({"q": words, "language": lang, "type": "cluster", "country": country}))
            for lang, words, country in items
        ]
    return paths


def prefix(template, with_language=True):
    def paths(sample):
        items = _interleave({lang: [(lang, text) for text in sample.prefixes[lang]] for lang in LANGUAGES})
        return [
            template.format(language=lang, query=urlencode({"q": text, "language": lang} if with_language else {"q": text}))
            for lang, text in items
        ]
    return paths


def fixed(path):
    return lambda sample: [path]


def listing_offsets(base):
    def paths(sample):
        offsets = range(0, max(sample.cluster_count, 1), 20)
        return [f"{base}?{LISTING}&offset={offset}" for offset in offsets]
    return paths


def details(base, how_many=None):
    def paths(sample):
        ids = sample.cluster_ids if how_many is None else sample.cluster_ids[:how_many]
        return [f"{base}{page_id}/" for page_id in ids]
    return paths


def cluster_pages(how_many=None):
    return lambda sample: sample.cluster_urls if how_many is None else sample.cluster_urls[:how_many]


def cluster_lists(how_many=None):
    return lambda sample: sample.cluster_index_urls if how_many is None else sample.cluster_index_urls[:how_many]


SEARCH_API = "/api/v2/search/"
AUTOCOMPLETE_API = "/api/v2/search/autocomplete/"

ENDPOINTS = [
    # --- search: three query shapes, ours against Wagtail's own search -----------
    Endpoint("search-word-api", "search", "ours", "search API", "one word",
             one_word(SEARCH_API + "?{query}"), probe=SEARCH_API + "?q=test", fallback="search-word-html",
             compare_with=["search-word-wagtail"]),
    Endpoint("search-word-wagtail", "search", "baseline", "Wagtail search view (bakerydemo)", "one word",
             one_word("/bench/search/?{query}")),
    Endpoint("search-word-html", "search", "ours", "HTML search page", "one word",
             one_word("/{language}/search/?{query}"), concurrencies=SINGLE, compare_with=["search-word-wagtail"]),
    Endpoint("search-facets-api", "search", "ours", "search API", "words + 2 facets",
             words_and_facets(SEARCH_API + "?{query}"), probe=SEARCH_API + "?q=test", fallback="search-facets-html",
             compare_with=["search-facets-wagtail"]),
    Endpoint("search-facets-wagtail", "search", "baseline", "Wagtail search view (bakerydemo)", "words + 2 facets",
             words_and_facets("/bench/search/?{query}")),
    Endpoint("search-facets-html", "search", "ours", "HTML search page", "words + 2 facets",
             words_and_facets("/{language}/search/?{query}"), concurrencies=SINGLE,
             compare_with=["search-facets-wagtail"]),
    Endpoint("autocomplete-api", "search", "ours", "autocomplete API", "autocomplete prefix",
             prefix(AUTOCOMPLETE_API + "?{query}"), probe=AUTOCOMPLETE_API + "?q=te", fallback="autocomplete-html",
             compare_with=["autocomplete-wagtail"]),
    Endpoint("autocomplete-wagtail", "search", "baseline", "Wagtail autocomplete", "autocomplete prefix",
             prefix("/bench/search/autocomplete/?{query}")),
    Endpoint("autocomplete-html", "search", "ours", "search box suggestions", "autocomplete prefix",
             prefix("/{language}/search/suggest/?{query}", with_language=False), concurrencies=SINGLE,
             compare_with=["autocomplete-wagtail"]),
    # --- the page API: our listing and detail against Wagtail's stock viewset ----------
    Endpoint("listing-api-warm", "page API", "ours", "pages API", "cluster listing, fields=*, limit=20",
             fixed(f"/api/v2/pages/?{LISTING}"), cache="warm", compare_with=["listing-stock-warm"]),
    Endpoint("listing-stock-warm", "page API", "baseline", "stock PagesAPIViewSet", "cluster listing, fields=*, limit=20",
             fixed(f"/bench/stock-api/v2/pages/?{LISTING}"), cache="warm"),
    Endpoint("listing-api-cold", "page API", "ours", "pages API", "cluster listing, fields=*, limit=20",
             listing_offsets("/api/v2/pages/"), concurrencies=SINGLE, cache="cold", compare_with=["listing-stock-cold"]),
    Endpoint("listing-stock-cold", "page API", "baseline", "stock PagesAPIViewSet", "cluster listing, fields=*, limit=20",
             listing_offsets("/bench/stock-api/v2/pages/"), concurrencies=SINGLE, cache="cold"),
    Endpoint("detail-api-warm", "page API", "ours", "pages API", "cluster detail",
             details("/api/v2/pages/", 1), concurrencies=SINGLE, cache="warm", compare_with=["detail-stock-warm"]),
    Endpoint("detail-stock-warm", "page API", "baseline", "stock PagesAPIViewSet", "cluster detail",
             details("/bench/stock-api/v2/pages/", 1), concurrencies=SINGLE, cache="warm"),
    Endpoint("detail-api-cold", "page API", "ours", "pages API", "cluster detail",
             details("/api/v2/pages/"), concurrencies=SINGLE, cache="cold", compare_with=["detail-stock-cold"]),
    Endpoint("detail-stock-cold", "page API", "baseline", "stock PagesAPIViewSet", "cluster detail",
             details("/bench/stock-api/v2/pages/"), concurrencies=SINGLE, cache="cold"),
    # --- the HTML site: the cluster list and cluster pages, page cache cold and warm ----
    Endpoint("html-list-cold", "HTML pages", "ours", "cluster list page", "cluster list",
             cluster_lists(), concurrencies=SINGLE, cache="cold", bust=True),
    Endpoint("html-list-warm", "HTML pages", "ours", "cluster list page", "cluster list",
             cluster_lists(1), concurrencies=SINGLE, cache="warm"),
    Endpoint("html-detail-cold", "HTML pages", "ours", "cluster page", "cluster page",
             cluster_pages(), concurrencies=SINGLE, cache="cold", bust=True),
    Endpoint("html-detail-warm", "HTML pages", "ours", "cluster page", "cluster page",
             cluster_pages(30), concurrencies=SINGLE, cache="warm"),
    # --- the floor: the fastest any endpoint of this stack can answer ------------------
    Endpoint("floor", "floor", "floor", "bare Django JSON view", "fixed JSON body", fixed("/bench/floor/")),
]

BY_KEY = {endpoint.key: endpoint for endpoint in ENDPOINTS}
