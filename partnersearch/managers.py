"""Cluster managers' accounts and groups, on Wagtail's page permissions.

- "Cluster managers" (every manager): admin access, add and change in the
  Partner search section of each language, and the interests of their own
  clusters' requests (admin.py filters them); partnersearch/permissions.py
  takes away other clusters' requests.
- "Cluster managers: <cluster slug>" (one group per cluster): change on that
  cluster's profile in every language, and nothing else.
Neither group may publish: the "Moderators approval" workflow, which covers
the whole tree (home/editorial.py), sends their changes to the Moderators.
"""
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from home.editorial import EDITOR_COLLECTION_PERMISSIONS

from .models import ClusterManager
from .permissions import CLUSTER_MANAGERS

MANAGER_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("partnersearch", "view_interest"),
    ("partnersearch", "change_interest"),
]


def _grant_pages(group, pages, permission_types):
    for page in pages:
        for permission_type in permission_types:
            if not GroupPagePermission.objects.filter(group=group, page=page, permission__codename=f"{permission_type}_page").exists():
                GroupPagePermission.objects.create(group=group, page=page, permission_type=permission_type)


def cluster_managers_group():
    """The shared group (idempotent)."""
    from .models import PartnerSearchIndexPage

    group, _ = Group.objects.get_or_create(name=CLUSTER_MANAGERS)
    for app_label, codename in MANAGER_MODEL_PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    _grant_pages(group, PartnerSearchIndexPage.objects.all(), ["add", "change"])
    collection = Collection.get_first_root_node()
    for app_label, codename in EDITOR_COLLECTION_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    return group


def cluster_group(cluster):
    """The group that may change ``cluster``'s profile in every language (idempotent)."""
    group, _ = Group.objects.get_or_create(name=f"{CLUSTER_MANAGERS}: {cluster.slug}")
    _grant_pages(group, Page.objects.filter(translation_key=cluster.translation_key), ["change"])
    return group


@transaction.atomic
def make_manager(user, cluster):
    ClusterManager.objects.get_or_create(user=user, cluster=cluster)
    user.groups.add(cluster_managers_group(), cluster_group(cluster))


@transaction.atomic
def accept(invitation, password_form):
    """Set the password (creating the account if needed), make the user a
    manager of the invited clusters and use up the invitation."""
    user = password_form.save()
    for cluster in invitation.clusters.all():
        make_manager(user, cluster)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    return user
