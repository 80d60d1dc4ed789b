"""What a visitor (or a partner site) asks the search for, read from the query
string and checked. The HTML page corrects bad input and says so; the API
turns the same problems into a 400 with a message."""
import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .facets import FACETS

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10
MAX_PAGE = 1000
SORTS = ("relevance", "date")
ALL_LANGUAGES = "all"
PHRASE = re.compile(r'"([^"]+)"')
# Characters that mean something to engine query syntaxes; the query builder
# never uses those syntaxes, but stray ones would only add noise to the words.
SYNTAX_CHARACTERS = re.compile(r'[":()*\\/\[\]^~{}<>!+=&|?]')


@dataclass
class SearchParams:
    query: str = ""
    language: str = "en"  # a content language, or "all"
    filters: dict = field(default_factory=dict)  # facet name -> list of values
    sort: str = "relevance"
    page: int = 1
    page_size: int = PAGE_SIZE
    # The language the visitor reads: with language "all", or when hits come
    # from other languages, pages are shown in it where translated.
    visitor_language: str = ""
    # The facets to count (aggregations cost engine time): the HTML page shows
    # them all; the API counts only those a client asks for (``facets=``, issue 11).
    facets: tuple = tuple(FACETS)

    @property
    def preferred_language(self):
        return self.visitor_language or (self.language if self.language != ALL_LANGUAGES else settings.LANGUAGE_CODE)

    @property
    def languages(self):
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        return codes if self.language == ALL_LANGUAGES else [self.language]

    @property
    def offset(self):
        return (self.page - 1) * self.page_size

    def with_filters(self, **changes):
        return SearchParams(
            self.query, self.language, {**self.filters, **changes}, self.sort, 1, self.page_size, self.visitor_language,
            facets=self.facets,
        )


class SearchParamError(ValueError):
    """One problem with the request, in words a person can act on."""

    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def printable(text):
    """``text`` without control characters (a NUL byte, for one, cannot be
    stored or compared by PostgreSQL): they are never part of what was meant."""
    return "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)


def parse_search_params(data, default_language, page_size=PAGE_SIZE):
    """Read ``data`` (a QueryDict). Returns (params, problems): params always
    usable (bad values dropped or corrected), problems a list of SearchParamError."""
    problems = []
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]

    query = " ".join(printable(data.get("q", "")).split())
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH]
        problems.append(SearchParamError("q", _("Your search was shortened to %(n)d characters.") % {"n": MAX_QUERY_LENGTH}))

    language = data.get("language") or default_language
    if language != ALL_LANGUAGES and language not in languages:
        problems.append(SearchParamError("language", _("There is no language “%(value)s”; searching in the page's language.") % {"value": language}))
        language = default_language

    filters = {}
    for name, facet in FACETS.items():
        values = [value for value in data.getlist(name) if value]
        if not values:
            continue
        known = facet.known_values()
        unknown = [value for value in values if value not in known]
        if unknown:
            problems.append(SearchParamError(name, _("Unknown %(facet)s: %(values)s.") % {"facet": facet.label, "values": ", ".join(unknown)}))
        values = [value for value in dict.fromkeys(values) if value in known]
        if values:
            filters[name] = values

    sort = data.get("sort") or "relevance"
    if sort not in SORTS:
        problems.append(SearchParamError("sort", _("Results can be sorted by relevance or by date.")))
        sort = "relevance"

    page = 1
    raw_page = data.get("page")
    if raw_page not in (None, ""):
        try:
            page = int(raw_page)
            if not 1 <= page <= MAX_PAGE:
                raise ValueError
        except ValueError:
            problems.append(SearchParamError("page", _("There is no results page “%(value)s”; showing the first page.") % {"value": raw_page[:20]}))
            page = 1

    visitor_language = default_language if default_language in languages else settings.LANGUAGE_CODE
    return SearchParams(query, language, filters, sort, page, page_size, visitor_language), problems


def split_query(query):
    """(phrases, words) of a query: quoted parts are phrases."""
    phrases = [phrase.strip() for phrase in PHRASE.findall(query) if phrase.strip()]
    rest = PHRASE.sub(" ", query)
    words = SYNTAX_CHARACTERS.sub(" ", rest).split()
    return phrases, words
