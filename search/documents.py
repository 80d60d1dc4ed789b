"""What a page becomes in the search index, per page type.

Only live, public, translated (non-alias) pages of the searchable types are
indexed. Sector and theme names are written in the page's language, looked up
once per batch through ``TermNames``.
"""
import datetime

from django.utils.html import strip_tags
from wagtail.models import PageViewRestriction

from agenda.models import EventPage
from casestudies.models import CaseStudyPage, GoodPracticePage, ProjectIdeaPage
from clusters.models import ClusterPage
from home.models import StandardPage
from taxonomy.models import Sector, Theme

from .index import language_field

# The content types visitors can filter by, in the order facets list them.
CONTENT_TYPES = {
    "cluster": ClusterPage,
    "case_study": CaseStudyPage,
    "good_practice": GoodPracticePage,
    "event": EventPage,
    "project_idea": ProjectIdeaPage,
    "page": StandardPage,
}
CONTENT_TYPE_OF_MODEL = {model: key for key, model in CONTENT_TYPES.items()}
SEARCHABLE_MODELS = tuple(CONTENT_TYPES.values())


def text(value):
    """Plain text from a rich text string, a StreamField value or a plain string."""
    if value is None:
        return ""
    if hasattr(value, "stream_block"):
        return " ".join(strip_tags(str(part)) for part in value.stream_block.get_searchable_content(value))
    return strip_tags(str(value))


class TermNames:
    """Sector and theme names in every language, loaded once (the tables are small)."""

    def __init__(self):
        self.names = {}
        for model in (Sector, Theme):
            for key, locale_id, name in model.objects.values_list("translation_key", "locale_id", "name"):
                self.names[(model, key, locale_id)] = name

    def names_of(self, terms, locale_id):
        return [self.names.get((type(term), term.translation_key, locale_id), term.name) for term in terms]


def restricted_page_paths():
    """Paths under a view restriction: those pages (and their subtrees) are not public."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_indexable(page, restricted_paths):
    return (
        isinstance(page, SEARCHABLE_MODELS)
        and page.live
        and not page.alias_of_id
        and not any(page.path.startswith(path) for path in restricted_paths)
    )


def _fields(page):
    """(summary, body parts, places, countries, sectors, themes, date, event_end) for a page."""
    published = page.last_published_at or page.first_published_at
    date = published.date() if published else None
    if isinstance(page, ClusterPage):
        body = [page.offers, page.looking_for, page.body, " ".join(t.name for t in page.keywords.all()),
                " ".join(m.name for m in page.members.all())]
        return page.short_description, body, [page.region, page.city], [page.country], list(page.sectors.all()), [], date, None
    if isinstance(page, CaseStudyPage):
        body = [page.challenge, page.approach, page.results, page.lessons_learned]
        countries = [c.country for c in page.countries.all()]
        return page.summary, body, [page.border_region], countries, [], list(page.themes.all()), date, None
    if isinstance(page, GoodPracticePage):
        body = [page.why_it_matters, page.how_to_apply]
        return f"{page.recommendation} {page.summary}", body, [], [], [], list(page.themes.all()), date, None
    if isinstance(page, EventPage):
        body = [page.topics, page.programme, page.body]
        end = page.end_date or page.start_date
        return page.summary, body, [page.location], [], [], list(page.themes.all()), page.start_date, end
    if isinstance(page, ProjectIdeaPage):
        return page.summary, [page.goals, page.body], [], [], [], [], date, None
    if isinstance(page, StandardPage):
        return page.intro, [page.body], [], [], [], [], date, None
    raise TypeError(f"{type(page).__name__} is not searchable")


def document_for(page, term_names):
    """The index document for a specific, indexable page."""
    language = page.locale.language_code
    summary, body, places, countries, sectors, themes, date, event_end = _fields(page)
    document = {
        "page_id": page.pk,
        "translation_key": str(page.translation_key),
        "language": language,
        "content_type": CONTENT_TYPE_OF_MODEL[type(page)],
        "url": page.get_url(),
        "title": page.title,
        "summary": summary,
        "sectors": [term.slug for term in sectors],
        "themes": [term.slug for term in themes],
        "countries": countries,
        "date": date.isoformat() if isinstance(date, datetime.date) else None,
        "event_end": event_end.isoformat() if event_end else None,
        "title_sort": page.title.lower(),
        "title_autocomplete": page.title,
        language_field("title", language): page.title,
        language_field("summary", language): summary,
        language_field("body", language): " ".join(filter(None, (text(part) for part in body))),
        language_field("places", language): " ".join(filter(None, places)),
        language_field("sector_names", language): " ".join(term_names.names_of(sectors, page.locale_id)),
        language_field("theme_names", language): " ".join(term_names.names_of(themes, page.locale_id)),
    }
    return document


# What each type's document reads besides its own fields, fetched in bulk.
PREFETCH = {
    ClusterPage: ["sectors", "keywords", "members"],
    CaseStudyPage: ["themes", "countries"],
    GoodPracticePage: ["themes"],
    EventPage: ["themes"],
    ProjectIdeaPage: [],
    StandardPage: [],
}


def indexable_pages(page_ids=None):
    """Live, translated pages of the searchable types, type by type, with what
    their documents need fetched in bulk (a fixed number of queries per type).
    ``page_ids`` narrows to those pages; deleted ones are simply absent."""
    for model, lookups in PREFETCH.items():
        pages = model.objects.live().filter(alias_of__isnull=True)
        if page_ids is not None:
            pages = pages.filter(pk__in=page_ids)
        yield from pages.select_related("locale").prefetch_related(*lookups).order_by("pk").iterator(chunk_size=500)
