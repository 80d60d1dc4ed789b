"""Events of the network: workshops, networking and matchmaking events."""
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from api import fields as api
from core.blocks import BodyBlock, ProgrammeItemBlock
from core.models import SectionIndexPage
from core.translation import in_source_language
from search.profile import SearchProfile
from taxonomy.validators import WebAddressField

from .filters import event_listing


class EventIndexPage(SectionIndexPage):
    """Lists upcoming events first, then past events (GET "show": one of the two)."""

    listed_type = "agenda.EventPage"
    subpage_types = ["agenda.EventPage"]

    def listing(self, request):
        return event_listing(self, request)


class EventQuerySet(PageQuerySet):
    """Upcoming means not over yet: an event that started yesterday and ends
    tomorrow is still upcoming."""

    def upcoming(self, today=None):
        today = today or timezone.localdate()
        return self.filter(models.Q(end_date__gte=today) | models.Q(end_date__isnull=True, start_date__gte=today))

    def past(self, today=None):
        today = today or timezone.localdate()
        return self.exclude(pk__in=self.upcoming(today).values("pk"))


class EventPage(Page):
    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        NETWORKING = "networking", _("Networking event")
        MATCHMAKING = "matchmaking", _("Matchmaking event")

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.WORKSHOP)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True, help_text=_("Empty for a one-day event."))
    start_time = models.TimeField(null=True, blank=True)
    end_time = models.TimeField(null=True, blank=True)
    location = models.CharField(max_length=255)
    summary = models.TextField(help_text=_("Shown in lists and search results."))
    topics = StreamField([("topic", blocks.CharBlock())], blank=True)
    programme = StreamField([("item", ProgrammeItemBlock())], blank=True)
    registration_url = WebAddressField(blank=True)
    related_clusters = ParentalManyToManyField(
        "clusters.ClusterPage", blank=True, related_name="events", limit_choices_to=in_source_language
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", blank=True, related_name="events", limit_choices_to=in_source_language
    )
    body = StreamField(BodyBlock(), blank=True)
    is_demo = models.BooleanField(
        default=False, verbose_name=_("demo content"), help_text=_("Placeholder values (e.g. a demo date) are shown with a notice.")
    )

    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", blank=True, related_name="events", limit_choices_to=in_source_language,
        help_text=_("Whom this is for."),
    )

    override_translatable_fields = [SynchronizedField("target_groups"), SynchronizedField("related_clusters"), SynchronizedField("themes")]

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("location"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("topics"),
        FieldPanel("programme"),
        FieldPanel("registration_url"),
        FieldPanel("related_clusters", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        FieldPanel("is_demo"),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("location"),
        index.SearchField("topics"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.FilterField("kind"),
    ]

    # The public search (search/profile.py): dated by the event, with the period facet.
    search_profile = SearchProfile(
        key="event",
        label=_("Event"),
        summary=["summary"],
        body=["topics", "programme", "body"],
        places=["location"],
        themes="themes",
        event_dates=("start_date", "end_date"),
    )

    # The partner API (api/): what /api/v2/pages/ shows of this page type.
    api_fields = [
        APIField("kind"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("start_time"),
        APIField("end_time"),
        APIField("location"),
        APIField("summary"),
        APIField("topics", serializer=api.StreamBlocks()),
        APIField("programme", serializer=api.StreamBlocks()),
        APIField("registration_url"),
        APIField("related_clusters", serializer=api.PageLinks()),
        APIField("themes", serializer=api.LocalizedTerms()),
        APIField("body", serializer=api.StreamBlocks()),
        APIField("is_demo"),
        APIField("target_groups", serializer=api.LocalizedTerms()),
    ]

    parent_page_types = ["agenda.EventIndexPage"]
    subpage_types = []

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        same_day = not self.end_date or self.end_date == self.start_date
        if same_day and self.start_time and self.end_time and self.end_time < self.start_time:
            errors["end_time"] = _("The event cannot end before it starts.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_upcoming(self):
        return (self.end_date or self.start_date) >= timezone.localdate()
