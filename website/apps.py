from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    """The public HTML site's machinery: page cache, SEO, error pages, navigation."""

    name = "website"
    verbose_name = "Public website"

    def ready(self):
        from .cache import connect_invalidation

        connect_invalidation()
