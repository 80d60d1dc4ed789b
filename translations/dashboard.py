"""Reports → "Translation dashboard": every page's status in every language
(translations/status.py), filterable by section, page type, language and
status, exportable as CSV (one line per page and language)."""
import django_filters
from django import forms
from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Locale, Page, get_page_content_types
from wagtail.permissions import policy_registry

from .status import IN_PROGRESS, OUT_OF_DATE, SOURCE, TRANSLATED, UNTRANSLATED, statuses_for_keys

STATUS_LABELS = {
    SOURCE: _("Source"),
    TRANSLATED: _("Translated"),
    IN_PROGRESS: _("In progress"),
    OUT_OF_DATE: _("Out of date"),
    UNTRANSLATED: _("Untranslated (alias)"),
}


def page_permission_policy():
    return policy_registry.get_by_type(Page)


def _language_choices():
    return [(code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _section_choices():
    """The sections below the home page, in the default language."""
    sections = Page.objects.filter(depth=3, locale=Locale.get_default()).order_by("path")
    return [(page.path, page.title) for page in sections]


class TranslationDashboardFilterSet(WagtailFilterSet):
    section = django_filters.ChoiceFilter(label=_("Section"), method="filter_section", choices=_section_choices)
    content_type = django_filters.ModelChoiceFilter(
        label=_("Page type"), queryset=lambda request: get_page_content_types(include_base_page_type=False)
    )
    # Language and status choose columns and rows after the statuses are
    # computed (translations/status.py), so they do not touch the queryset.
    language = django_filters.ChoiceFilter(label=_("Language"), method="keep", choices=_language_choices)
    status = django_filters.ChoiceFilter(
        label=_("Status"), method="keep",
        choices=[(key, label) for key, label in STATUS_LABELS.items() if key != SOURCE],
    )

    class Meta:
        model = Page
        fields = ["section", "content_type", "language", "status"]

    def _add_locale_filter(self):
        # The dashboard lists source pages; "language" picks the translations shown.
        pass

    def filter_section(self, queryset, name, value):
        return queryset.filter(path__startswith=value)

    def keep(self, queryset, name, value):
        return queryset


class PageRow:
    """A source page and its status in each language shown."""

    def __init__(self, page, section, statuses):
        self.page = page
        self.section = section
        self.statuses = statuses

    @property
    def type_label(self):
        return get_content_type_label(self.page.content_type)


class ExportLine:
    """One page in one language, as the CSV shows it."""

    def __init__(self, row, status):
        self.title = row.page.title
        self.page_id = row.page.pk
        self.page_type = row.type_label
        self.section = row.section
        self.language = status.language
        self.status = str(STATUS_LABELS[status.status])
        self.progress = "" if status.progress is None else status.progress
        self.source_changed_at = status.source_changed_at or ""
        self.synced_at = status.synced_at or ""
        self.live = "yes" if status.live else "no"
        self.editor_url = status.editor_url or ""


class TranslationDashboardView(ReportView):
    page_title = _("Translation dashboard")
    header_icon = "wagtail-localize-language"
    results_template_name = "translations/dashboard_results.html"
    filterset_class = TranslationDashboardFilterSet
    index_url_name = "translation_dashboard"
    index_results_url_name = "translation_dashboard_results"
    any_permission_required = ["add", "change", "publish"]

    @cached_property
    def permission_policy(self):
        return page_permission_policy()
    paginate_by = 50
    list_export = [
        "title", "page_id", "page_type", "section", "language", "status", "progress",
        "source_changed_at", "synced_at", "live", "editor_url",
    ]
    export_headings = {
        "title": _("Title"),
        "page_id": _("Page ID"),
        "page_type": _("Page type"),
        "section": _("Section"),
        "language": _("Language"),
        "status": _("Status"),
        "progress": _("Progress (%)"),
        "source_changed_at": _("Source changed at"),
        "synced_at": _("Last synced at"),
        "live": _("Live"),
        "editor_url": _("Translation editor"),
    }

    def get_filename(self):
        return "translation-dashboard"

    @cached_property
    def chosen(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def languages(self):
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        language = self.chosen.get("language")
        return [language] if language else codes

    def get_queryset(self):
        # Source pages only: the page every language's status refers to is the
        # non-alias page of the default language (or another non-alias page
        # where a page was written first in Danish or German).
        self.queryset = (
            self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .filter(depth__gt=1, alias_of__isnull=True)
            .select_related("content_type", "locale")
            .order_by("path")
        )
        return super().get_queryset()

    def get_filtered_queryset(self):
        pages = list(self.filter_queryset(self.get_queryset()))
        statuses = statuses_for_keys([page.translation_key for page in pages])
        sections = dict(
            Page.objects.filter(depth=3, path__in={page.path[: Page.steplen * 3] for page in pages})
            .values_list("path", "title")
        )
        wanted_status = self.chosen.get("status")
        rows = []
        for page in pages:
            by_language = statuses.get(page.translation_key, {})
            if by_language.get(page.locale.language_code, None) is None or by_language[page.locale.language_code].status != SOURCE:
                continue  # an original that is itself a translation of another page
            shown = [by_language[code] for code in self.languages if code in by_language]
            for status in shown:
                status.label = STATUS_LABELS[status.status]
            if wanted_status and not any(status.status == wanted_status for status in shown):
                continue
            rows.append(PageRow(page, sections.get(page.path[: Page.steplen * 3], ""), shown))
        return rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["languages"] = [
            (code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES if code in self.languages
        ]
        context["status_labels"] = STATUS_LABELS
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            wanted_status = self.chosen.get("status")
            lines = [
                ExportLine(row, status)
                for row in context["object_list"]
                for status in row.statuses
                if status.status != SOURCE and (not wanted_status or status.status == wanted_status)
            ]
            return self.as_spreadsheet(lines, self.request.GET.get("export"))
        return super().render_to_response(context, **response_kwargs)
