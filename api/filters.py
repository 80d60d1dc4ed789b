"""Query parameters of the listings beyond Wagtail's own.

Wagtail's filters are kept where they do the right thing (``child_of``,
``descendant_of``, ``ancestor_of``, ``translation_of``); these replace the ones
that would answer bad input with a 404 or a server error, and add the domain
filters: ``sector`` and ``theme`` (slugs), ``country`` (ISO codes) and
``period`` (upcoming or past events), ``kind`` (of events and cooperation
requests) and ``open`` (cooperation requests). A domain filter applies to every page
type that has the field; on a listing of all pages it selects pages of any of
those types, on a listing of another type it matches nothing.
"""
import functools

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from modelcluster.models import get_all_child_relations
from rest_framework.filters import BaseFilterBackend
from taggit.managers import TaggableManager
from wagtail.api.v2 import filters as wagtail_filters
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

from taxonomy.countries import CLUSTER_COUNTRIES, EUROPEAN_COUNTRIES
from taxonomy.models import Sector, Theme

from .parameters import ConflictingParameters, requested_locale


def values_of(request, name):
    return [value.strip() for value in request.GET[name].split(",") if value.strip()]


def page_type_label(model):
    return f"{model._meta.app_label}.{model.__name__}"


class FieldsFilter(BaseFilterBackend):
    """Equality filters on the fields a view lists in ``filterable_fields``
    (``slug``, ``show_in_menus``, ``tags``); values that do not fit are a 400."""

    def filter_queryset(self, request, queryset, view):
        for name in getattr(view, "filterable_fields", ()):
            if name not in request.GET:
                continue
            value = request.GET[name]
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                raise BadRequestError(f"cannot filter this listing by {name}") from None
            if isinstance(field, TaggableManager):
                for tag in values_of(request, name):
                    queryset = queryset.filter(**{f"{name}__name": tag})
                continue
            try:
                if isinstance(field, models.BooleanField):
                    value = parse_boolean(value)
                queryset = queryset.filter(**{name: value})
            except (ValueError, TypeError, ValidationError) as error:
                raise BadRequestError(f"field filter error: '{value}' is not a valid value for {name}") from error
        return queryset


class LocaleFilter(BaseFilterBackend):
    """``locale=de`` (or ``language=de``): pages in one language; an unknown language is a 400."""

    def filter_queryset(self, request, queryset, view):
        try:
            code = requested_locale(request)
        except ConflictingParameters as error:
            raise BadRequestError(str(error)) from None
        if code is None:
            return queryset
        known = [language for language, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
        if code not in known:
            raise BadRequestError(f"locale must be one of {', '.join(known)}")
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        queryset = queryset.filter(locale__language_code=code)
        if child_of:
            queryset._filtered_by_child_of = child_of
        return queryset


class ReferencedPagesExist(BaseFilterBackend):
    """``child_of``, ``descendant_of``, ``ancestor_of``, ``translation_of``
    naming a page id that is no live, public page: a 404, as for the page's
    own detail (Wagtail answers a 400, as if the request were malformed).
    Runs before Wagtail's filters, which check everything else."""

    parameters = ("child_of", "descendant_of", "ancestor_of", "translation_of")

    def filter_queryset(self, request, queryset, view):
        ids = {}
        for name in self.parameters:
            value = request.GET.get(name, "")
            if value.isdigit() and value.isascii():
                ids[name] = int(value)
        if not ids:
            return queryset
        found = set(view.get_base_queryset().filter(pk__in=[i for i in ids.values() if i < 2**31]).values_list("pk", flat=True))
        for name, page_id in ids.items():
            if page_id not in found:
                raise Http404(f"{name}: no live, public page with id {page_id}")
        return queryset


class DescendantOfFilter(wagtail_filters.DescendantOfFilter):
    """``descendant_of``, also together with ``child_of`` (both apply; Wagtail
    refuses the pair, which the schema cannot say)."""

    def filter_queryset(self, request, queryset, view):
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        if child_of is None:
            return super().filter_queryset(request, queryset, view)
        del queryset._filtered_by_child_of
        return _keep_child_of_page(super().filter_queryset(request, queryset, view), child_of)


def _keep_child_of_page(queryset, parent):
    queryset._filtered_by_child_of = parent
    return queryset


class OrderingFilter(wagtail_filters.OrderingFilter):
    """``order=title``, ``order=-first_published_at``, ``order=random``: only
    by a field of the listed type that holds a single value."""

    def filter_queryset(self, request, queryset, view):
        order = request.GET.get("order")
        if order == "random":
            # With an offset too: a random sample of what is left (Wagtail refuses the pair).
            return queryset.order_by("?")
        if not order:
            return super().filter_queryset(request, queryset, view)
        allowed = orderable_fields(view, queryset.model)
        for name in order.split(","):
            if name.lstrip("-") not in allowed:
                raise BadRequestError(f"cannot order by '{name}' (use one of: {', '.join(sorted(allowed))}, random)")
        return super().filter_queryset(request, queryset, view)


def orderable_fields(view, model):
    names = set()
    for name in view.get_available_fields(model, db_fields_only=True):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.concrete and not field.is_relation and not isinstance(field, StreamField):
            names.add(name)
    return names


# --- Domain filters ---------------------------------------------------------------


class DomainFilter(BaseFilterBackend):
    parameter = None
    description = ""

    def lookup_for(self, model):
        """How ``model`` is filtered by this parameter (a function of the values), or None."""
        raise NotImplementedError

    def clean(self, values):
        return values

    @classmethod
    def supported_types(cls):
        return [model for model in get_page_models() if cls().lookup_for(model)]

    def filter_queryset(self, request, queryset, view):
        if self.parameter not in request.GET:
            return queryset
        values = self.clean(values_of(request, self.parameter))
        if not values:
            raise BadRequestError(f"{self.parameter} needs a value")
        model = queryset.model
        if self.lookup_for(model) is not None:
            return _keep_child_of(queryset, queryset.filter(pk__in=self.matching(model, values).values("pk")))
        if model is not Page:
            # A type without the field has no page with that value: an empty
            # listing, as for any other filter that matches nothing (so that
            # every combination the schema allows is answered).
            return _keep_child_of(queryset, queryset.none())
        condition = Q(pk__in=[])
        for page_model in self.supported_types():
            matching = self.matching(page_model, values)
            condition |= Q(pk__in=matching.values("pk"))
        return _keep_child_of(queryset, queryset.filter(condition))

    def matching(self, model, values):
        lookup = self.lookup_for(model)(values)
        return model.objects.filter(lookup) if isinstance(lookup, Q) else lookup


def _keep_child_of(before, after):
    child_of = getattr(before, "_filtered_by_child_of", None)
    if child_of:
        after._filtered_by_child_of = child_of
    return after


class TermFilter(DomainFilter):
    term_model = None

    def lookup_for(self, model):
        for field in model._meta.many_to_many:
            if field.related_model is self.term_model:
                return lambda values, name=field.name: Q(**{f"{name}__slug__in": values})
        return None

    def clean(self, values):
        known = set(self.term_model.objects.filter(slug__in=values).values_list("slug", flat=True))
        unknown = [value for value in values if value not in known]
        if unknown:
            raise BadRequestError(f"unknown {self.parameter}: {', '.join(unknown)}")
        return values


class SectorFilter(TermFilter):
    parameter = "sector"
    term_model = Sector
    description = "Sector slugs, comma-separated (any of them), e.g. wind-energy."


class ThemeFilter(TermFilter):
    parameter = "theme"
    term_model = Theme
    description = "Theme slugs, comma-separated (any of them), e.g. open-innovation."


COUNTRY_CODES = sorted({code for code, _ in CLUSTER_COUNTRIES} | {code for code, _ in EUROPEAN_COUNTRIES})


class CountryFilter(DomainFilter):
    parameter = "country"
    description = "ISO 3166 country codes, comma-separated (any of them), e.g. DK or DE,NL."

    def lookup_for(self, model):
        try:
            model._meta.get_field("country")
            return lambda values: Q(country__in=values)
        except FieldDoesNotExist:
            pass
        for relation in get_all_child_relations(model):
            try:
                relation.related_model._meta.get_field("country")
            except FieldDoesNotExist:
                continue
            name = relation.get_accessor_name()
            return lambda values, name=name: Q(**{f"{name}__country__in": values})
        return None

    def clean(self, values):
        values = [value.upper() for value in values]
        unknown = [value for value in values if value not in COUNTRY_CODES]
        if unknown:
            raise BadRequestError(f"unknown country: {', '.join(unknown)} (use ISO 3166 codes such as DK, DE)")
        return values


class SingleChoiceFilter(DomainFilter):
    """A filter that takes exactly one of ``choices``; anything else is a 400 saying which."""

    choices = ()

    def refusal(self):
        return f"{self.parameter} must be one of {', '.join(self.choices)}"

    def clean(self, values):
        if len(values) != 1 or values[0] not in self.choices:
            raise BadRequestError(self.refusal())
        return values


class QuerySetMethodFilter(SingleChoiceFilter):
    """Each value names a method of the listed type's queryset (``methods``):
    ``period=upcoming`` is ``.upcoming()``. Types whose queryset lacks the
    methods have no such pages."""

    methods = {}  # value -> queryset method

    def lookup_for(self, model):
        queryset = model.objects.all()
        if not all(hasattr(queryset, method) for method in self.methods.values()):
            return None
        return lambda values: getattr(model.objects.all(), self.methods[values[0]])()

    def refusal(self):
        return f"{self.parameter} must be {' or '.join(self.choices)}"


class EventPeriodFilter(QuerySetMethodFilter):
    parameter = "period"
    description = "Events only: upcoming (not over yet) or past."
    methods = {"upcoming": "upcoming", "past": "past"}
    choices = tuple(methods)


class _KindChoices:
    """The kinds of every page type with a ``kind`` field, read when first asked
    (the page models are not loaded when this module is imported) and kept."""

    def __get__(self, instance, owner):
        return _kinds_of_page_types()


@functools.cache
def _kinds_of_page_types():
    values = []
    for model in get_page_models():
        field = KindFilter.kind_field(model)
        if field is not None:
            values.extend(value for value, _label in field.flatchoices if value not in values)
    return tuple(values)


class KindFilter(SingleChoiceFilter):
    """``kind``: the kind of an event (workshop, ...) or of a cooperation request (offer, partners, ...)."""

    parameter = "kind"
    description = "The kind of an event or a cooperation request, e.g. matchmaking or partners."
    choices = _KindChoices()

    @staticmethod
    def kind_field(model):
        try:
            field = model._meta.get_field("kind")
        except FieldDoesNotExist:
            return None
        return field if field.choices else None

    def lookup_for(self, model):
        if self.kind_field(model) is None:
            return None
        return lambda values: Q(kind__in=values)


class OpenFilter(QuerySetMethodFilter):
    """``open``: cooperation requests still taking expressions of interest (true) or closed (false)."""

    parameter = "open"
    description = "Cooperation requests only: true for open requests, false for closed ones."
    methods = {"true": "open", "false": "closed"}
    choices = tuple(methods)


DOMAIN_FILTERS = [SectorFilter, ThemeFilter, CountryFilter, EventPeriodFilter, KindFilter, OpenFilter]
