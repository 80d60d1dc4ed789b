"""Creating translations through wagtail-localize from code.

Seed content arrives with its Danish and German texts already written. Rather
than copying pages by hand (which would leave them outside wagtail-localize's
synchronisation), the texts are entered into wagtail-localize's translation
memory exactly as an editor's translations would be, and the translated page is
then saved from it. Later syncs from the English page therefore keep the
translated texts and update the synchronised fields (numbers, dates, links).
"""
from django.conf import settings
from django.db import transaction
from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


def segment_text(text):
    """A plain text as wagtail-localize stores it in a string segment (HTML-escaped)."""
    return StringValue.from_plaintext(text).data


def glossary_for(texts, language_code, source_language="en"):
    """A source-segment → translated-segment mapping from ``{language: text}``
    dicts; list values (paragraphs, topics) pair up item by item."""
    glossary = {}
    for text in texts:
        source, target = text.get(source_language), text.get(language_code)
        if isinstance(source, str):
            source, target = [source], [target]
        for source_item, target_item in zip(source or [], target or []):
            if source_item and target_item:
                glossary[segment_text(source_item)] = segment_text(target_item)
    return glossary


def in_source_language():
    """``limit_choices_to`` for fields that link to translatable things (terms,
    pages): content refers to the source-language record and finds its
    translations by translation key, so links stay the same in every language."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


@transaction.atomic
def translate_instance(instance, locale, glossary, user=None, publish=True, fields=None, complete=False):
    """Create or update ``instance``'s translation into ``locale``.

    ``fields`` gives translations by field path (e.g. ``{"slug": "klynger"}``);
    every other translatable string of the source is looked up in ``glossary``;
    strings without an entry keep the source text (wagtail-localize's fallback),
    which is also what an editor sees for a string not translated yet.
    ``complete=True`` says the translation is finished: such strings (names,
    slugs, places that read the same in every language) are recorded as
    translated to themselves, so wagtail-localize and the translation
    dashboard count the page as fully translated, not in progress.
    Returns the translated instance.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = source.stringsegment_set.select_related("string", "context")
    for segment in segments:
        translated = (fields or {}).get(segment.context.path)
        translated = segment_text(translated) if translated else glossary.get(segment.string.data)
        if translated is None and complete:
            translated = segment.string.data
        if translated is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": "seed content",
                "last_translated_by": user,
                "has_error": False,
                "field_error": "",
            },
        )
    if not isinstance(instance, DraftStateMixin):
        translation.save_target(user=user)
        return instance.get_translation(locale)
    # wagtail-localize publishes a translated page on transaction commit, from a
    # revision object that still holds the page's tree fields as they were. When
    # children are added in the same transaction (as seeding does), that late
    # publish would write back a stale child count. Saving a draft and
    # publishing it at once keeps every step consistent.
    translation.save_target(user=user, publish=False)
    translated = instance.get_translation(locale)
    if publish:
        translated.get_latest_revision().publish(user=user)
        translated.refresh_from_db()
    return translated
