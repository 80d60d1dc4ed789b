"""The cluster list's filters (sector and country, as GET parameters, no
JavaScript needed) and the list itself with a fixed number of queries."""
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.filters import ListFilterForm
from core.localization import content_languages, localize_terms, localized_terms
from core.pagination import paginate
from taxonomy.countries import CLUSTER_COUNTRIES
from taxonomy.models import Sector


class ClusterFilterForm(ListFilterForm):
    sector = forms.ChoiceField(
        label=_("Sector"),
        required=False,
        choices=[("", _("All sectors"))],
        error_messages={"invalid_choice": _("There is no sector “%(value)s”. Showing clusters of all sectors.")},
    )
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=[("", _("All countries"))] + CLUSTER_COUNTRIES,
        error_messages={"invalid_choice": _("There is no country “%(value)s”. Showing clusters of all countries.")},
    )


def sector_choices(locale, source_locale_id):
    """The source-language sectors, named in ``locale`` (two queries)."""
    sectors = list(Sector.objects.filter(locale_id=source_locale_id))
    names = localize_terms(sectors, locale)
    return sorted(localized_terms(sectors, locale, names), key=lambda sector: sector.name.lower()), names


def cluster_listing(index_page, request):
    """Context for the cluster index: the filter form, the filtered clusters
    with their sectors in the page's language, and messages for unknown filter values."""
    locale = index_page.locale
    source_locale = Locale.get_default()
    sectors, sector_names = sector_choices(locale, source_locale.pk)
    form = ClusterFilterForm(request.GET, sector=[(sector.slug, sector.name) for sector in sectors])
    clusters = index_page.entries()
    sector, country = form.value("sector"), form.value("country")
    if sector:
        clusters = clusters.filter(sectors__slug=sector)
    if country:
        clusters = clusters.filter(country=country)
    page_obj, page_query = paginate(
        request, clusters.select_related("logo").prefetch_related("sectors", "logo__renditions").defer_streamfields()
    )
    clusters = list(page_obj.object_list)
    languages = content_languages(clusters, locale.language_code)
    for cluster in clusters:
        cluster.card_sectors = localized_terms(cluster.sectors.all(), locale, sector_names)
        cluster.content_language = languages[cluster.pk]
    return {
        "clusters": clusters,
        "filter_form": form,
        "filter_errors": form.messages,
        "is_filtered": bool(sector or country),
        "page_obj": page_obj,
        "page_query": page_query,
    }
