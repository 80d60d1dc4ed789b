"""``/api/v2/pages/?search=...&search_operator=and|or``, as in Wagtail's own
API, on the project's search machinery (search/matching.py): language-aware
(``locale`` narrows the text to that language's analysis), typo-tolerant,
combined with every other filter of the listing, best match first unless
``order`` is given."""
from django.conf import settings
from django.db.models import Case, IntegerField, Value, When
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from search.matching import MAX_MATCHES, OPERATORS, matching_page_ids
from search.params import MAX_QUERY_LENGTH, printable

from .filters import _keep_child_of as keep_child_of
from .parameters import ConflictingParameters, requested_locale

SEARCH_PARAMETERS = frozenset(["search", "search_operator"])


class PageSearchFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator", "and")
        if operator not in OPERATORS:
            raise BadRequestError(f"search_operator must be one of: {', '.join(OPERATORS)}")
        if "search" not in request.GET:
            return queryset  # a search_operator alone changes nothing, as in Wagtail
        text = " ".join(printable(request.GET["search"]).split())
        if len(text) > MAX_QUERY_LENGTH:
            raise BadRequestError(f"search can be at most {MAX_QUERY_LENGTH} characters long")
        if not text:
            return queryset  # an empty search narrows nothing, as in Wagtail
        try:
            locale = requested_locale(request)
        except ConflictingParameters as error:
            raise BadRequestError(str(error)) from None
        all_languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        languages = [locale] if locale in all_languages else all_languages
        ranked = matching_page_ids(text, languages, operator, MAX_MATCHES)
        if not ranked:
            return queryset.none()
        rank = Case(*[When(pk=page_id, then=Value(position)) for position, page_id in enumerate(ranked)],
                    output_field=IntegerField())
        found = queryset.filter(pk__in=ranked).annotate(search_rank=rank).order_by("search_rank")
        return keep_child_of(queryset, found)
