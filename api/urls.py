"""URLs under /api/ (included from cms/urls.py, outside the language prefix).

To add an endpoint that is not a model listing (such as search), write a DRF
view that inherits ``api.views.PartnerAPIView`` first and add it to
``V2_VIEWS`` with ``api_view()``: it then shares authentication, throttling,
JSON errors, ETag and Cache-Control handling with the rest of the API, and
drf-spectacular puts it into /api/schema/.
"""
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.permissions import AllowAny

from search.api import AutocompleteView, SearchView

from .authentication import APIKeyAuthentication
from .errors import exception_handler
from .preview import PreviewEndpoint
from .router import api_router, api_view
from .throttling import PartnerRateThrottle
from .views import JSONAnyway

V2_VIEWS = [
    path("search/", api_view(SearchView), name="api-search"),
    path("search/autocomplete/", api_view(AutocompleteView), name="api-search-autocomplete"),
    path("preview/", api_view(PreviewEndpoint, {"get": "preview_view"}), name="api-preview"),
]


class SchemaView(SpectacularAPIView):
    authentication_classes = [APIKeyAuthentication]
    permission_classes = [AllowAny]
    throttle_classes = [PartnerRateThrottle]
    content_negotiation_class = JSONAnyway

    def get_exception_handler(self):
        return exception_handler


class DocsView(SpectacularSwaggerSplitView):
    template_name = "api/swagger_ui.html"
    authentication_classes = [APIKeyAuthentication]
    permission_classes = [AllowAny]
    throttle_classes = [PartnerRateThrottle]
    content_negotiation_class = JSONAnyway

    def get_exception_handler(self):
        return exception_handler


urlpatterns = [
    path("v2/", include(V2_VIEWS)),
    path("v2/", include((api_router.get_urlpatterns(), "api"), namespace="api")),
    path("schema/", SchemaView.as_view(), name="api-schema"),
    path("docs/", DocsView.as_view(url_name="api-schema"), name="api-docs"),
]
