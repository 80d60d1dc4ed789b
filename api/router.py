"""The /api/v2/ router: Wagtail's router with the partner API's endpoints.

Endpoints for a model (pages, images, documents) are registered here; views
that are not about one model (preview, and search) are added beside the
router in api/urls.py."""
from wagtail.api.v2.router import WagtailAPIRouter

from .views import DocumentsEndpoint, ImagesEndpoint, PagesEndpoint

api_router = WagtailAPIRouter("api")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)


def api_view(view_class, actions=None, **initkwargs):
    """A DRF view for /api/v2/ that can link to the router's endpoints
    (``request.wagtailapi_router``), e.g. to write ``detail_url``s."""
    view = view_class.as_view(actions, **initkwargs) if actions else view_class.as_view(**initkwargs)
    return api_router.wrap_view(view)
