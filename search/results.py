"""What a search answers, whichever backend answered it: the engine
(search/query.py) or the database fallback (search/database_search.py)."""
from dataclasses import dataclass, field


@dataclass
class SearchHit:
    page_id: int
    language: str
    content_type: str
    title: str
    url: str
    summary: str
    snippet: str  # HTML: escaped text with <mark> around the matching words
    date: str | None
    promoted: bool = False
    translation_key: str = ""
    # Set when the page matched in another language than the one it is shown
    # in (cross-language results): the language the words were found in.
    found_in: str = ""


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchResults:
    params: object
    hits: list
    total: int
    facets: dict  # facet name -> [FacetValue]
    languages: dict  # language -> hit count, all filters but the language applied
    backend: str = "engine"
    notices: list = field(default_factory=list)
    # "Did you mean": a corrected query when the search found nothing ("" if none).
    suggestion: str = ""

    @property
    def page_count(self):
        return max(1, -(-self.total // self.params.page_size))
