"""The section lists (case studies, good practice, project ideas): the theme
filter (a GET parameter, no JavaScript needed) and each card's related terms
and pages in the page's language, with a fixed number of queries."""
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.filters import ListFilterForm
from core.localization import content_languages, localize_terms, localized_terms, visible_in_locale
from core.pagination import paginate
from taxonomy.models import Theme


class ThemeFilterForm(ListFilterForm):
    theme = forms.ChoiceField(
        label=_("Theme"),
        required=False,
        choices=[("", _("All themes"))],
        error_messages={"invalid_choice": _("There is no theme “%(value)s”. Showing all themes.")},
    )


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def section_listing(index_page, request):
    """Context for a section index page: ``entries`` (filtered by theme where
    the section has themes), the filter form and messages for unknown values."""
    model = index_page.listed_model()
    locale = index_page.locale
    entries = index_page.entries().defer_streamfields()
    context = {"filter_form": None, "filter_errors": [], "is_filtered": False}

    theme_names = {}
    has_themes = _has_field(model, "themes")
    if has_themes:
        themes = list(Theme.objects.filter(locale=Locale.get_default()))
        theme_names = localize_terms(themes, locale)
        choices = sorted(localized_terms(themes, locale, theme_names), key=lambda theme: theme.name.lower())
        form = ThemeFilterForm(request.GET, theme=[(theme.slug, theme.name) for theme in choices])
        theme = form.value("theme")
        if theme:
            entries = entries.filter(themes__slug=theme)
        entries = entries.prefetch_related("themes")
        context.update(
            filter_form=form,
            filter_errors=form.messages,
            is_filtered=bool(theme),
        )
    if _has_field(model, "countries"):
        entries = entries.prefetch_related("countries")
    if _has_field(model, "lead_cluster"):
        entries = entries.select_related("lead_cluster")

    page_obj, page_query = paginate(request, entries)
    context.update(page_obj=page_obj, page_query=page_query)
    entries = list(page_obj.object_list)
    languages = content_languages(entries, locale.language_code)
    lead_clusters = [entry.lead_cluster for entry in entries if getattr(entry, "lead_cluster", None)]
    cluster_translations, visible_clusters = visible_in_locale(lead_clusters, locale) if lead_clusters else ({}, {})
    for entry in entries:
        entry.content_language = languages[entry.pk]
        if has_themes:
            entry.card_themes = localized_terms(entry.themes.all(), locale, theme_names)
        lead = getattr(entry, "lead_cluster", None)
        if lead is not None:
            entry.card_lead_cluster = cluster_translations.get(lead.translation_key) or visible_clusters.get(lead.pk)
    context["entries"] = entries
    return context
