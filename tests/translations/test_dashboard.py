"""The translation dashboard (Reports → Translation dashboard) and the
statuses it shows: translated, in progress, out of date, untranslated alias;
the same status in the API's ``meta.translation_status``."""
import csv
import io

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page

from clusters.models import ClusterPage
from tests.factories import english_cluster, make_user, new_english_cluster
from translations.status import IN_PROGRESS, OUT_OF_DATE, SOURCE, TRANSLATED, UNTRANSLATED, statuses_for_page

pytestmark = pytest.mark.django_db


def _sync(page):
    """What "Sync translated pages" does first: extract the source again."""
    TranslationSource.update_or_create_from_instance(page)


def test_seeded_pages_are_translated_in_both_languages():
    statuses = statuses_for_page(english_cluster("cewind"))
    assert statuses["en"].status == SOURCE
    for language in ("da", "de"):
        assert statuses[language].status == TRANSLATED
        assert statuses[language].progress == 100
        assert statuses[language].live


def test_a_changed_source_is_out_of_date_with_the_date_until_synced():
    page = english_cluster("cewind")
    page.short_description = "Wind energy research, rewritten."
    revision = page.save_revision()
    statuses = statuses_for_page(page)
    for language in ("da", "de"):
        assert statuses[language].status == OUT_OF_DATE
        assert statuses[language].source_changed_at == revision.created_at

    _sync(page)  # the new sentence has no translation yet
    statuses = statuses_for_page(page)
    for language in ("da", "de"):
        assert statuses[language].status == IN_PROGRESS
        assert 0 < statuses[language].progress < 100


def test_progress_counts_translated_segments():
    page = english_cluster("cewind")
    source = TranslationSource.objects.get_for_instance(page)
    danish = Locale.objects.get(language_code="da")
    segments = source.stringsegment_set.all()
    total = segments.count()
    translated = StringTranslation.objects.filter(
        locale=danish,
        context__in=segments.values("context"),
        translation_of__in=segments.values("string"),
    )
    assert translated.count() == total
    StringTranslation.objects.filter(pk__in=list(translated.values_list("pk", flat=True)[:2])).delete()

    status = statuses_for_page(page)["da"]
    assert status.status == IN_PROGRESS
    assert status.progress == int((total - 2) * 100 / total)
    assert statuses_for_page(page)["de"].status == TRANSLATED


def test_a_new_page_is_an_untranslated_alias_in_the_other_languages():
    page = new_english_cluster()
    create_aliases_for_new_page(page)
    statuses = statuses_for_page(page)
    for language in ("da", "de"):
        assert statuses[language].status == UNTRANSLATED
        alias = Page.objects.get(pk=statuses[language].page_id)
        assert alias.alias_of_id == page.pk
        # One click from the dashboard: the form that starts the translation.
        assert statuses[language].editor_url == reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def _dashboard(client, **params):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.filter(username="dashboard-admin").first()
    client.force_login(admin or make_user("dashboard-admin", superuser=True))
    return client.get(reverse("translation_dashboard"), params)


def test_dashboard_lists_pages_with_their_status_and_editor_links(client):
    page = english_cluster("cewind")
    page.save_revision()  # out of date in Danish and German
    danish = ClusterPage.objects.get(translation_key=page.translation_key, locale__language_code="da")
    response = _dashboard(client)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Translation dashboard" in html
    row = html.split(f'data-page-id="{page.pk}"', 1)[1].split("</tr>", 1)[0]
    assert 'data-language="da" data-status="out_of_date"' in row
    assert reverse("wagtailadmin_pages:edit", args=[danish.pk]) in row
    assert "source changed" in row


def test_dashboard_filters_by_section_type_language_and_status(client):
    page = english_cluster("cewind")
    page.save_revision()
    clusters_section = page.get_parent()
    response = _dashboard(
        client, section=clusters_section.path, content_type=page.content_type_id, language="de", status="out_of_date"
    )
    assert response.status_code == 200
    rows = response.context["object_list"]
    assert [row.page.pk for row in rows] == [page.pk]
    assert [status.language for status in rows[0].statuses] == ["de"]

    response = _dashboard(client, section=clusters_section.path, status="translated")
    ids = {row.page.pk for row in response.context["object_list"]}
    assert page.pk not in ids
    assert ids and all(Page.objects.get(pk=pk).path.startswith(clusters_section.path) for pk in ids)


def test_dashboard_exports_one_csv_line_per_page_and_language(client):
    page = english_cluster("cewind")
    page.save_revision()
    response = _dashboard(client, export="csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = list(csv.DictReader(io.StringIO(body)))
    mine = [line for line in lines if line["Page ID"] == str(page.pk)]
    assert sorted(line["Language"] for line in mine) == ["da", "de"]
    assert all(line["Status"] == "Out of date" and line["Source changed at"] for line in mine)
    source_pages = Page.objects.filter(depth__gt=1, alias_of__isnull=True, locale__language_code="en").count()
    assert len(lines) == 2 * source_pages


def test_editors_without_page_permissions_are_refused(client):
    client.force_login(make_user("nobody"))
    response = client.get(reverse("translation_dashboard"))
    assert response.status_code in (302, 403)


def test_api_meta_carries_the_translation_status(client):
    from api.models import PageDocument

    page = english_cluster("cewind")
    client.get(f"/api/v2/pages/{page.pk}/")  # the precomputed document is stored on this read
    assert PageDocument.objects.filter(page_id=page.pk).exists()
    page.save_revision()
    # The draft makes the translations out of date: the stored documents of
    # the whole translation group are dropped and rebuilt on the next read.
    assert not PageDocument.objects.filter(page__translation_key=page.translation_key).exists()
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    status = data["meta"]["translation_status"]
    assert status["en"]["status"] == "source"
    assert status["da"]["status"] == "out_of_date" and status["da"]["source_changed_at"]
    listing = client.get("/api/v2/pages/", {"type": "clusters.ClusterPage", "fields": "translation_status", "locale": "da"}).json()
    assert all(item["meta"]["translation_status"]["en"]["status"] == "source" for item in listing["items"])


def test_a_segment_translated_or_withdrawn_refreshes_the_api_translation_status(client):
    """Issue 11's precomputed documents follow wagtail-localize's editor:
    the status is never older than the segments behind it."""
    from api.models import PageDocument

    page = english_cluster("cewind")
    danish_page = page.get_translation(Locale.objects.get(language_code="da"))
    assert client.get(f"/api/v2/pages/{danish_page.pk}/").json()["meta"]["translation_status"]["da"]["progress"] == 100
    assert PageDocument.objects.filter(page_id=danish_page.pk).exists()

    source = TranslationSource.objects.get_for_instance(page)
    segments = source.stringsegment_set.all()
    translated = StringTranslation.objects.filter(
        locale=danish_page.locale, context__in=segments.values("context"), translation_of__in=segments.values("string"),
    )
    withdrawn = translated.first()
    withdrawn.delete()  # what "delete translation" in the editor does
    assert not PageDocument.objects.filter(page_id=danish_page.pk).exists()
    status = client.get(f"/api/v2/pages/{danish_page.pk}/").json()["meta"]["translation_status"]["da"]
    assert status["status"] == IN_PROGRESS and status["progress"] < 100
