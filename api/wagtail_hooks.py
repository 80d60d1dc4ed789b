from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from .admin_views import PartnerAPIViewSetGroup, headless_preview


@hooks.register("register_admin_viewset")
def register_partner_api_viewsets():
    return PartnerAPIViewSetGroup()


@hooks.register("register_admin_urls")
def register_headless_preview_url():
    return [path("api/preview/<int:page_id>/", headless_preview, name="api_headless_preview")]


@hooks.register("register_page_header_buttons")
def headless_preview_button(page, user, view_name, next_url=None):
    if view_name == "edit" and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Headless preview"),
            url=reverse("api_headless_preview", args=[page.id]),
            icon_name="view",
            priority=90,
            attrs={"target": "_blank", "rel": "noopener"},
        )
