"""Partner search in Wagtail's admin: the expressions of interest (cluster
managers see their own clusters' only and mark them answered; REG X, WTSH and
the moderators see all and export them as CSV), and manager invitations."""
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import Button

from . import services
from .models import Interest, ManagerInvitation
from .permissions import is_restricted_manager, managed_cluster_keys


def interests_visible_to(user, queryset=None):
    queryset = Interest.objects.all() if queryset is None else queryset
    if is_restricted_manager(user):
        return queryset.filter(cluster_key__in=managed_cluster_keys(user))
    return queryset


class ScopedObjectMixin:
    """Detail views: an interest outside a manager's clusters is refused."""

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not interests_visible_to(self.request.user).filter(pk=obj.pk).exists():
            raise PermissionDenied
        return obj


class InterestIndexView(generic.IndexView):
    def get_base_queryset(self):
        return interests_visible_to(self.request.user, super().get_base_queryset()).select_related("request_page")

    @cached_property
    def list_export(self):
        # The CSV/XLSX export is for REG X, WTSH and the moderators, not for cluster managers.
        return [] if is_restricted_manager(self.request.user) else InterestViewSet.export_fields


class InterestInspectView(ScopedObjectMixin, generic.InspectView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.answered_at is None and self.permission_policy.user_has_permission(self.request.user, "change"):
            buttons.append(Button(_("Mark answered"), url=reverse("partnersearch_interests:answered", args=[self.object.pk]), icon_name="check", priority=10))
        return buttons


class InterestEditView(ScopedObjectMixin, generic.EditView):
    pass


class InterestDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class InterestForm(WagtailAdminModelForm):
    answered = forms.BooleanField(label=_("Answered"), required=False)

    class Meta:
        model = Interest
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answered"].initial = self.instance.answered_at is not None

    def save(self, commit=True):
        if self.cleaned_data["answered"] and self.instance.answered_at is None:
            self.instance.answered_at = timezone.now()
            self.instance.answered_by = self.for_user
        elif not self.cleaned_data["answered"]:
            self.instance.answered_at = None
            self.instance.answered_by = None
        return super().save(commit)


class InterestViewSet(ModelViewSet):
    model = Interest
    name = "partnersearch_interests"
    icon = "mail"
    menu_label = _("Interests")
    index_view_class = InterestIndexView
    inspect_view_class = InterestInspectView
    edit_view_class = InterestEditView
    delete_view_class = InterestDeleteView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []
    list_display = ["name", "organisation", "country", "request_page", "created_at", "answered_at"]
    list_filter = ["country", "language"]
    search_fields = ["name", "organisation", "email", "message"]
    export_fields = ["created_at", "request_page", "name", "organisation", "country", "email", "message", "language", "answered_at"]
    inspect_view_fields = ["request_page", "name", "organisation", "country", "email", "message", "consent", "language", "created_at", "answered_at"]
    export_filename = "interests"

    def get_form_class(self, for_update=False):
        return InterestForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("<int:pk>/answered/", mark_answered, name="answered")]


@require_POST
def mark_answered(request, pk):
    interest = get_object_or_404(Interest, pk=pk)
    if not request.user.has_perm("partnersearch.change_interest") or not interests_visible_to(request.user).filter(pk=pk).exists():
        raise PermissionDenied
    if interest.answered_at is None:
        interest.answered_at = timezone.now()
        interest.answered_by = request.user
        interest.save(update_fields=["answered_at", "answered_by"])
        messages.success(request, _("Marked as answered."))
    return redirect("partnersearch_interests:inspect", pk)


class InvitationForm(WagtailAdminModelForm):
    class Meta:
        model = ManagerInvitation
        fields = ["email", "clusters", "language"]
        widgets = {"clusters": forms.CheckboxSelectMultiple, "language": forms.Select(choices=settings.WAGTAIL_CONTENT_LANGUAGES)}


class InvitationCreateView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        invitation, _token = services.invite_manager(data["email"], data["clusters"], self.request.user, data["language"])
        return invitation

    def get_success_message(self, instance):
        return _("Invitation to %(email)s created: the worker sends it by e-mail.") % {"email": instance.email}


class InvitationViewSet(ModelViewSet):
    model = ManagerInvitation
    name = "partnersearch_invitations"
    icon = "user"
    menu_label = _("Manager invitations")
    add_view_class = InvitationCreateView
    copy_view_enabled = False
    list_display = ["email", "created_at", "expires_at", "accepted_at"]

    def get_form_class(self, for_update=False):
        return InvitationForm


class PartnerSearchViewSetGroup(ModelViewSetGroup):
    menu_label = _("Partner search")
    menu_icon = "group"
    items = (InterestViewSet, InvitationViewSet)
