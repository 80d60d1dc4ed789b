from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy

from .admin import PartnerSearchViewSetGroup
from .permissions import is_restricted_manager, managed_cluster_keys


class ManagerAwarePagePolicy(PagePermissionPolicy):
    """Wagtail's page policy, except that a cluster manager cannot even list
    other clusters' cooperation requests: their permission on the Partner
    search section would otherwise make every request explorable (the page
    explorer, the admin's page search, the side menu all ask this)."""

    def explorable_instances(self, user):
        from .models import CooperationRequestPage

        pages = super().explorable_instances(user)
        if not is_restricted_manager(user):
            return pages
        others = CooperationRequestPage.objects.exclude(cluster__translation_key__in=managed_cluster_keys(user))
        return pages.exclude(pk__in=others.values("pk"))


# Registered at import time, before any view asks for the page policy (Wagtail's documented place).
register_permission_policy(Page, ManagerAwarePagePolicy(Page), exact_class=True)


@hooks.register("register_admin_viewset")
def register_partner_search_viewsets():
    return PartnerSearchViewSetGroup()
