from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "Partner API"

    def ready(self):
        from . import document_signals, schema
        from .webhooks import signals

        schema.document_endpoints()
        schema.document_preview_endpoint()
        signals.connect()
        document_signals.connect()
