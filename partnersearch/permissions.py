"""Who may change a cooperation request or a cluster profile, and who sees which
expressions of interest.

A cluster manager (partnersearch.ClusterManager) looks after their own
clusters only. Wagtail's page permissions follow the tree, and a cluster's
requests are siblings of every other cluster's requests under the one
"Partner search" section, so the tree alone cannot say it: the group
"Cluster managers" gets add/change on the section (and change on the cluster
index), and the testers below take away every page that does not belong to
one of the manager's clusters. Publishing is never granted: managers' changes
go through the moderation workflow to the Moderators.
"""
from functools import cached_property

from wagtail.models import PagePermissionTester

CLUSTER_MANAGERS = "Cluster managers"


def is_restricted_manager(user):
    """A cluster manager whose rights end at their clusters: not a superuser,
    in no group but "Cluster managers" and the per-cluster groups (managers.py)."""
    if not user.is_active or not user.is_authenticated or user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return CLUSTER_MANAGERS in names and all(name.startswith(CLUSTER_MANAGERS) for name in names)


def managed_cluster_keys(user):
    from .models import ClusterManager

    return ClusterManager.objects.cluster_keys_of(user)


class ManagerRestrictedTester(PagePermissionTester):
    """Base: ``belongs_to_manager`` says whether the page is one of the manager's."""

    def belongs_to_manager(self, keys):
        raise NotImplementedError

    @cached_property
    def outside_managers_clusters(self):
        if not is_restricted_manager(self.user):
            return False
        return not self.belongs_to_manager(managed_cluster_keys(self.user))

    def can_edit(self):
        return not self.outside_managers_clusters and super().can_edit()

    def can_publish(self):
        return not self.outside_managers_clusters and super().can_publish()

    def can_unpublish(self):
        return not self.outside_managers_clusters and super().can_unpublish()

    def can_delete(self, ignore_bulk=False):
        return not self.outside_managers_clusters and super().can_delete(ignore_bulk=ignore_bulk)

    def can_submit_for_moderation(self):
        return not self.outside_managers_clusters and super().can_submit_for_moderation()

    def can_lock(self):
        return not self.outside_managers_clusters and super().can_lock()

    def can_unlock(self):
        return not self.outside_managers_clusters and super().can_unlock()

    def can_move(self):
        return not self.outside_managers_clusters and super().can_move()

    def can_copy(self):
        return not self.outside_managers_clusters and super().can_copy()

    def can_view_revisions(self):
        return not self.outside_managers_clusters and super().can_view_revisions()


class CooperationRequestPermissionTester(ManagerRestrictedTester):
    def belongs_to_manager(self, keys):
        cluster = self.page.cluster
        return cluster is not None and cluster.translation_key in keys
