"""What a webhook POST says about a page."""
from django.conf import settings
from django.urls import NoReverseMatch, reverse


def page_type(page):
    model = page.specific_class
    return f"{model._meta.app_label}.{model.__name__}" if model else None


def page_summary(page):
    """The page as it is at the moment of the event (a deleted page is gone afterwards)."""
    try:
        html_url = page.full_url
    except NoReverseMatch:
        html_url = None
    return {
        "id": page.id,
        "type": page_type(page),
        "title": page.title,
        "slug": page.slug,
        "locale": page.locale.language_code,
        "translation_key": str(page.translation_key),
        "is_translated": not page.alias_of_id,
        "html_url": html_url,
        "detail_url": settings.WAGTAILAPI_BASE_URL.rstrip("/") + reverse("api:pages:detail", args=[page.id]),
    }
