"""The moderation workflow: editors submit, moderators approve and publish;
scheduled publishing; revisions and the audit log are kept."""
import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, WorkflowState

from home.editorial import REGX_EDITORS
from tests.admin_forms import post_edit
from tests.factories import english_cluster, make_user

pytestmark = pytest.mark.django_db


def test_editor_submits_and_moderator_approves_and_publishes(client):
    editor, moderator = make_user("regx", REGX_EDITORS), make_user("mod", "Moderators")
    page = english_cluster("plast-center-denmark")
    revisions_before = page.revisions.count()

    client.force_login(editor)
    response = post_edit(client, page, action="action-submit", short_description="Plastics and composites, reviewed.")
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.short_description != "Plastics and composites, reviewed."  # not live before approval
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.current_task_state.task.name == "Moderators approval"

    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])
    assert client.post(url, {"comment": ""}).status_code in (200, 302)

    page.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert page.short_description == "Plastics and composites, reviewed."
    assert page.revisions.count() > revisions_before
    actions = set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= actions


def test_scheduled_publishing_goes_live_when_due():
    page = english_cluster("robocluster")
    page.short_description = "Robots, scheduled."
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # go_live_at lies ahead: this schedules, it does not publish
    page.refresh_from_db()
    revision.refresh_from_db()
    assert page.short_description != "Robots, scheduled."
    assert revision.approved_go_live_at is not None

    # Let the hour pass: the scheduled time is now behind us. Then the scheduler
    # (`publish_scheduled`, which the worker runs) publishes it.
    due = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = due
    revision.content["go_live_at"] = due.isoformat()
    revision.save()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.short_description == "Robots, scheduled."
