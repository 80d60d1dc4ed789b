"""Thin admin views of the translation tools."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.views import edit_translation

from .machine import MachineTranslationFailed
from .publishing import INCOMPLETE, publish_in_all_languages, readiness


@require_POST
def machine_translate(request, translation_id):
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationFailed:
        messages.error(request, _("DeepL could not translate this page now. Nothing was changed; please try again later."))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


class PublishAllView(View):
    """Pages → ⋯ → "Publish in all languages": GET shows what will happen per
    language, POST does it and reports per language (translations/publishing.py)."""

    template_name = "translations/publish_all.html"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get(self, request, page_id):
        return self.render(readiness(self.page), done=False)

    def post(self, request, page_id):
        return self.render(publish_in_all_languages(self.page, request.user), done=True)

    def render(self, outcomes, done):
        return TemplateResponse(
            self.request,
            self.template_name,
            {
                "page": self.page,
                "outcomes": outcomes,
                "done": done,
                "ready": [outcome for outcome in outcomes if outcome.result != INCOMPLETE],
                "source_has_unpublished_changes": self.page.has_unpublished_changes or not self.page.live,
                "page_title": _("Publish in all languages"),
            },
        )
