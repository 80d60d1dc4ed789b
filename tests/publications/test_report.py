"""The report page type: title, summary, chapters from chosen good-practice
and case-study pages, shown in the page's language and as a PDF in each
language (WeasyPrint, DejaVu fonts covering æ ø å ä ö ü ß)."""
import re

import pytest
from wagtail.models import Locale

from casestudies.models import CaseStudyPage, GoodPracticePage
from core.translation import translate_instance
from home.models import HomePage
from publications.models import ReportChapter, ReportPage

pytestmark = pytest.mark.django_db

TITLES = {"en": "Key findings", "da": "Vigtigste resultater for grænseregionen", "de": "Wichtigste Ergebnisse: Übergänge, Größe"}
SUMMARIES = {
    "en": "What the network learned.",
    "da": "Hvad netværket lærte om samarbejde på tværs af grænsen: æ, ø og å.",
    "de": "Was das Netzwerk über grenzüberschreitende Zusammenarbeit lernte: ä, ö, ü und ß.",
}


@pytest.fixture
def report():
    home = HomePage.objects.get(locale__language_code="en")
    practices = list(GoodPracticePage.objects.filter(locale__language_code="en").order_by("path")[:2])
    case = CaseStudyPage.objects.filter(locale__language_code="en").first()
    page = home.add_child(instance=ReportPage(title=TITLES["en"], slug="report", summary=SUMMARIES["en"]))
    for order, chapter in enumerate([*practices, case]):
        ReportChapter.objects.create(report=page, page=chapter, sort_order=order)
    page.save_revision().publish()
    for language in ("da", "de"):
        translate_instance(
            page, Locale.objects.get(language_code=language), {},
            fields={"title": TITLES[language], "summary": SUMMARIES[language], "slug": f"report-{language}"}, complete=True,
        )
    return page, [*practices, case]


def test_the_report_shows_its_chapters_in_each_language(client, report):
    english, chapters = report
    for language in ("en", "da", "de"):
        page = ReportPage.objects.get(translation_key=english.translation_key, locale__language_code=language)
        assert page.live
        html = client.get(page.url).content.decode()
        assert TITLES[language] in html and SUMMARIES[language] in html
        for chapter in chapters:
            translated = chapter.get_translation(page.locale)
            assert translated.title in html
        assert f'href="{page.url}pdf/"' in html


def test_the_pdf_is_built_in_each_language_with_fonts_covering_the_letters(client, report):
    english, _chapters = report
    for language in ("en", "da", "de"):
        page = ReportPage.objects.get(translation_key=english.translation_key, locale__language_code=language)
        response = client.get(f"{page.url}pdf/")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert f"-{language}.pdf" in response["Content-Disposition"]
        pdf = response.content
        assert pdf.startswith(b"%PDF-")
        fonts = set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)", _inflated(pdf)))
        assert fonts and all(font.startswith(b"DejaVu") for font in fonts), fonts
        # One page for the title and summary, one per chapter.
        assert len(re.findall(rb"/Type\s*/Page\b", _inflated(pdf))) >= 1 + len(_chapters)


def _inflated(pdf):
    """The PDF with its compressed streams (object streams hold the font
    dictionaries) inflated, to read which fonts are embedded."""
    import zlib

    parts = [pdf]
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            parts.append(zlib.decompressobj().decompress(stream))
        except zlib.error:
            continue
    return b"\n".join(parts)


def test_the_installed_fonts_cover_the_danish_and_german_letters():
    import subprocess

    from fontTools.ttLib import TTFont

    path = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in path, path
    cmap = TTFont(path).getBestCmap()
    assert all(ord(letter) in cmap for letter in "æøåÆØÅäöüÄÖÜß")
