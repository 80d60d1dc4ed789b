from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button as ListingButton
from wagtail_localize.models import TranslationSource

from .dashboard import TranslationDashboardView, page_permission_policy
from .publishing import incomplete_translation
from .views import PublishAllView, machine_translate


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


@hooks.register("register_admin_urls")
def register_publish_all_url():
    return [path("translations/publish-all/<int:page_id>/", PublishAllView.as_view(), name="translations_publish_all")]


def publish_all_button(page, user, view_name=None, next_url=None):
    """On source pages with synchronised translations."""
    if page.is_root() or page.alias_of_id:
        return
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is not None and source.translations.filter(enabled=True).exists():
        yield ListingButton(
            _("Publish in all languages"),
            reverse("translations_publish_all", args=[page.pk]),
            priority=61,
            icon_name="wagtail-localize-language",
        )


hooks.register("register_page_header_buttons", publish_all_button)
hooks.register("register_page_listing_more_buttons", publish_all_button)


@hooks.register("before_edit_page")
def refuse_to_publish_half_translated_pages(request, page):
    # Translations stay drafts until all their segments are translated: the
    # translation editor's "Publish" (wagtail-localize fills gaps with the
    # source language) is refused for an incomplete translation. Runs before
    # wagtail-localize's own hook (this app comes first in INSTALLED_APPS).
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if incomplete_translation(page) is None:
        return None
    messages.error(
        request,
        _("This translation is not complete: it stays a draft until every segment is translated."),
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
