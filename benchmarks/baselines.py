"""The baselines `make bench` compares the platform with: the same jobs done
the plain way, on the same corpus, engine and server.

- ``wagtail_search``: the search view of Wagtail's bakerydemo
  (bakerydemo/search/views.py) — ``Page.objects.live().search(q)`` on Wagtail's
  own search layer, here its "engine" backend (the same OpenSearch), paginated
  by ten and rendered result by result with ``result.specific``. Two changes,
  both in the baseline's favour or needed for the same job: it searches the
  requested language only (``.filter(locale=...)``) and accepts the two facet
  filters Wagtail can apply (``type`` as the model searched, ``country`` as a
  FilterField of ClusterPage); it does not record the query (bakerydemo's
  ``Query.add_hit()`` writes to the database on every search).
- ``wagtail_autocomplete``: ``Page.objects.live().autocomplete(prefix)`` on the
  same backend, as JSON.
- ``StockPagesAPIViewSet``: Wagtail's PagesAPIViewSet as it ships. The page
  models' ``api_fields`` name serializers of the partner API that need its
  serialisation batch; here every field is serialised by Wagtail's default
  serializers instead (what a plain ``APIField("name")`` gives).
- ``floor``: a Django view returning a fixed JSON body through the same
  middleware: the fastest any endpoint of this stack can be.

Mounted only when settings.BENCHMARK_BASELINES is on (cms/settings/bench.py).
"""
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.shortcuts import render
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page

from search.profile import searchable_types

BACKEND = "engine"
FLOOR_BODY = {"status": "ok", "items": [{"id": 1, "title": "A fixed answer"}]}


def _locale(request):
    code = request.GET.get("language") or "en"
    return Locale.objects.filter(language_code=code).first() or Locale.get_default()


def wagtail_search(request):
    search_query = request.GET.get("q", None)
    if search_query:
        types = searchable_types()
        model = types.get(request.GET.get("type"), Page)
        pages = model.objects.live().filter(locale=_locale(request))
        if request.GET.get("country") and model is types["cluster"]:
            pages = pages.filter(country=request.GET["country"])
        search_results = pages.search(search_query, backend=BACKEND)
    else:
        search_results = Page.objects.none()

    page = request.GET.get("page", 1)
    paginator = Paginator(search_results, 10)
    try:
        search_results = paginator.page(page)
    except PageNotAnInteger:
        search_results = paginator.page(1)
    except EmptyPage:
        search_results = paginator.page(paginator.num_pages)

    return render(
        request,
        "benchmarks/wagtail_search.html",
        {"search_query": search_query, "search_results": search_results},
    )


def wagtail_autocomplete(request):
    prefix = request.GET.get("q", "")
    pages = Page.objects.live().filter(locale=_locale(request)).autocomplete(prefix, backend=BACKEND)[:10]
    return JsonResponse({"items": [{"title": page.title, "url": page.get_url(request)} for page in pages]})


def floor(request):
    return JsonResponse(FLOOR_BODY)


class StockPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's PagesAPIViewSet, with the models' fields serialised Wagtail's default way."""

    @classmethod
    def get_field_serializer_overrides(cls, model):
        return {}


stock_api_router = WagtailAPIRouter("bench_stock_api")
stock_api_router.register_endpoint("pages", StockPagesAPIViewSet)
stock_api_router.register_endpoint("images", ImagesAPIViewSet)
