"""The "Partner search" list: a text search and filters (kind, sector, theme,
country sought, open or closed) as plain GET parameters, each choice with the
number of requests it would show given the other filters (facet counts)."""
import re

from django import forms
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from clusters.filters import sector_choices
from core.filters import ListFilterForm
from core.localization import localize_terms, localized_terms
from core.pagination import paginate
from taxonomy.countries import EUROPEAN_COUNTRIES
from taxonomy.models import Theme

OPEN, CLOSED = "open", "closed"
MAX_QUERY_LENGTH = 200


class RequestFilterForm(ListFilterForm):
    q = forms.CharField(label=_("Search requests"), required=False, max_length=MAX_QUERY_LENGTH,
                        error_messages={"max_length": _("The search text is too long (at most %(limit_value)d characters). Showing all requests.")})
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds"))],
        error_messages={"invalid_choice": _("There is no kind “%(value)s”. Showing requests of all kinds.")},
    )
    sector = forms.ChoiceField(
        label=_("Sector"), required=False, choices=[("", _("All sectors"))],
        error_messages={"invalid_choice": _("There is no sector “%(value)s”. Showing requests of all sectors.")},
    )
    theme = forms.ChoiceField(
        label=_("Theme"), required=False, choices=[("", _("All themes"))],
        error_messages={"invalid_choice": _("There is no theme “%(value)s”. Showing requests of all themes.")},
    )
    country = forms.ChoiceField(
        label=_("Country sought"), required=False, choices=[("", _("All countries"))],
        error_messages={"invalid_choice": _("There is no country “%(value)s”. Showing requests for all countries.")},
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Open requests")), (CLOSED, _("Closed requests"))],
        error_messages={"invalid_choice": _("“%(value)s” is not a choice here. Showing open requests.")},
    )


# Control characters (a NUL byte above all, which PostgreSQL refuses) are dropped from the search text.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def _apply(requests, values, skip=None):
    if values["kind"] and skip != "kind":
        requests = requests.filter(kind=values["kind"])
    if values["sector"] and skip != "sector":
        requests = requests.filter(sectors__slug=values["sector"])
    if values["theme"] and skip != "theme":
        requests = requests.filter(themes__slug=values["theme"])
    if values["country"] and skip != "country":
        requests = requests.filter(countries_sought__country=values["country"])
    return requests


def _counts(requests, values, facet, lookup):
    rows = _apply(requests, values, skip=facet).values(lookup).annotate(n=Count("pk", distinct=True))
    return {row[lookup]: row["n"] for row in rows}


def _with_count(choices, counts):
    return [(value, f"{label} ({counts.get(value, 0)})") for value, label in choices]


def request_listing(index_page, request):
    """Context for the partner search page: the filter form with facet counts,
    the matching requests (open ones unless "closed" is chosen) and messages."""
    from .models import CooperationRequestPage

    locale = index_page.locale
    source_locale = Locale.get_default()
    sectors, sector_names = sector_choices(locale, source_locale.pk)
    themes = list(Theme.objects.filter(locale_id=source_locale.pk))
    theme_names = localize_terms(themes, locale)
    themes = sorted(localized_terms(themes, locale, theme_names), key=lambda theme: theme.name.lower())
    choices = {
        "kind": list(CooperationRequestPage.Kind.choices),
        "sector": [(sector.slug, sector.name) for sector in sectors],
        "theme": [(theme.slug, theme.name) for theme in themes],
        "country": list(EUROPEAN_COUNTRIES),
    }
    form = RequestFilterForm(request.GET, **choices)
    values = {name: form.value(name) for name in ("q", "kind", "sector", "theme", "country", "status")}
    base = index_page.entries()
    base = base.closed() if values["status"] == CLOSED else base.open()
    query = " ".join(CONTROL_CHARACTERS.sub(" ", values["q"]).split())
    if query:
        # Wagtail's database search (PostgreSQL full text), within the page's language.
        found = CooperationRequestPage.objects.filter(locale=locale).search(query, backend="default", operator="and")
        base = base.filter(pk__in=[page.pk for page in found])

    # The facet counts: each filter's choices counted with the other filters applied.
    counts = {
        "kind": _counts(base, values, "kind", "kind"),
        "sector": _counts(base, values, "sector", "sectors__slug"),
        "theme": _counts(base, values, "theme", "themes__slug"),
        "country": _counts(base, values, "country", "countries_sought__country"),
    }
    # Only the countries some request seeks (and the chosen one) are offered.
    choices["country"] = [(code, name) for code, name in choices["country"] if counts["country"].get(code) or code == values["country"]]
    for name, options in choices.items():
        field = form.fields[name]
        field.choices = field.choices[:1] + _with_count(options, counts[name])
    requests = _apply(base, values).distinct().order_by("deadline", "title")
    page_obj, page_query = paginate(request, requests.prefetch_related("sectors", "countries_sought"))
    requests = list(page_obj.object_list)
    for item in requests:
        item.card_sectors = localized_terms(item.sectors.all(), locale, sector_names)
    return {
        "requests": requests,
        "filter_form": form,
        "filter_errors": form.messages,
        "is_filtered": any(values.values()),
        "page_obj": page_obj,
        "page_query": page_query,
        "showing_closed": values["status"] == CLOSED,
    }
