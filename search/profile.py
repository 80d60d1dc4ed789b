"""How a page type takes part in the public search, declared next to its model.

A page model that visitors can find says so with a class attribute, the way
Wagtail's ``search_fields`` says what Wagtail's own backends index::

    class EventPage(Page):
        ...
        search_profile = SearchProfile(
            key="event", label=_("Event"),
            summary=["summary"], body=["topics", "programme", "body"], places=["location"],
            themes="themes", event_dates=("start_date", "end_date"),
        )

A type with kinds of its own (cooperation requests: offer, request for
partners, ...) names its choices field as ``kinds``; a type that opens and
closes names a boolean attribute as ``open_state``.

Everything else reads the registry below: the index documents
(search/documents.py), the facets (search/facets.py), the database fallback
(search/database_search.py), the API's type parameter and the templates'
summaries and type labels. Adding a page type touches no file in search/.

Field names may follow relations with a dot: ``"keywords.name"`` is the
names of a page's keywords, ``"countries.country"`` the country of each
inline row. This module imports no page model, so models can import it.
"""
from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.utils.html import strip_tags
from wagtail.models import Page


@dataclass(frozen=True)
class SearchProfile:
    """What the search knows about one page type.

    key          the type's value in the index, the ``type`` facet and the API ("event")
    label        what visitors read for the type ("Event"), translatable
    summary      fields joined into the summary shown under a result (and the
                 page's meta description when it has none of its own)
    body         fields whose text is searched as the body
    places       place names (boosted like the summary)
    countries    fields holding ISO country codes (the ``country`` facet)
    sectors      the many-to-many field to taxonomy.Sector (the ``sector`` facet)
    themes       the many-to-many field to taxonomy.Theme (the ``theme`` facet)
    event_dates  (start field, end field) of a dated event: the result's date
                 and the ``period`` facet; other pages are dated by their last
                 publication
    kinds        a field with choices saying what kind of page of its type a
                 page is (the ``kind`` facet: the choices' values and labels)
    open_state   a boolean attribute (a field or a property) saying whether the
                 page is open (the ``open`` facet, indexed as "true"/"false";
                 whoever changes it without a page save records an outbox row)
    """

    key: str
    label: str
    summary: list = field(default_factory=list)
    body: list = field(default_factory=list)
    places: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    sectors: str | None = None
    themes: str | None = None
    event_dates: tuple | None = None
    kinds: str | None = None
    open_state: str | None = None

    @property
    def facets(self):
        """The names of the facets this type's pages can be counted in."""
        names = ["type"]
        if self.sectors:
            names.append("sector")
        if self.themes:
            names.append("theme")
        if self.countries:
            names.append("country")
        if self.event_dates:
            names.append("period")
        if self.kinds:
            names.append("kind")
        if self.open_state:
            names.append("open")
        return names

    @property
    def prefetch(self):
        """The relations a document reads, to fetch in bulk when indexing."""
        relations = [self.sectors, self.themes]
        for path in [*self.summary, *self.body, *self.places, *self.countries]:
            if "." in path:
                relations.append(path.split(".", 1)[0])
        return list(dict.fromkeys(relation for relation in relations if relation))

    def summary_of(self, page):
        return " ".join(text for text in (plain_text(value) for value in values_at(page, self.summary)) if text)

    def body_of(self, page):
        return " ".join(text for text in (plain_text(value) for value in values_at(page, self.body)) if text)

    def places_of(self, page):
        return [place for place in values_at(page, self.places) if place]

    def countries_of(self, page):
        return [country for country in values_at(page, self.countries) if country]

    def sectors_of(self, page):
        return list(getattr(page, self.sectors).all()) if self.sectors else []

    def themes_of(self, page):
        return list(getattr(page, self.themes).all()) if self.themes else []

    def kind_of(self, page):
        return (getattr(page, self.kinds) or None) if self.kinds else None

    def open_of(self, page):
        """"true" or "false" for a type that opens and closes, else None."""
        if not self.open_state:
            return None
        return "true" if getattr(page, self.open_state) else "false"

    def dates_of(self, page):
        """(the result's date, the last day of the event or None) of a page."""
        if self.event_dates:
            start_field, end_field = self.event_dates
            start = getattr(page, start_field)
            return start, getattr(page, end_field) or start
        published = page.last_published_at or page.first_published_at
        return (published.date() if published else None), None


def values_at(obj, paths):
    """The values of ``paths`` on ``obj``, flattened; a dot follows a relation
    (every related object's attribute)."""
    values = []
    for path in paths:
        head, _, rest = path.partition(".")
        value = getattr(obj, head, None)
        items = list(value.all()) if hasattr(value, "all") else [value]
        if rest:
            for item in items:
                values.extend(values_at(item, [rest]))
        else:
            values.extend(item for item in items if item is not None)
    return values


def plain_text(value):
    """Plain text from a rich text string, a StreamField value or a plain value."""
    if value is None:
        return ""
    if hasattr(value, "stream_block"):
        return " ".join(strip_tags(str(part)) for part in value.stream_block.get_searchable_content(value))
    return strip_tags(str(value))


@cache
def _registry():
    profiles = {}
    for model in apps.get_models():
        profile = model.__dict__.get("search_profile")
        if profile is None or not issubclass(model, Page):
            continue
        if profile.key in profiles:
            raise ValueError(f"search profile key {profile.key!r} is used by two page types")
        profiles[profile.key] = model
    return profiles


def searchable_types():
    """content type key -> page model, for every page type with a search profile."""
    return dict(_registry())


def searchable_models():
    return tuple(_registry().values())


def profile_of(page_or_model):
    """The search profile of a page or page model (its specific class), or None."""
    model = page_or_model if isinstance(page_or_model, type) else type(page_or_model)
    profile = model.__dict__.get("search_profile")
    return profile if profile is not None and _registry().get(profile.key) is model else None


def kind_labels():
    """kind value -> label, from the choices of every type that declares ``kinds``."""
    labels = {}
    for model in _registry().values():
        profile = model.search_profile
        if profile.kinds:
            labels.update(model._meta.get_field(profile.kinds).flatchoices)
    return labels


def type_labels():
    """content type key -> label, for the ``type`` facet and result lists."""
    return {key: model.search_profile.label for key, model in _registry().items()}


# Fields a page without a search profile (home page, section index) is summarised by.
FALLBACK_SUMMARY_FIELDS = ["intro", "hero_text", "introduction"]


def page_summary(page):
    """A page's summary as plain text: its search profile's summary fields, or
    for other page types the first of their introduction-like fields."""
    profile = profile_of(page)
    if profile is not None:
        summary = profile.summary_of(page)
        if summary:
            return summary
    for name in FALLBACK_SUMMARY_FIELDS:
        text = plain_text(getattr(page, name, None))
        if text:
            return text
    return ""
