"""The home page of each language tree and the plain standard pages."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from agenda.models import EventPage
from api import fields as api
from core.blocks import SIMPLE_RICH_TEXT, BodyBlock
from core.localization import localized_specific_pages
from search.profile import SearchProfile
from website.visibility import public_pages


class HomePage(Page):
    """The root of a language tree: /en/, /da/, /de/."""

    hero_heading = models.CharField(max_length=255, blank=True)
    hero_text = models.TextField(blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Translated with the page (issue 16): the image is shared, its description is not.
    hero_image_alt = models.CharField(
        max_length=255, blank=True,
        help_text=_("What the hero image shows, in this page's language. Leave empty if it is only decoration."),
    )
    introduction = RichTextField(blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        InlinePanel("featured_pages", label=_("Featured clusters and case studies")),
    ]

    max_count_per_parent = 1
    # The partner API (api/): what /api/v2/pages/ shows of this page type.
    api_fields = [
        APIField("hero_heading"),
        APIField("hero_text"),
        APIField("hero_image", serializer=api.ImageRenditions(alt_field="hero_image_alt", decorative_when_empty=True)),
        APIField("introduction", serializer=api.RichTextHTML()),
        APIField("featured_pages", serializer=api.PageLinks(through="page")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    upcoming_events_shown = 3

    def featured(self):
        """The featured pages, each in this home page's language where translated
        (specific pages, a fixed number of queries)."""
        return localized_specific_pages([item.page for item in self.featured_pages.select_related("page")], self.locale)

    def upcoming_events(self):
        return (
            public_pages(EventPage.objects.filter(locale_id=self.locale_id))
            .upcoming().order_by("start_date")[: self.upcoming_events_shown]
        )


class HomePageFeaturedPage(Orderable):
    """A cluster or case study shown on the home page."""

    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+",
    )

    panels = [PageChooserPanel("page", ["clusters.ClusterPage", "casestudies.CaseStudyPage"])]


class StandardPage(Page):
    """A plain page: "About the project", "Partners", "Funding"."""

    intro = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    # The public search (search/profile.py).
    search_profile = SearchProfile(key="page", label=_("Page"), summary=["intro"], body=["body"])

    # The partner API (api/): what /api/v2/pages/ shows of this page type.
    api_fields = [
        APIField("intro"),
        APIField("body", serializer=api.StreamBlocks()),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
