from django.apps import AppConfig


class PartnerSearchConfig(AppConfig):
    # Cluster managers, cooperation requests, expressions of interest, alerts and their mail.
    name = "partnersearch"
    verbose_name = "Partner search"
