from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import PendingIndexChangeViewSet, ReadOnlyPolicy
from .models import PendingIndexChange

register_permission_policy(PendingIndexChange, ReadOnlyPolicy(PendingIndexChange))


@hooks.register("register_admin_viewset")
def register_pending_index_changes():
    return PendingIndexChangeViewSet("search_pending_changes")
