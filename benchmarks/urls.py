"""/bench/: the baselines of `make bench` (benchmarks/baselines.py). Included
by cms/urls.py only when settings.BENCHMARK_BASELINES is on (bench settings)."""
from django.urls import path

from . import baselines

urlpatterns = [
    path("search/", baselines.wagtail_search, name="bench-wagtail-search"),
    path("search/autocomplete/", baselines.wagtail_autocomplete, name="bench-wagtail-autocomplete"),
    path("floor/", baselines.floor, name="bench-floor"),
    path("stock-api/v2/", baselines.stock_api_router.urls),
]
