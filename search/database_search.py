"""Search without the engine, on Wagtail's database backend: the embedded
default of `make run`, and the fallback when the engine does not answer.

It offers the same results shape as the engine path — hits, facet counts and
per-language counts — with a plain summary instead of highlighted snippets.
Counts come from the database in a fixed number of queries.
"""
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page

from website.visibility import public_pages

from .facets import FACETS
from .params import split_query
from .profile import page_summary, profile_of, searchable_models, searchable_types
from .results import FacetValue, SearchHit, SearchResults

WORD = re.compile(r"\w+")


def plain_words(text):
    """The words of ``text`` without punctuation. Wagtail's database backends
    hand the text to SQLite's FTS5 or PostgreSQL's tsquery, whose syntax a
    stray quote or operator breaks; the words alone are what was meant."""
    return WORD.findall(text)


def _matching_ids(params, languages):
    """Ids of the live, public, translated pages matching the words, best first."""
    locales = list(Locale.objects.filter(language_code__in=languages))
    pages = Page.objects.live().type(*searchable_models()).filter(locale__in=locales)  # public: below
    phrases, words = split_query(params.query)
    if not phrases and not words:
        ranked = list(pages.order_by("-last_published_at").values_list("pk", flat=True))
    else:
        # Wagtail's search layer filters only on indexed fields; aliases and
        # restricted pages are left out below, in one query.
        text = " ".join(plain_words(" ".join(words + phrases)))
        found = pages.search(text, backend="default", operator="and") if text else pages.none()
        ranked = [page.pk for page in found]
    allowed = set(public_pages(Page.objects.filter(pk__in=ranked, alias_of__isnull=True)).values_list("pk", flat=True))
    return [pk for pk in ranked if pk in allowed]


def _add(sets, rows):
    for pk, value in rows:
        if value:
            sets.setdefault(value, set()).add(pk)


def _facet_sets(ids):
    """page id sets per facet value, for the pages in ``ids``, read from what
    each page type's search profile declares (a few queries per type)."""
    sets = {name: {} for name in FACETS}
    key_of_ct = {ContentType.objects.get_for_model(model).pk: key for key, model in searchable_types().items()}
    _add(sets["type"], ((pk, key_of_ct.get(ct)) for pk, ct in Page.objects.filter(pk__in=ids).values_list("pk", "content_type_id")))
    today = timezone.localdate()
    for model in searchable_models():
        profile = model.search_profile
        pages = model.objects.filter(pk__in=ids)
        if profile.sectors:
            _add(sets["sector"], pages.values_list("pk", f"{profile.sectors}__slug"))
        if profile.themes:
            _add(sets["theme"], pages.values_list("pk", f"{profile.themes}__slug"))
        for path in profile.countries:
            _add(sets["country"], pages.values_list("pk", path.replace(".", "__")))
        if profile.kinds:
            _add(sets["kind"], pages.values_list("pk", profile.kinds))
        if profile.open_state:
            _add(sets["open"], ((pk, "true" if is_open else "false") for pk, is_open in _open_states(model, pages)))
        if profile.event_dates:
            # Upcoming means not over yet, by the event's last day (its first for a one-day event).
            start, end = profile.event_dates
            upcoming = Q(**{f"{end}__gte": today}) | Q(**{f"{end}__isnull": True, f"{start}__gte": today})
            upcoming_ids = set(pages.filter(upcoming).values_list("pk", flat=True))
            sets["period"].setdefault("upcoming", set()).update(upcoming_ids)
            sets["period"].setdefault("past", set()).update(set(pages.values_list("pk", flat=True)) - upcoming_ids)
    return sets


def _open_states(model, pages):
    """(page id, open?) of ``pages``: in one query when the type's queryset
    says what open means (``open()``), else read from each page."""
    if hasattr(pages, "open"):
        open_ids = set(pages.open().values_list("pk", flat=True))
        return [(pk, pk in open_ids) for pk in pages.values_list("pk", flat=True)]
    return [(page.pk, bool(getattr(page, model.search_profile.open_state))) for page in pages]


def _result_date(page, profile):
    """An event's start, otherwise the page's last publication."""
    if profile.event_dates:
        return getattr(page, profile.event_dates[0])
    return page.last_published_at.date() if page.last_published_at else None


def database_search(params):
    """Answer ``params`` from Wagtail's database backend (SearchResults with backend "database")."""
    all_languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    all_ids = _matching_ids(params, all_languages)
    language_of = dict(Page.objects.filter(pk__in=all_ids).values_list("pk", "locale__language_code"))
    ids = [pk for pk in all_ids if language_of.get(pk) in params.languages]
    sets = _facet_sets(ids)

    def passing(skip=None):
        allowed = set(ids)
        for name, values in params.filters.items():
            if name != skip:
                allowed &= set().union(*(sets[name].get(value, set()) for value in values))
        return allowed

    facets = {}
    language = params.languages[0] if len(params.languages) == 1 else "en"
    for name, facet in FACETS.items():
        scope = passing(skip=name)
        labels = facet.labels(language)
        selected = set(params.filters.get(name, []))
        values = []
        for value, members in sets[name].items():
            count = len(members & scope)
            if count or value in selected:
                values.append(FacetValue(value, labels.get(value, value), count, value in selected))
        facets[name] = sorted(values, key=lambda v: (-v.count, v.label))

    matching = passing()
    ordered = [pk for pk in ids if pk in matching]
    if params.sort == "date":
        dates = {pk: (published and published.date()) for pk, published in
                 Page.objects.filter(pk__in=ordered).values_list("pk", "last_published_at")}
        for model in searchable_models():
            if model.search_profile.event_dates:
                start = model.search_profile.event_dates[0]
                dates.update(model.objects.filter(pk__in=ordered).values_list("pk", start))
        ordered.sort(key=lambda pk: str(dates.get(pk) or ""), reverse=True)
    page_ids = ordered[params.offset: params.offset + params.page_size]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).select_related("locale").specific()}
    hits = []
    for pk in page_ids:
        page = pages[pk]
        profile = profile_of(page)
        summary = page_summary(page)
        date = _result_date(page, profile)
        hits.append(SearchHit(
            page_id=pk, language=page.locale.language_code, content_type=profile.key,
            title=page.title, url=page.get_url(), summary=summary, snippet=escape(summary[:180]),
            date=date.isoformat() if date else None,
        ))
    per_language = {}
    for code in language_of.values():
        per_language[code] = per_language.get(code, 0) + 1
    return SearchResults(
        params=params, hits=hits, total=len(ordered), facets=facets, languages=per_language, backend="database",
    )

