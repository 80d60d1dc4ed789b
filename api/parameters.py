"""Query parameters every endpoint of the partner API shares.

``format`` is DRF's and Wagtail's way to ask for a representation
(``?format=json``); content negotiation (api.views.JSONAnyway) checks its
value, so the endpoints' own checks of unknown parameters let it through.
"""
SHARED_PARAMETERS = frozenset(["format"])


def unknown_parameters(request, known):
    """The names in ``request``'s query string that are neither in ``known``
    nor shared by every endpoint, sorted."""
    query = getattr(request, "query_params", None) or request.GET
    return sorted(set(query) - set(known) - SHARED_PARAMETERS)
