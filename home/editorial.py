"""The editorial set-up of the two partner agencies.

- "REG X editors" and "WTSH editors" may add and edit pages anywhere in the
  three language trees (the shared sections: case studies, good practice,
  events, project ideas, standard pages), but cluster profiles only when their
  agency is responsible for the cluster (see clusters/permissions.py). They
  cannot publish: they submit to the moderation workflow.
- "Moderators" approve and publish. Every page goes through the "Moderators
  approval" workflow, which Wagtail creates on installation and which is made
  sure of here.
Revisions and the audit log are kept by Wagtail for every change.
"""
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

MODERATORS = "Moderators"
REGX_EDITORS = "REG X editors"
WTSH_EDITORS = "WTSH editors"
WORKFLOW_NAME = "Moderators approval"

EDITOR_PAGE_PERMISSIONS = ["add", "change", "lock"]
MODERATOR_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock", "bulk_delete"]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"), ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"), ("wagtaildocs", "choose_document"),
]
EDITOR_MODEL_PERMISSIONS = [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]


def _group(name, page_permissions):
    group, _ = Group.objects.get_or_create(name=name)
    root = Page.get_first_root_node()
    for permission_type in page_permissions:
        if not GroupPagePermission.objects.filter(
            group=group, page=root, permission__codename=f"{permission_type}_page"
        ).exists():
            GroupPagePermission.objects.create(group=group, page=root, permission_type=permission_type)
    for app_label, codename in EDITOR_MODEL_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission:
            group.permissions.add(permission)
    collection = Collection.get_first_root_node()
    for app_label, codename in EDITOR_COLLECTION_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    return group


def regx_editors():
    return _group(REGX_EDITORS, EDITOR_PAGE_PERMISSIONS)


def wtsh_editors():
    return _group(WTSH_EDITORS, EDITOR_PAGE_PERMISSIONS)


def moderators():
    return _group(MODERATORS, MODERATOR_PAGE_PERMISSIONS)


# Seed partners name their editors' group by key.
PARTNER_EDITOR_GROUPS = {"regx": regx_editors, "wtsh": wtsh_editors}


@transaction.atomic
def set_up_editorial_workflow():
    """Idempotent: groups, their permissions and the moderation workflow on the whole tree."""
    moderator_group = moderators()
    regx_editors()
    wtsh_editors()
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=f"{MODERATORS} approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=f"{MODERATORS} approval")
    task.groups.add(moderator_group)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.get_first_root_node()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
