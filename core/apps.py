from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What the content apps share: StreamField blocks and rich-text features,
    the abstract section index page, translation and localisation helpers,
    pagination, the background worker and its jobs. It has no tables."""

    name = "core"
    verbose_name = "Shared toolbox of the content apps"
