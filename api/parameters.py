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


# ``locale`` names a content language everywhere in the API (as in Wagtail's
# own API and in every answer's ``locale`` field); ``language`` is accepted as
# an alias, since the search endpoints first used it.
LOCALE_PARAMETER = "locale"
LOCALE_ALIAS = "language"
LOCALE_PARAMETERS = frozenset([LOCALE_PARAMETER, LOCALE_ALIAS])


class ConflictingParameters(ValueError):
    pass


def requested_locale(request):
    """The content language asked for with ``locale`` (or its alias
    ``language``), or None; ConflictingParameters when both differ."""
    query = getattr(request, "query_params", None) or request.GET
    values = {query[name] for name in LOCALE_PARAMETERS if name in query}
    if len(values) > 1:
        raise ConflictingParameters("locale and its alias language name different languages; give one of them")
    return values.pop() if values else None
