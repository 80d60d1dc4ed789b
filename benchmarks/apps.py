from django.apps import AppConfig


class BenchmarksConfig(AppConfig):
    """The benchmark corpus generator and the `make bench` harness (docs/benchmarks.md)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "benchmarks"
    verbose_name = "Benchmarks"
