from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .dashboard import TranslationDashboardView, page_permission_policy
from .views import machine_translate


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return [
        path("reports/translation-dashboard/", TranslationDashboardView.as_view(), name="translation_dashboard"),
        path(
            "reports/translation-dashboard/results/",
            TranslationDashboardView.as_view(results_only=True),
            name="translation_dashboard_results",
        ),
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(
        _("Translation dashboard"), reverse("translation_dashboard"),
        name="translation-dashboard", icon_name="wagtail-localize-language", order=1200,
    )


@hooks.register("register_admin_urls")
def register_machine_translate_url():
    # Answers wagtail-localize's own "Translate with DeepL" address (this app
    # comes first in INSTALLED_APPS, so its URL wins): the same work, but a
    # DeepL outage or refusal is a message to the editor instead of a 500.
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translate,
            name="translations_machine_translate",
        ),
    ]
