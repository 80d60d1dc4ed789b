from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        # Page changes are recorded in the search outbox, in the same transaction.
        from . import signals

        signals.connect()
