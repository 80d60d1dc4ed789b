"""Publish in all languages: one action from a source page syncs every
translation, publishes the complete ones (or submits them to the moderation
workflow), reports the incomplete ones, which stay drafts."""
import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringTranslation, TranslationSource

from casestudies.models import GoodPracticePage
from home.editorial import MODERATORS, REGX_EDITORS
from tests.admin_forms import post_edit
from tests.factories import make_user
from translations.publishing import INCOMPLETE, PUBLISHED, SUBMITTED

pytestmark = pytest.mark.django_db

NEW_SUMMARY = "Align expectations early, in writing, on both sides of the border."
DANISH_SUMMARY = "Afstem forventningerne tidligt og skriftligt på begge sider af grænsen."


def _changed_source():
    """An English good practice whose summary changed and was published: both
    translations are now out of date."""
    page = GoodPracticePage.objects.filter(locale__language_code="en").order_by("path").first()
    page.summary = NEW_SUMMARY
    page.save_revision().publish()
    return page


def _translate_new_summary_into_danish(page):
    """What a translator does in the editor after a sync: the new segment in Danish only."""
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    segment = source.stringsegment_set.get(string__data=NEW_SUMMARY)
    StringTranslation.objects.create(
        translation_of=segment.string, context=segment.context,
        locale=Locale.objects.get(language_code="da"), data=DANISH_SUMMARY,
    )


def _translation(page, language):
    return GoodPracticePage.objects.get(translation_key=page.translation_key, locale__language_code=language)


def _results(response):
    return {cell.language: cell.result for cell in response.context["outcomes"]}


def test_moderator_publishes_the_complete_translations_and_gets_the_others_reported(client):
    page = _changed_source()
    _translate_new_summary_into_danish(page)
    german_before = _translation(page, "de").summary
    client.force_login(make_user("mod", MODERATORS))
    url = reverse("translations_publish_all", args=[page.pk])

    preview = client.get(url)
    assert preview.status_code == 200
    assert _results(preview) == {"da": PUBLISHED, "de": INCOMPLETE}

    response = client.post(url)
    assert response.status_code == 200
    assert _results(response) == {"da": PUBLISHED, "de": INCOMPLETE}
    html = response.content.decode()
    assert "Not published: translation incomplete" in html

    danish, german = _translation(page, "da"), _translation(page, "de")
    assert danish.live and danish.summary == DANISH_SUMMARY and not danish.has_unpublished_changes
    assert german.summary == german_before  # the half-translated German page did not go live


def test_an_editor_without_publish_permission_submits_the_translations_to_moderation(client):
    page = _changed_source()
    _translate_new_summary_into_danish(page)
    client.force_login(make_user("regx", REGX_EDITORS))
    response = client.post(reverse("translations_publish_all", args=[page.pk]))
    assert response.status_code == 200
    assert _results(response) == {"da": SUBMITTED, "de": INCOMPLETE}
    danish = _translation(page, "da")
    assert danish.summary != DANISH_SUMMARY  # not live before a moderator approves
    state = WorkflowState.objects.get(object_id=str(danish.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.current_task_state.task.name == f"{MODERATORS} approval"
    assert state.current_task_state.revision.as_object().summary == DANISH_SUMMARY


def test_looking_at_the_action_changes_nothing(client):
    page = _changed_source()
    source = TranslationSource.objects.get_for_instance(page)
    synced_before = source.last_updated_at
    client.force_login(make_user("mod", MODERATORS))
    response = client.get(reverse("translations_publish_all", args=[page.pk]))
    assert response.status_code == 200
    assert _results(response) == {"da": INCOMPLETE, "de": INCOMPLETE}
    source.refresh_from_db()
    assert source.last_updated_at == synced_before
    assert not source.stringsegment_set.filter(string__data=NEW_SUMMARY).exists()


def test_the_action_is_offered_on_source_pages_only(client):
    page = _changed_source()
    client.force_login(make_user("mod", MODERATORS))
    url = reverse("translations_publish_all", args=[page.pk])
    assert url in client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    danish = _translation(page, "da")
    assert reverse("translations_publish_all", args=[danish.pk]) not in client.get(
        reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    ).content.decode()


def test_translation_editor_refuses_to_publish_an_incomplete_translation(client):
    page = _changed_source()
    TranslationSource.objects.get_for_instance(page).update_from_db()  # German now lacks a segment
    german = _translation(page, "de")
    client.force_login(make_user("mod", MODERATORS))
    response = client.post(reverse("wagtailadmin_pages:edit", args=[german.pk]), {"action": "publish"}, follow=True)
    assert response.status_code == 200
    assert "stays a draft until every segment is translated" in response.content.decode()
    german.refresh_from_db()
    assert german.summary != NEW_SUMMARY


def test_users_who_cannot_edit_the_page_are_refused(client):
    page = _changed_source()
    client.force_login(make_user("nobody"))
    response = client.post(reverse("translations_publish_all", args=[page.pk]))
    assert response.status_code in (302, 403)
    assert not _translation(page, "da").summary == NEW_SUMMARY
