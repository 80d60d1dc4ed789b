"""Cluster profiles: the clusters of the network, Danish and German."""
import datetime

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.api import APIField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from api import fields as api
from core.blocks import SIMPLE_RICH_TEXT, BodyBlock
from core.localization import localized_terms
from core.models import SectionIndexPage
from core.translation import in_source_language
from search.profile import SearchProfile
from taxonomy.countries import CLUSTER_COUNTRIES
from taxonomy.validators import WebAddressField

from .filters import cluster_listing
from .permissions import ClusterPagePermissionTester


class ClusterIndexPage(SectionIndexPage):
    """Lists the clusters of the network, filtered by sector and country."""

    listed_type = "clusters.ClusterPage"
    subpage_types = ["clusters.ClusterPage"]

    def listing(self, request):
        return cluster_listing(self, request)


class ClusterKeyword(TaggedItemBase):
    """A competence or technology keyword of a cluster (shared by all languages)."""

    content_object = ParentalKey("clusters.ClusterPage", on_delete=models.CASCADE, related_name="keyword_items")


class ClusterMember(Orderable):
    """A member of a cluster: a company, a research or education institution, or a public body."""

    class Kind(models.TextChoices):
        COMPANY = "company", _("Company")
        RESEARCH = "research", _("Research institution")
        EDUCATION = "education", _("Education institution")
        PUBLIC = "public", _("Public body")

    page = ParentalKey("clusters.ClusterPage", on_delete=models.CASCADE, related_name="members")
    name = models.CharField(max_length=255)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    website = WebAddressField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("website")]
    # Organisation names are the same in every language.
    override_translatable_fields = [SynchronizedField("name")]

    def __str__(self):
        return self.name


class ClusterPage(Page):
    """A cluster profile: who the cluster is, what it offers and what it looks for."""

    short_description = models.TextField(help_text=_("One or two sentences shown in lists and search results."))
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Translated with the page (issue 16): the logo is shared, its alt text is not.
    logo_alt = models.CharField(
        max_length=255, blank=True,
        help_text=_("Alt text of the logo in this page's language; empty: the image's own alt text."),
    )
    # Blank when nobody has said yet (issue 16: no guessed country in the facets).
    country = models.CharField(max_length=2, choices=CLUSTER_COUNTRIES, blank=True)
    region = models.CharField(max_length=100, blank=True)
    city = models.CharField(max_length=100, blank=True)
    sectors = ParentalManyToManyField(
        "taxonomy.Sector", blank=True, related_name="clusters", limit_choices_to=in_source_language
    )
    keywords = ClusterTaggableManager(
        through=ClusterKeyword, blank=True, verbose_name=_("competences and technology keywords")
    )
    member_count = models.PositiveIntegerField(
        null=True, blank=True, help_text=_("Number of members, if known.")
    )
    founded_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(datetime.date.today().year + 1)],
    )
    website = WebAddressField(blank=True)
    contact_name = models.CharField(max_length=255, blank=True)
    contact_role = models.CharField(max_length=255, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    responsible_partner = models.ForeignKey(
        "taxonomy.PartnerOrganisation",
        on_delete=models.PROTECT,
        related_name="clusters",
        help_text=_("The partner agency that looks after this profile: REG X or WTSH."),
    )
    offers = RichTextField(blank=True, features=SIMPLE_RICH_TEXT, verbose_name=_("we offer"))
    looking_for = RichTextField(blank=True, features=SIMPLE_RICH_TEXT, verbose_name=_("we are looking for"))
    body = StreamField(BodyBlock(), blank=True)
    is_demo = models.BooleanField(
        default=False,
        verbose_name=_("demo profile"),
        help_text=_("Placeholder content not yet written by the cluster; shown with a notice."),
    )

    override_translatable_fields = [
        SynchronizedField("contact_name"),
        SynchronizedField("contact_phone"),
        SynchronizedField("sectors"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("short_description"),
        FieldPanel("logo"),
        FieldPanel("logo_alt"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("country"), FieldPanel("region"), FieldPanel("city")])],
            heading=_("Location"),
        ),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("keywords"),
        MultiFieldPanel(
            [FieldPanel("member_count"), InlinePanel("members", label=_("Members"))],
            heading=_("Members"),
        ),
        FieldRowPanel([FieldPanel("founded_year"), FieldPanel("website")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact person"),
        ),
        FieldPanel("responsible_partner"),
        MultiFieldPanel([FieldPanel("offers"), FieldPanel("looking_for")], heading=_("Collaboration interests")),
        FieldPanel("body"),
        FieldPanel("is_demo"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("short_description"),
        index.SearchField("region"),
        index.SearchField("city"),
        index.SearchField("offers"),
        index.SearchField("looking_for"),
        index.SearchField("body"),
        index.RelatedFields("sectors", [index.SearchField("name")]),
        index.FilterField("country"),
    ]

    # The public search (search/profile.py): how clusters are indexed, summarised and faceted.
    search_profile = SearchProfile(
        key="cluster",
        label=_("Cluster"),
        summary=["short_description"],
        body=["offers", "looking_for", "body", "keywords.name", "members.name"],
        places=["region", "city"],
        countries=["country"],
        sectors="sectors",
    )

    # The partner API (api/): what /api/v2/pages/ shows of this page type.
    api_fields = [
        APIField("short_description"),
        APIField("logo", serializer=api.ImageRenditions(alt_field="logo_alt")),
        APIField("country"),
        APIField("region"),
        APIField("city"),
        APIField("sectors", serializer=api.LocalizedTerms()),
        APIField("keywords", serializer=api.Tags()),
        APIField("member_count"),
        APIField("members", serializer=api.InlineRows(["name", "kind", "website"])),
        APIField("founded_year"),
        APIField("website"),
        APIField("contact_name"),
        APIField("contact_role"),
        APIField("contact_email"),
        APIField("contact_phone"),
        APIField("responsible_partner", serializer=api.LocalizedSnippet(["name", "full_name", "website", "country"])),
        APIField("offers", serializer=api.RichTextHTML()),
        APIField("looking_for", serializer=api.RichTextHTML()),
        APIField("body", serializer=api.StreamBlocks()),
        APIField("is_demo"),
    ]

    parent_page_types = ["clusters.ClusterIndexPage"]
    subpage_types = []

    def permissions_for_user(self, user):
        return ClusterPagePermissionTester(user, self)

    @property
    def localized_sectors(self):
        """The cluster's sectors in the language of the page being shown."""
        return localized_terms(self.sectors.all(), self.locale)
