"""Partner search: cooperation requests posted by clusters, the interest
visitors express in them, the managers who look after a cluster, the mail the
worker sends about all of that, and alert subscriptions."""
import hashlib
import secrets

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from api import fields as api
from core.blocks import SIMPLE_RICH_TEXT
from core.models import SectionIndexPage
from core.translation import in_source_language
from search.profile import SearchProfile
from taxonomy.countries import EUROPEAN_COUNTRIES

from .page_forms import CooperationRequestAdminForm
from .permissions import CooperationRequestPermissionTester


class IsOpen(api.APIValueField):
    """Whether a request is open (a computed value: the deadline counts before the worker closes it)."""

    def to_representation(self, instance):
        return instance.is_open

    def openapi_schema(self, model, refs):
        return {"type": "boolean"}


class PartnerSearchIndexPage(SectionIndexPage):
    """The "Partner search" section: open cooperation requests, with search and filters."""

    listed_type = "partnersearch.CooperationRequestPage"
    subpage_types = ["partnersearch.CooperationRequestPage"]

    def listing(self, request):
        from .filters import request_listing

        return request_listing(self, request)


class CooperationRequestQuerySet(PageQuerySet):
    """Open means: not closed by the worker and the deadline (if any) not past.
    Both are checked, so a request is closed from its deadline on even before
    the worker's next run."""

    def open(self, today=None):
        today = today or timezone.localdate()
        return self.filter(closed_at__isnull=True).filter(Q(deadline__isnull=True) | Q(deadline__gte=today))

    def closed(self, today=None):
        return self.exclude(pk__in=self.open(today).values("pk"))


class CooperationRequestCountry(Orderable):
    """A country the requesting cluster seeks partners in."""

    page = ParentalKey("partnersearch.CooperationRequestPage", on_delete=models.CASCADE, related_name="countries_sought")
    country = models.CharField(max_length=2, choices=EUROPEAN_COUNTRIES)

    panels = [FieldPanel("country")]

    def __str__(self):
        return self.get_country_display()


class CooperationRequestPage(Page):
    """A partner-search request of one cluster, answered with "express interest"."""

    class Kind(models.TextChoices):
        OFFER = "offer", _("Cooperation offer")
        PARTNERS = "partners", _("Request for partners")
        EXPERTISE = "expertise", _("Request for expertise")
        EVENT_PARTNER = "event-partner", _("Event partner")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PARTNERS)
    cluster = models.ForeignKey(
        "clusters.ClusterPage",
        on_delete=models.PROTECT,
        related_name="cooperation_requests",
        limit_choices_to=in_source_language,
        verbose_name=_("owning cluster"),
    )
    summary = models.TextField(_("summary"), max_length=600, help_text=_("Shown in lists and search results."))
    sectors = ParentalManyToManyField(
        "taxonomy.Sector", blank=True, related_name="cooperation_requests", limit_choices_to=in_source_language
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", blank=True, related_name="cooperation_requests", limit_choices_to=in_source_language
    )
    # Who the request is meant for (issue 16's target groups: cluster facilitators, companies, ...).
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", blank=True, related_name="cooperation_requests", limit_choices_to=in_source_language
    )
    offered = RichTextField(_("what we offer"), blank=True, features=SIMPLE_RICH_TEXT)
    sought = RichTextField(_("what we are looking for"), blank=True, features=SIMPLE_RICH_TEXT)
    partner_profile = RichTextField(_("partner profile"), blank=True, features=SIMPLE_RICH_TEXT)
    deadline = models.DateField(_("deadline"), null=True, blank=True, help_text=_("Empty: open until closed by hand."))
    contact_role = models.CharField(_("contact role"), max_length=255, blank=True)
    # Set by the worker (partnersearch.jobs.close_expired_requests) on the day after the deadline.
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    is_example = models.BooleanField(
        _("example"), default=False, help_text=_("An example built from the project's founding document, not a real request.")
    )

    override_translatable_fields = [
        SynchronizedField("cluster"),
        SynchronizedField("sectors"),
        SynchronizedField("themes"),
        SynchronizedField("target_groups"),
        SynchronizedField("deadline"),
        SynchronizedField("kind"),
    ]

    objects = PageManager.from_queryset(CooperationRequestQuerySet)()

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("cluster"), FieldPanel("deadline")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("offered"), FieldPanel("sought"), FieldPanel("partner_profile")], heading=_("The request")
        ),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        InlinePanel("countries_sought", label=_("Countries sought")),
        FieldPanel("contact_role"),
        FieldPanel("is_example"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("offered"),
        index.SearchField("sought"),
        index.SearchField("partner_profile"),
        index.RelatedFields("sectors", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("deadline"),
        index.FilterField("closed_at"),
        index.FilterField("cluster"),
    ]

    # The public search (search/profile.py).
    search_profile = SearchProfile(
        key="request",
        label=_("Cooperation request"),
        summary=["summary"],
        body=["offered", "sought", "partner_profile", "contact_role"],
        countries=["countries_sought.country"],
        sectors="sectors",
        themes="themes",
        kinds="kind",
        # Closing by the worker records an outbox row (partnersearch.jobs.close_expired_requests).
        open_state="is_open",
    )

    # The partner API (api/): what /api/v2/pages/ shows of this page type.
    api_fields = [
        APIField("kind"),
        APIField("cluster", serializer=api.PageLink()),
        APIField("summary"),
        APIField("sectors", serializer=api.LocalizedTerms()),
        APIField("themes", serializer=api.LocalizedTerms()),
        APIField("target_groups", serializer=api.LocalizedTerms()),
        APIField("countries_sought", serializer=api.InlineValues("country")),
        APIField("offered", serializer=api.RichTextHTML()),
        APIField("sought", serializer=api.RichTextHTML()),
        APIField("partner_profile", serializer=api.RichTextHTML()),
        APIField("deadline"),
        APIField("contact_role"),
        APIField("is_open", serializer=IsOpen()),
        APIField("is_example"),
    ]

    parent_page_types = ["partnersearch.PartnerSearchIndexPage"]
    subpage_types = []
    base_form_class = CooperationRequestAdminForm

    def permissions_for_user(self, user):
        return CooperationRequestPermissionTester(user, self)

    @property
    def is_open(self):
        if self.closed_at is not None:
            return False
        return self.deadline is None or self.deadline >= timezone.localdate()

    def get_context(self, request, *args, **kwargs):
        from .forms import InterestForm

        context = super().get_context(request, *args, **kwargs)
        context["interest_form"] = getattr(request, "interest_form", None) or InterestForm()
        context["interest_sent"] = request.GET.get("interest") == "sent"
        context["interest_notice"] = getattr(request, "interest_notice", "")
        return context

    def serve(self, request, *args, **kwargs):
        from .views import serve_request_page

        return serve_request_page(self, request, super().serve, *args, **kwargs)


# --- Cluster managers ----------------------------------------------------------------


class ClusterManagerQuerySet(models.QuerySet):
    def cluster_keys_of(self, user):
        """Translation keys of the clusters ``user`` manages."""
        return set(self.filter(user=user).values_list("cluster__translation_key", flat=True))


class ClusterManager(models.Model):
    """A user who looks after one cluster (a user may manage several)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="managed_clusters")
    cluster = models.ForeignKey(
        "clusters.ClusterPage", on_delete=models.CASCADE, related_name="managers", limit_choices_to=in_source_language
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClusterManagerQuerySet.as_manager()

    class Meta:
        unique_together = [("user", "cluster")]
        verbose_name = _("cluster manager")

    def __str__(self):
        return f"{self.user} – {self.cluster}"


def new_token():
    return secrets.token_urlsafe(32)


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


class ManagerInvitation(models.Model):
    """An invitation by e-mail: the link sets the password. Only the token's
    hash is stored; the token itself exists only in the mail."""

    email = models.EmailField(_("e-mail address"))
    clusters = models.ManyToManyField("clusters.ClusterPage", related_name="+", limit_choices_to=in_source_language)
    language = models.CharField(max_length=8, default="en")
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    def __str__(self):
        return self.email

    @property
    def is_usable(self):
        return self.accepted_at is None and self.expires_at > timezone.now()


# --- Expressions of interest ------------------------------------------------------------


class Interest(models.Model):
    """A visitor's "express interest" in a cooperation request."""

    request_page = models.ForeignKey(
        CooperationRequestPage, on_delete=models.CASCADE, related_name="interests", verbose_name=_("cooperation request")
    )
    # The owning cluster's translation key, copied at submission: managers' lists filter on it in one query.
    cluster_key = models.UUIDField(db_index=True, editable=False)
    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=EUROPEAN_COUNTRIES)
    email = models.EmailField(_("e-mail address"), max_length=254)
    message = models.TextField(_("message"), max_length=3000)
    consent = models.BooleanField(_("consent to share with the requesting cluster"), default=False)
    language = models.CharField(_("language"), max_length=8)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")

    def __str__(self):
        return f"{self.name} ({self.organisation})"


# --- Alerts --------------------------------------------------------------------------


class AlertSubscription(models.Model):
    """A visitor's subscription to new requests in chosen sectors and languages
    (double opt-in: nothing is sent but the confirmation until it is confirmed)."""

    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language of the mails"), max_length=8)
    languages = models.JSONField(_("languages of the requests"), default=list)
    sectors = models.ManyToManyField("taxonomy.Sector", blank=True, related_name="+")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("alert subscription")

    def __str__(self):
        return self.email


# --- Outgoing mail ---------------------------------------------------------------------


class MailJob(models.Model):
    """One mail to send, written in the same transaction as what it is about
    (an interest, an invitation, a subscription), so that nothing is lost while
    the mail server is down; the worker sends it and retries with back-off."""

    class Kind(models.TextChoices):
        INTEREST_TO_MANAGERS = "interest-managers", "Interest: to the cluster's managers"
        INTEREST_CONFIRMATION = "interest-confirmation", "Interest: confirmation to the sender"
        INVITATION = "invitation", "Cluster manager invitation"
        ALERT_CONFIRMATION = "alert-confirmation", "Alert: confirm the subscription"
        DIGEST = "digest", "Alert: weekly digest"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed (gave up)"

    kind = models.CharField(max_length=32, choices=Kind.choices)
    interest = models.ForeignKey(Interest, null=True, blank=True, on_delete=models.CASCADE, related_name="mail_jobs")
    subscription = models.ForeignKey(
        AlertSubscription, null=True, blank=True, on_delete=models.CASCADE, related_name="mail_jobs"
    )
    invitation = models.ForeignKey(
        ManagerInvitation, null=True, blank=True, on_delete=models.CASCADE, related_name="mail_jobs"
    )
    # What the mail needs that is not stored elsewhere (an invitation's token, a digest's page ids).
    data = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.kind} #{self.pk} ({self.status})"
