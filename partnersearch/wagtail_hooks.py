from django.urls import reverse
from wagtail import hooks

from .admin import PartnerSearchViewSetGroup
from .permissions import is_restricted_manager, managed_cluster_keys


@hooks.register("register_admin_viewset")
def register_partner_search_viewsets():
    return PartnerSearchViewSetGroup()


@hooks.register("construct_explorer_page_queryset")
def hide_other_clusters_requests(parent_page, pages, request):
    """A cluster manager does not even see other clusters' requests in the page explorer."""
    from .models import CooperationRequestPage

    if not is_restricted_manager(request.user):
        return pages
    others = CooperationRequestPage.objects.exclude(cluster__translation_key__in=managed_cluster_keys(request.user))
    return pages.exclude(pk__in=others.values("pk"))
