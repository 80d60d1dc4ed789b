"""The report page type: a title, a summary and chapters taken from selected
good-practice and case-study pages, shown in the page's language and
downloadable as a PDF (``<page url>pdf/``, built with WeasyPrint)."""
from django.db import models
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from api import fields as api
from core.localization import localized_specific_pages

CHAPTER_TYPES = ["casestudies.GoodPracticePage", "casestudies.CaseStudyPage"]


class ReportChapter(Orderable):
    """One chapter: a good-practice or case-study page (the English record;
    each language's report shows that language's translation)."""

    report = ParentalKey("publications.ReportPage", on_delete=models.CASCADE, related_name="chapters")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page", CHAPTER_TYPES)]


class ReportPage(RoutablePageMixin, Page):
    summary = models.TextField(help_text=_("What the report is about, in a few sentences."))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        InlinePanel("chapters", label=_("Chapters (good practice and case studies)")),
    ]
    # The chapters are the same in every language; their pages are shown translated.
    override_translatable_fields = [SynchronizedField("chapters")]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    api_fields = [
        APIField("summary"),
        APIField("chapters", serializer=api.PageLinks(through="page")),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("report")

    def chapter_pages(self):
        """The chapters' pages in this report's language where translated
        and public (a fixed number of queries)."""
        pages = [chapter.page for chapter in self.chapters.select_related("page")]
        return localized_specific_pages(pages, self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapter_pages"] = self.chapter_pages()
        return context

    @path("pdf/")
    def pdf(self, request):
        from .pdf import render_pdf  # WeasyPrint loads Pango: only when a PDF is asked for

        html = render_to_string(
            "publications/report_pdf.html", {"page": self, "chapter_pages": self.chapter_pages()}, request=request
        )
        response = HttpResponse(render_pdf(html, base_url=request.build_absolute_uri("/")), content_type="application/pdf")
        filename = f"{slugify(self.title) or 'report'}-{self.locale.language_code}.pdf"
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response
