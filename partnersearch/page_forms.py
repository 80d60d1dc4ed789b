"""The page editor's form of cooperation requests."""
from wagtail.admin.forms import WagtailAdminPageForm

from .permissions import is_restricted_manager, managed_cluster_keys


class CooperationRequestAdminForm(WagtailAdminPageForm):
    """A cluster manager can only choose their own clusters as the owning cluster."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is not None and "cluster" in self.fields and is_restricted_manager(user):
            self.fields["cluster"].queryset = self.fields["cluster"].queryset.filter(
                translation_key__in=managed_cluster_keys(user)
            )
