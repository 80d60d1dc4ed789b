"""Publish in all languages: from a source page, sync every translation from
it and publish those whose segments are all translated; report the others.

Each translation is published the way its editor would publish it: directly
when the user may publish that page, otherwise submitted to the moderation
workflow that applies to it (the seed's "Moderators approval" covers the
whole tree). A translation with untranslated segments stays a draft: it is
synced, but neither published nor submitted.
"""
from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.ingest import ingest_segments

PUBLISHED = "published"
SUBMITTED = "submitted"
INCOMPLETE = "incomplete"
NOT_PERMITTED = "not_permitted"
IN_MODERATION = "in_moderation"

OUTCOME_LABELS = {
    PUBLISHED: _("Published"),
    SUBMITTED: _("Submitted for moderation"),
    INCOMPLETE: _("Not published: translation incomplete"),
    NOT_PERMITTED: _("Not published: you may neither publish nor submit this page"),
    IN_MODERATION: _("Updated in the moderation already under way"),
}
DONE = {PUBLISHED, SUBMITTED, IN_MODERATION}


@dataclass
class Outcome:
    language: str
    locale_name: str
    result: str
    page_id: int | None = None
    total_segments: int = 0
    translated_segments: int = 0

    @property
    def label(self):
        return OUTCOME_LABELS[self.result]

    @property
    def done(self):
        return self.result in DONE


def enabled_translations(page):
    """The page's synchronised translations (none if it is not a source)."""
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        return None, Translation.objects.none()
    translations = source.translations.filter(enabled=True).select_related("target_locale").order_by(
        "target_locale__language_code"
    )
    return source, translations


def incomplete_translation(page):
    """The enabled translation into ``page``'s language, if ``page`` is its
    target and segments are still untranslated; else None."""
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    total, done = translation.get_progress()
    return translation if done < total else None


def readiness(page):
    """Before the action: each translation's progress against the source as
    it is now (synced first, in a transaction rolled back, so that nothing
    changes until the editor confirms)."""
    outcomes = []
    with transaction.atomic():
        source, translations = enabled_translations(page)
        if source is not None:
            source.update_from_db()
            for translation in translations:
                total, done = translation.get_progress()
                outcomes.append(
                    Outcome(
                        translation.target_locale.language_code,
                        translation.target_locale.get_display_name(),
                        PUBLISHED if done == total else INCOMPLETE,
                        total_segments=total,
                        translated_segments=done,
                    )
                )
        transaction.set_rollback(True)
    return outcomes


def publish_in_all_languages(page, user):
    """Sync and publish (or submit) every complete translation of ``page``;
    returns an ``Outcome`` per language."""
    outcomes = []
    source, translations = enabled_translations(page)
    if source is None:
        return outcomes
    with transaction.atomic():
        source.update_from_db()
    for translation in translations:
        with transaction.atomic():
            outcomes.append(_publish_translation(translation, user))
    return outcomes


def _publish_translation(translation, user):
    locale = translation.target_locale
    total, done = translation.get_progress()
    outcome = Outcome(
        locale.language_code, locale.get_display_name(), INCOMPLETE, total_segments=total, translated_segments=done
    )
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:  # not created yet in that language
        target = None
    if done < total:
        if target is not None:
            outcome.page_id = target.pk
        return outcome
    target, revision = _draft_revision(translation, user)
    outcome.page_id = target.pk
    permissions = target.permissions_for_user(user)
    if permissions.can_publish():
        revision.publish(user=user)
        outcome.result = PUBLISHED
        return outcome
    workflow = target.get_workflow()
    if workflow is None or not permissions.can_submit_for_moderation():
        outcome.result = NOT_PERMITTED
        return outcome
    if target.workflow_in_progress:
        # The moderators review the latest revision, which now holds the sync.
        outcome.result = IN_MODERATION
        return outcome
    workflow.start(target, user)
    outcome.result = SUBMITTED
    return outcome


def _draft_revision(translation, user):
    """A new revision of the translated page from the synced source, leaving
    the page's live content alone until it is published.

    wagtail-localize's ``save_target(publish=False)`` writes the translated
    content into the page's row, which is what the public site shows: a
    translation submitted for moderation would be live before approval. So
    the content is built as wagtail-localize builds it (synchronised fields,
    then the translated segments) and only saved as a revision.
    """
    source, locale = translation.source, translation.target_locale
    target = translation.get_target_instance().specific
    if target.alias_of_id:
        # Still an alias: wagtail-localize converts it into a page of its own.
        translation.save_target(user=user, publish=False)
        target = translation.get_target_instance().specific
        return target, target.get_latest_revision()
    original = source.as_instance()
    copy_synchronised_fields(original, target)
    # Every segment is translated (checked by the caller): no fallback needed.
    segments = source._get_segments_for_translation(locale, fallback=False)
    ingest_segments(original, target, source.locale, locale, segments)
    return target, target.save_revision(user=user, log_action=True)
