"""Where each page stands in each content language, computed for many pages
at once (the dashboard, the API's ``meta.translation_status``).

For a page and a language other than its source's, the status is one of:

- ``translated``: a real translation whose segments are all translated and
  whose source has not changed since it was last synced;
- ``in_progress``: a translation with segments still untranslated
  (``progress`` is the percentage done);
- ``out_of_date``: the source page changed (``source_changed_at``) after the
  translation was last synced from it (``synced_at``);
- ``untranslated``: the language shows an alias with the source's content
  (or, outside synchronised trees, no page at all).

The counting follows wagtail-localize's ``Translation.get_progress`` (a
segment is translated when a ``StringTranslation`` without error exists for
its string and context in the target locale), but in one query for all pages and
languages.
"""
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

SOURCE = "source"
TRANSLATED = "translated"
IN_PROGRESS = "in_progress"
OUT_OF_DATE = "out_of_date"
UNTRANSLATED = "untranslated"

STATUSES = (TRANSLATED, IN_PROGRESS, OUT_OF_DATE, UNTRANSLATED)


@dataclass
class LanguageStatus:
    """One page in one language."""

    language: str
    status: str
    page_id: int | None = None  # the page in that language (alias or translation)
    live: bool = False
    progress: int | None = None  # percent of segments translated, for a real translation
    source_changed_at: datetime | None = None  # set when out of date
    synced_at: datetime | None = None  # when the source was last synced into translations
    translation_id: int | None = None
    source_page_id: int | None = None

    @property
    def editor_url(self):
        """One click from the dashboard: the translation editor of a real
        translation (wagtail-localize opens it from the page's edit view),
        the "translate this page" form for a language still untranslated."""
        if self.status != UNTRANSLATED and self.page_id:
            return reverse("wagtailadmin_pages:edit", args=[self.page_id])
        if self.source_page_id:
            return reverse("wagtail_localize:submit_page_translation", args=[self.source_page_id])
        return None

    def as_api(self):
        return {
            "status": self.status,
            "progress": self.progress,
            "source_changed_at": self.source_changed_at.isoformat() if self.source_changed_at else None,
        }


def _source_pages(pages_by_key, source_locales, default_language):
    """The source page of each translation key: the one wagtail-localize
    extracts translations from, else the non-alias page in the default
    language, else any non-alias page."""
    chosen = {}
    for key, pages in pages_by_key.items():
        by_locale = {page.locale_id: page for page in pages}
        page = by_locale.get(source_locales.get(key))
        if page is None:
            originals = [p for p in pages if not p.alias_of_id]
            page = next((p for p in originals if p.locale.language_code == default_language), None)
            page = page or (originals[0] if originals else None)
        if page is not None:
            chosen[key] = page
    return chosen


def _pages_with_translation_state(keys):
    """The pages of these translation keys, each annotated with its
    wagtail-localize translation (``tr_*``: id, enabled, the source's locale
    and last sync, the source's segment count and how many are translated
    into the page's locale): one query."""
    translation = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
    ).order_by("-source__last_updated_at")
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id")).order_by()
    translated = segments.filter(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("target_locale_id")),
                has_error=False,
            )
        )
    )

    def count(queryset):
        return Subquery(queryset.values("source_id").annotate(n=Count("pk")).values("n"), output_field=IntegerField())

    with_counts = translation.annotate(total=count(segments), done=count(translated))

    def first(field, queryset=translation):
        return Subquery(queryset.values(field)[:1])

    # Sources extracted from this page: a source page has no translation into its own locale.
    source_of_group = TranslationSource.objects.filter(object_id=OuterRef("translation_key")).order_by("-last_updated_at")
    return (
        Page.objects.filter(translation_key__in=keys)
        .select_related("locale")
        .only(
            "id", "translation_key", "locale_id", "locale__language_code", "alias_of_id", "live",
            "latest_revision_created_at",
        )
        .annotate(
            tr_id=first("pk"),
            tr_enabled=first("enabled"),
            tr_synced_at=first("source__last_updated_at"),
            tr_total=first("total", with_counts),
            tr_done=first("done", with_counts),
            group_source_locale_id=Subquery(source_of_group.values("locale_id")[:1]),
            group_synced_at=Subquery(source_of_group.values("last_updated_at")[:1]),
        )
    )


def statuses_for_keys(translation_keys, languages=None):
    """``{translation_key: {language: LanguageStatus}}`` for the given pages'
    translation keys; the source language appears with status ``source``.
    One query, whatever the number of pages and languages."""
    keys = {key for key in translation_keys if key}
    if not keys:
        return {}
    pages_by_key = defaultdict(list)
    source_locales = {}
    for page in _pages_with_translation_state(keys):
        pages_by_key[page.translation_key].append(page)
        if page.group_source_locale_id:
            source_locales[page.translation_key] = page.group_source_locale_id
    source_pages = _source_pages(pages_by_key, source_locales, settings.LANGUAGE_CODE)

    result = {}
    for key, source_page in source_pages.items():
        statuses = {}
        for page in pages_by_key[key]:
            language = page.locale.language_code
            if languages and language not in languages:
                continue
            if page.pk == source_page.pk:
                statuses[language] = LanguageStatus(
                    language, SOURCE, page_id=page.pk, live=page.live, source_page_id=page.pk
                )
                continue
            status = LanguageStatus(language, UNTRANSLATED, page_id=page.pk, live=page.live, source_page_id=source_page.pk)
            statuses[language] = status
            if page.alias_of_id:
                continue
            status.status = TRANSLATED
            # Only the translation from the group's current source counts.
            if not page.tr_id or not page.tr_enabled or page.tr_synced_at != page.group_synced_at:
                # Translated by hand outside wagtail-localize's sync: nothing to measure.
                continue
            status.translation_id = page.tr_id
            status.synced_at = page.tr_synced_at
            total, done = page.tr_total or 0, page.tr_done or 0
            status.progress = 100 if total == 0 else int(done * 100 / total)
            changed_at = source_page.latest_revision_created_at
            if changed_at and changed_at > page.tr_synced_at:
                status.status = OUT_OF_DATE
                status.source_changed_at = changed_at
            elif done < total:
                status.status = IN_PROGRESS
        # A language without any page (a tree not synchronised): untranslated.
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code not in statuses and (not languages or code in languages):
                statuses[code] = LanguageStatus(code, UNTRANSLATED, source_page_id=source_page.pk)
        result[key] = statuses
    return result


def statuses_for_page(page):
    return statuses_for_keys([page.translation_key]).get(page.translation_key, {})
