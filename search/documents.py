"""What a page becomes in the search index, per page type.

Only live, public, translated (non-alias) pages of the searchable types are
indexed. Sector and theme names are written in the page's language, looked up
once per batch through ``TermNames``.
"""
import datetime

from wagtail.models import PageViewRestriction

from taxonomy.models import Sector, Theme

from .index import language_field
from .profile import profile_of, searchable_models


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
        isinstance(page, searchable_models())
        and page.live
        and not page.alias_of_id
        and not any(page.path.startswith(path) for path in restricted_paths)
    )


def document_for(page, term_names):
    """The index document for a specific, indexable page, as its model's
    search profile (search/profile.py) describes it."""
    profile = profile_of(page)
    if profile is None:
        raise TypeError(f"{type(page).__name__} is not searchable: it has no search_profile")
    language = page.locale.language_code
    summary, places = profile.summary_of(page), profile.places_of(page)
    sectors, themes = profile.sectors_of(page), profile.themes_of(page)
    date, event_end = profile.dates_of(page)
    document = {
        "page_id": page.pk,
        "translation_key": str(page.translation_key),
        "language": language,
        "content_type": profile.key,
        "url": page.get_url(),
        "title": page.title,
        "summary": summary,
        "sectors": [term.slug for term in sectors],
        "themes": [term.slug for term in themes],
        "countries": profile.countries_of(page),
        "date": date.isoformat() if isinstance(date, datetime.date) else None,
        "event_end": event_end.isoformat() if event_end else None,
        "title_sort": page.title.lower(),
        "title_autocomplete": page.title,
        language_field("title", language): page.title,
        language_field("summary", language): summary,
        language_field("body", language): profile.body_of(page),
        language_field("places", language): " ".join(filter(None, places)),
        language_field("sector_names", language): " ".join(term_names.names_of(sectors, page.locale_id)),
        language_field("theme_names", language): " ".join(term_names.names_of(themes, page.locale_id)),
    }
    # Only the types that have them: before the rebuild that adds these fields
    # to an older index's (strict) mapping, the other types' pages still index.
    if profile.kinds:
        document["kind"] = profile.kind_of(page)
    if profile.open_state:
        document["open"] = profile.open_of(page)
    return document


def indexable_pages(page_ids=None):
    """Live, translated pages of the searchable types, type by type, with what
    their documents need fetched in bulk (a fixed number of queries per type).
    ``page_ids`` narrows to those pages; deleted ones are simply absent."""
    for model in searchable_models():
        lookups = model.search_profile.prefetch
        pages = model.objects.live().filter(alias_of__isnull=True)
        if page_ids is not None:
            pages = pages.filter(pk__in=page_ids)
        yield from pages.select_related("locale").prefetch_related(*lookups).order_by("pk").iterator(chunk_size=500)
