from django.apps import AppConfig


class AgendaConfig(AppConfig):
    # Events (workshops, networking and matchmaking). The app is not called
    # "events" because opensearch-py depends on a PyPI package of that name.
    name = "agenda"
    verbose_name = "Events"
