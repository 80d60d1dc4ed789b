"""Absolute addresses in API answers and webhook payloads.

A partner follows ``detail_url`` into the API and ``html_url`` to the page on
the site; both start with the same base, API_BASE_URL (by default
WAGTAILADMIN_BASE_URL, which `make run` sets from HOST and PORT). Wagtail
would take ``html_url`` from the Site record instead (``localhost:80`` under
`make run`, where nothing listens) while ``detail_url`` uses the API base.
"""
from django.conf import settings
from django.urls import NoReverseMatch
from wagtail.api.utils import get_base_url
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer


def absolute_url(path):
    """``path`` (e.g. /en/clusters/cewind/) on the API's base address; full URLs pass unchanged."""
    if not path or path.startswith(("http://", "https://")):
        return path
    return (get_base_url() or settings.WAGTAILAPI_BASE_URL).rstrip("/") + path


def page_html_url(page, request=None):
    """The page on the site, on the same base as ``detail_url``; None when it has no URL."""
    try:
        return absolute_url(page.get_url(request=request))
    except NoReverseMatch:
        return None


class SameBaseHtmlUrlField(PageHtmlUrlField):
    def to_representation(self, page):
        return page_html_url(page, self.context.get("request"))


class PagesSerializer(PageSerializer):
    """Wagtail's page serializer with ``html_url`` on the API's base address."""

    html_url = SameBaseHtmlUrlField(read_only=True)
