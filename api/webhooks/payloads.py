"""What a webhook POST says about a page."""
from django.urls import reverse

from ..addresses import absolute_url, page_html_url


def page_type(page):
    model = page.specific_class
    return f"{model._meta.app_label}.{model.__name__}" if model else None


def page_summary(page):
    """The page as it is at the moment of the event (a deleted page is gone afterwards)."""
    return {
        "id": page.id,
        "type": page_type(page),
        "title": page.title,
        "slug": page.slug,
        "locale": page.locale.language_code,
        "translation_key": str(page.translation_key),
        "is_translated": not page.alias_of_id,
        "html_url": page_html_url(page),
        "detail_url": absolute_url(reverse("api:pages:detail", args=[page.id])),
    }
