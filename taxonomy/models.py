"""Shared taxonomies: translatable snippets that pages are tagged with.

Pages refer to the English (source) record; each record's Danish and German
translations are found by its translation key, so facets and filters count the
same sector once whatever the language.
"""
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .countries import CLUSTER_COUNTRIES
from .validators import WebAddressField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(
        max_length=100,
        help_text=_("Stable identifier used in URLs, filters and the API; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # The slug identifies the term in filters and the API in every language.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Sector(TaxonomyTerm):
    """An industry or technology field, e.g. wind energy or food."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Theme(TaxonomyTerm):
    """A topic of cross-border collaboration, e.g. open innovation."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class TargetGroup(TaxonomyTerm):
    """Whom a page or request is for, as the founding document names them:
    cluster facilitators, cluster companies, research facilities, triple-helix actors."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class PartnerOrganisation(TranslatableMixin, models.Model):
    """A partner agency of the network (REG X, WTSH): responsible for clusters,
    and with an editors' group whose members may edit those clusters."""

    name = models.CharField(max_length=100, help_text=_("Short name, e.g. REG X"))
    full_name = models.CharField(max_length=255)
    website = WebAddressField()
    country = models.CharField(max_length=2, choices=CLUSTER_COUNTRIES)
    description = models.TextField(blank=True)
    editor_group = models.ForeignKey(
        Group,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Members of this group may edit the clusters this partner is responsible for."),
    )

    # Organisation names stay as they are in every language.
    override_translatable_fields = [SynchronizedField("name", overridable=False)]

    panels = [
        FieldPanel("name"),
        FieldPanel("full_name"),
        FieldPanel("website"),
        FieldPanel("country"),
        FieldPanel("description"),
        FieldPanel("editor_group"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
