"""A throwaway page type, declared the way a new content app would declare
one, to show that a search profile next to the model is all the search needs
(tests/search/test_search_profile.py). Not creatable in the admin."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page
from wagtail.search import index

from search.profile import SearchProfile


class HarbourNoticePage(Page):
    """A notice of a harbour authority: a summary, a text, a port and its country."""

    summary = models.TextField()
    text = models.TextField(blank=True)
    port = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=2, blank=True)
    themes = ParentalManyToManyField("taxonomy.Theme", blank=True, related_name="+")

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("text")]
    search_profile = SearchProfile(
        key="harbour_notice",
        label=_("Harbour notice"),
        summary=["summary"],
        body=["text"],
        places=["port"],
        countries=["country"],
        themes="themes",
    )

    is_creatable = False
    parent_page_types = ["home.HomePage"]
    subpage_types = []
