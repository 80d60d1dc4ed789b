"""The partner API in Wagtail's admin ("Partner API" menu): API keys,
webhooks, and the webhook delivery log."""
from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.views import generic
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .conf import api_setting
from .models import APIKey, Webhook, WebhookDelivery, WebhookEvent
from .preview import make_preview_token


class APIKeyCreateView(generic.CreateView):
    def save_instance(self):
        self.raw_key = self.form.instance.set_new_key()
        return super().save_instance()

    def get_success_message(self, instance):
        return _("API key “%(name)s” created: %(key)s — copy it now, it is not shown again.") % {
            "name": instance.name,
            "key": self.raw_key,
        }


class APIKeyViewSet(ModelViewSet):
    model = APIKey
    name = "api_keys"
    icon = "key"
    menu_label = _("API keys")
    add_view_class = APIKeyCreateView
    form_fields = ["name", "rate_limit", "revoked"]
    list_display = ["name", "prefix", "rate_limit", "created_at", "last_used_at", "revoked"]
    list_filter = ["revoked"]
    copy_view_enabled = False


class WebhookForm(WagtailAdminModelForm):
    events = forms.MultipleChoiceField(choices=WebhookEvent.choices, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Webhook
        fields = ["name", "url", "events", "secret", "is_active"]


class WebhookViewSet(ModelViewSet):
    model = Webhook
    name = "api_webhooks"
    icon = "link-external"
    menu_label = _("Webhooks")
    form_fields = ["name", "url", "events", "secret", "is_active"]
    list_display = ["name", "url", "is_active", "created_at"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return WebhookForm


class DeliveryLogPolicy(ModelPermissionPolicy):
    """The log is written by the system: it can be read (and old rows deleted), not edited."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(WebhookDelivery, DeliveryLogPolicy(WebhookDelivery), exact_class=True)


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    name = "api_webhook_deliveries"
    icon = "history"
    menu_label = _("Webhook deliveries")
    form_fields = []
    list_display = ["event", "webhook", "status", "attempts", "last_status_code", "created_at", "next_attempt_at"]
    list_filter = ["status", "event", "webhook"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "event_id", "webhook", "event", "status", "attempts", "created_at", "last_attempt_at",
        "next_attempt_at", "delivered_at", "last_status_code", "last_error", "payload",
    ]
    copy_view_enabled = False


class PartnerAPIViewSetGroup(ModelViewSetGroup):
    menu_label = _("Partner API")
    menu_icon = "code"
    menu_order = 800
    items = [APIKeyViewSet, WebhookViewSet, WebhookDeliveryViewSet]


def headless_preview(request, page_id):
    """Sign a preview token for the page's latest revision and send the editor
    to the headless front end (or, if none is configured, to the JSON)."""
    page = get_object_or_404(Page, id=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    token = make_preview_token(page)
    api_url = request.build_absolute_uri(reverse("api-preview")) + f"?token={token}"
    frontend = api_setting("API_PREVIEW_FRONTEND_URL")
    return redirect(frontend.format(token=token, api_url=api_url) if frontend else api_url)
