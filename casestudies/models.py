"""What the network learned: cross-border case studies from elsewhere in Europe,
the good-practice recommendations drawn from them, and the cross-border
project ideas that came out of the network."""
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from api import fields as api
from core.blocks import SIMPLE_RICH_TEXT, BodyBlock, LinkBlock
from core.models import SectionIndexPage
from core.translation import in_source_language
from search.profile import SearchProfile
from taxonomy.countries import EUROPEAN_COUNTRIES

from .filters import section_listing

YEAR_VALIDATORS = [MinValueValidator(1950), MaxValueValidator(2100)]


class CaseStudySectionIndexPage(SectionIndexPage):
    """The three sections of this app list their pages the same way: filtered
    by theme where the listed type has themes."""

    class Meta:
        abstract = True

    def listing(self, request):
        return section_listing(self, request)


# --- Case studies -------------------------------------------------------------


class CaseStudyIndexPage(CaseStudySectionIndexPage):
    listed_type = "casestudies.CaseStudyPage"
    subpage_types = ["casestudies.CaseStudyPage"]


class CaseStudyCountry(Orderable):
    page = ParentalKey("casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="countries")
    country = models.CharField(max_length=2, choices=EUROPEAN_COUNTRIES)

    panels = [FieldPanel("country")]

    def __str__(self):
        return self.get_country_display()


class CaseStudyPage(Page):
    """A cross-border cluster collaboration elsewhere in Europe, and what it teaches."""

    border_region = models.CharField(max_length=255)
    period_start = models.PositiveSmallIntegerField(_("from (year)"), validators=YEAR_VALIDATORS)
    period_end = models.PositiveSmallIntegerField(
        _("until (year)"), null=True, blank=True, validators=YEAR_VALIDATORS, help_text=_("Empty if ongoing.")
    )
    summary = models.TextField(help_text=_("One or two sentences shown in lists and search results."))
    challenge = RichTextField(features=SIMPLE_RICH_TEXT)
    approach = RichTextField(features=SIMPLE_RICH_TEXT)
    results = RichTextField(features=SIMPLE_RICH_TEXT)
    lessons_learned = RichTextField(features=SIMPLE_RICH_TEXT)
    supported_practices = ParentalManyToManyField(
        "casestudies.GoodPracticePage",
        blank=True,
        related_name="evidence",
        limit_choices_to=in_source_language,
        verbose_name=_("good practice it supports"),
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", blank=True, related_name="case_studies", limit_choices_to=in_source_language
    )
    sources = StreamField([("source", LinkBlock())], blank=True)
    is_demo = models.BooleanField(default=False, verbose_name=_("demo content"))

    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", blank=True, related_name="case_studies", limit_choices_to=in_source_language,
        help_text=_("Whom this is for."),
    )

    override_translatable_fields = [SynchronizedField("target_groups"), SynchronizedField("themes"), SynchronizedField("supported_practices")]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("border_region"),
                InlinePanel("countries", label=_("Countries"), min_num=1),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("challenge"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("lessons_learned"),
        FieldPanel("supported_practices", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sources"),
        FieldPanel("is_demo"),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("border_region"),
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    # The public search (search/profile.py): how case studies are indexed, summarised and faceted.
    search_profile = SearchProfile(
        key="case_study",
        label=_("Case study"),
        summary=["summary"],
        body=["challenge", "approach", "results", "lessons_learned"],
        places=["border_region"],
        countries=["countries.country"],
        themes="themes",
    )

    # The partner API (api/): what /api/v2/pages/ shows of this page type.
    api_fields = [
        APIField("summary"),
        APIField("border_region"),
        APIField("countries", serializer=api.InlineValues("country")),
        APIField("period_start"),
        APIField("period_end"),
        APIField("challenge", serializer=api.RichTextHTML()),
        APIField("approach", serializer=api.RichTextHTML()),
        APIField("results", serializer=api.RichTextHTML()),
        APIField("lessons_learned", serializer=api.RichTextHTML()),
        APIField("supported_practices", serializer=api.PageLinks()),
        APIField("themes", serializer=api.LocalizedTerms()),
        APIField("sources", serializer=api.StreamBlocks()),
        APIField("is_demo"),
        APIField("target_groups", serializer=api.LocalizedTerms()),
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    def clean(self):
        super().clean()
        if self.period_end and self.period_start and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period cannot end before it starts.")})


# --- Good practice ------------------------------------------------------------


class GoodPracticeIndexPage(CaseStudySectionIndexPage):
    listed_type = "casestudies.GoodPracticePage"
    subpage_types = ["casestudies.GoodPracticePage"]


class GoodPracticePage(Page):
    """A recommendation for cross-border cluster collaboration, with the evidence
    behind it (the case studies that support it: their `supported_practices`)."""

    recommendation = models.TextField(help_text=_("The recommendation itself, in one or two sentences."))
    summary = models.TextField(help_text=_("Shown in lists and search results."))
    why_it_matters = RichTextField(features=SIMPLE_RICH_TEXT)
    how_to_apply = RichTextField(features=SIMPLE_RICH_TEXT)
    themes = ParentalManyToManyField(
        "taxonomy.Theme", blank=True, related_name="good_practices", limit_choices_to=in_source_language
    )

    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", blank=True, related_name="good_practices", limit_choices_to=in_source_language,
        help_text=_("Whom this is for."),
    )

    override_translatable_fields = [SynchronizedField("target_groups"), SynchronizedField("themes")]

    content_panels = Page.content_panels + [
        FieldPanel("recommendation"),
        FieldPanel("summary"),
        FieldPanel("why_it_matters"),
        FieldPanel("how_to_apply"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("recommendation"),
        index.SearchField("summary"),
        index.SearchField("why_it_matters"),
        index.SearchField("how_to_apply"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    # The public search (search/profile.py): the recommendation leads the summary.
    search_profile = SearchProfile(
        key="good_practice",
        label=_("Good practice"),
        summary=["recommendation", "summary"],
        body=["why_it_matters", "how_to_apply"],
        themes="themes",
    )

    # The partner API (api/): what /api/v2/pages/ shows of this page type.
    api_fields = [
        APIField("recommendation"),
        APIField("summary"),
        APIField("why_it_matters", serializer=api.RichTextHTML()),
        APIField("how_to_apply", serializer=api.RichTextHTML()),
        APIField("themes", serializer=api.LocalizedTerms()),
        APIField("target_groups", serializer=api.LocalizedTerms()),
    ]

    parent_page_types = ["casestudies.GoodPracticeIndexPage"]
    subpage_types = []


# --- Project ideas ------------------------------------------------------------


class ProjectIdeaIndexPage(CaseStudySectionIndexPage):
    listed_type = "casestudies.ProjectIdeaPage"
    subpage_types = ["casestudies.ProjectIdeaPage"]


class ProjectIdeaPage(Page):
    """A cross-border project idea developed by clusters of the network."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        ONGOING = "ongoing", _("Ongoing")
        FUNDED = "funded", _("Funded")
        COMPLETED = "completed", _("Completed")
        DISCONTINUED = "discontinued", _("Discontinued")

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    summary = models.TextField(help_text=_("Shown in lists and search results."))
    lead_cluster = models.ForeignKey(
        "clusters.ClusterPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="led_project_ideas"
    )
    partner_clusters = ParentalManyToManyField(
        "clusters.ClusterPage",
        blank=True,
        related_name="partner_in_project_ideas",
        limit_choices_to=in_source_language,
    )
    goals = StreamField([("goal", blocks.CharBlock())], blank=True)
    body = StreamField(BodyBlock(), blank=True)
    contact_name = models.CharField(max_length=255, blank=True)
    contact_role = models.CharField(max_length=255, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)

    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", blank=True, related_name="project_ideas", limit_choices_to=in_source_language,
        help_text=_("Whom this is for."),
    )

    override_translatable_fields = [
        SynchronizedField("target_groups"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_phone"),
        SynchronizedField("partner_clusters"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("status"),
        FieldPanel("summary"),
        FieldPanel("lead_cluster"),
        FieldPanel("partner_clusters", widget=forms.CheckboxSelectMultiple),
        FieldPanel("goals"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("goals"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]

    # The public search (search/profile.py).
    search_profile = SearchProfile(
        key="project_idea",
        label=_("Project idea"),
        summary=["summary"],
        body=["goals", "body"],
    )

    # The partner API (api/): what /api/v2/pages/ shows of this page type.
    api_fields = [
        APIField("status"),
        APIField("summary"),
        APIField("lead_cluster", serializer=api.PageLink()),
        APIField("partner_clusters", serializer=api.PageLinks()),
        APIField("goals", serializer=api.StreamBlocks()),
        APIField("body", serializer=api.StreamBlocks()),
        APIField("contact_name"),
        APIField("contact_role"),
        APIField("contact_email"),
        APIField("contact_phone"),
        APIField("target_groups", serializer=api.LocalizedTerms()),
    ]

    parent_page_types = ["casestudies.ProjectIdeaIndexPage"]
    subpage_types = []
