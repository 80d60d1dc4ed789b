"""The abstract section index page the content apps build on. `core` has no
tables of its own: the concrete index pages live in their apps."""
from django.apps import apps
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from api import fields as api
from website.visibility import public_pages

from .blocks import SIMPLE_RICH_TEXT


class SectionIndexPage(Page):
    """A section's landing page below the home page (clusters, events, case
    studies, ...): an introduction and a filtered, paginated listing of its
    child pages.

    A concrete section names the page type it lists (``listed_type``, as
    "app_label.ModelName") and builds its listing's template context in
    ``listing(request)``, with a fixed number of queries.
    """

    intro = RichTextField(blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # The partner API (api/): what /api/v2/pages/ shows of this page type.
    api_fields = [
        APIField("intro", serializer=api.RichTextHTML()),
    ]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    listed_type = None

    class Meta:
        abstract = True

    @classmethod
    def listed_model(cls):
        """The page model this section lists."""
        return apps.get_model(cls.listed_type)

    def entries(self):
        """The section's live, public pages, alphabetically."""
        return public_pages(self.listed_model().objects.child_of(self)).order_by("title")

    def listing(self, request):
        """The template context of the listing for this request (filters from GET parameters)."""
        raise NotImplementedError(f"{type(self).__name__} must say how its listing is built")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request))
        return context
