from django.apps import AppConfig


class PageTypesConfig(AppConfig):
    """Page types that exist only in the test suite (installed by cms.settings.test)."""

    name = "tests.pagetypes"
    label = "test_pagetypes"
    verbose_name = "Test-only page types"
