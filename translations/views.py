"""Thin admin views of the translation tools."""
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.views import edit_translation

from .machine import MachineTranslationFailed


@require_POST
def machine_translate(request, translation_id):
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationFailed:
        messages.error(request, _("DeepL could not translate this page now. Nothing was changed; please try again later."))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
