"""Reports → "Search index: pending changes": the outbox, read-only."""
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import PendingIndexChange


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Rows are written and applied by the system; editors may only look."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class PendingIndexChangeIndexView(IndexView):
    # Newest first: pending rows are the recent ones; applied rows are kept a day.
    default_ordering = "-id"


class PendingIndexChangeViewSet(ModelViewSet):
    model = PendingIndexChange
    index_view_class = PendingIndexChangeIndexView
    icon = "search"
    menu_label = _("Search index: pending changes")
    menu_hook = "register_reports_menu_item"
    url_prefix = "reports/search-index-changes"
    form_fields = []
    list_display = ["page_id", "created_at", "attempts", "next_attempt_at", "applied_at", "last_error"]
    inspect_view_enabled = True
    copy_view_enabled = False
