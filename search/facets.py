"""The facets visitors can filter by: what each one is called, which index
field it counts, and which values it knows (unknown values are refused rather
than silently matching nothing)."""
from dataclasses import dataclass
from functools import cached_property

from django.apps import apps
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from taxonomy.countries import EUROPEAN_COUNTRIES

from .profile import kind_labels, type_labels

PERIOD_LABELS = {"upcoming": _("Upcoming"), "past": _("Past")}
# The ``open`` facet's values read like the partner API's ``open=true|false``.
OPEN_LABELS = {"true": _("Open"), "false": _("Closed")}


# A search in all languages shows each page once (its translations collapsed
# on translation_key): its facets count pages too, not documents, through
# this sub-aggregation of every facet bucket (search/query.py).
PAGES_SUBAGGREGATION = {"pages": {"cardinality": {"field": "translation_key", "precision_threshold": 40000}}}


def bucket_count(bucket):
    """What a facet value shows: the pages in it where counted, else the documents."""
    return bucket["pages"]["value"] if "pages" in bucket else bucket["doc_count"]


def translated(labels, language):
    """value -> label in ``language`` (the API's labels follow its ``locale``
    parameter, as the sector and theme names do, not the request's language)."""
    with translation.override(language):
        return {key: str(label) for key, label in labels.items()}


@dataclass
class Facet:
    name: str
    field: str
    label: str

    def known_values(self):
        raise NotImplementedError

    def filter_clause(self, values):
        return {"terms": {self.field: list(values)}}

    def aggregation(self):
        return {"terms": {"field": self.field, "size": 500}}

    def buckets(self, aggregation_result):
        return {bucket["key"]: bucket_count(bucket) for bucket in aggregation_result["buckets"]}

    def labels(self, language):
        return {}


class ChoiceFacet(Facet):
    def __init__(self, name, field, label, choices):
        super().__init__(name, field, label)
        self.choices = choices

    def known_values(self):
        return set(self.choices)

    def labels(self, language):
        return translated(self.choices, language)


class TypeFacet(Facet):
    """The page types with a search profile (search/profile.py), by key."""

    def known_values(self):
        return set(type_labels())

    def labels(self, language):
        return translated(type_labels(), language)


class KindFacet(Facet):
    """What kind of page of its type a page is (search/profile.py ``kinds``):
    the choices of the types that have kinds, labelled as in their forms."""

    def known_values(self):
        return set(kind_labels())

    def labels(self, language):
        return translated(kind_labels(), language)


class TermFacet(Facet):
    """Sectors and themes: slugs in the index, names in the visitor's language."""

    def __init__(self, name, field, label, model_path):
        super().__init__(name, field, label)
        self.model_path = model_path

    @cached_property
    def model(self):
        return apps.get_model(self.model_path)

    def known_values(self):
        return set(self.model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list("slug", flat=True))

    def labels(self, language):
        rows = self.model.objects.filter(locale__language_code__in=[language, settings.LANGUAGE_CODE])
        names = {}
        for slug, code, name in rows.values_list("slug", "locale__language_code", "name"):
            if code == language or slug not in names:
                names[slug] = name
        return names


class PeriodFacet(Facet):
    """Events that are not over yet, and past events (by the event's last day)."""

    def known_values(self):
        return set(PERIOD_LABELS)

    def _ranges(self):
        today = timezone.localdate().isoformat()
        return {"upcoming": {"range": {"event_end": {"gte": today}}}, "past": {"range": {"event_end": {"lt": today}}}}

    def filter_clause(self, values):
        ranges = self._ranges()
        return {"bool": {"should": [ranges[value] for value in values], "minimum_should_match": 1}}

    def aggregation(self):
        return {"filters": {"filters": self._ranges()}}

    def buckets(self, aggregation_result):
        return {key: bucket_count(bucket) for key, bucket in aggregation_result["buckets"].items()}

    def labels(self, language):
        return translated(PERIOD_LABELS, language)


FACETS = {
    "type": TypeFacet("type", "content_type", _("content type")),
    "sector": TermFacet("sector", "sectors", _("sector"), "taxonomy.Sector"),
    "theme": TermFacet("theme", "themes", _("theme"), "taxonomy.Theme"),
    "country": ChoiceFacet("country", "countries", _("country"), dict(EUROPEAN_COUNTRIES)),
    "period": PeriodFacet("period", "event_end", _("event period")),
    "kind": KindFacet("kind", "kind", _("kind")),
    "open": ChoiceFacet("open", "open", _("open or closed"), OPEN_LABELS),
}
