"""Search without the engine, on Wagtail's database backend: the embedded
default of `make run`, and the fallback when the engine does not answer.

It offers the same results shape as the engine path — hits, facet counts and
per-language counts — with a plain summary instead of highlighted snippets.
Counts come from the database in a fixed number of queries.
"""
import re

from django.utils.html import escape
from wagtail.models import Page

from agenda.models import EventPage
from casestudies.models import CaseStudyCountry, CaseStudyPage, GoodPracticePage
from clusters.models import ClusterPage
from website.visibility import public_pages

from .documents import CONTENT_TYPE_OF_MODEL, CONTENT_TYPES, SEARCHABLE_MODELS
from .facets import FACETS
from .query import FacetValue, SearchHit, SearchResults, split_query

THEMED_MODELS = (CaseStudyPage, GoodPracticePage, EventPage)
WORD = re.compile(r"\w+")


def plain_words(text):
    """The words of ``text`` without punctuation. Wagtail's database backends
    hand the text to SQLite's FTS5 or PostgreSQL's tsquery, whose syntax a
    stray quote or operator breaks; the words alone are what was meant."""
    return WORD.findall(text)


def _matching_ids(params, languages):
    """Ids of the live, public, translated pages matching the words, best first."""
    from wagtail.models import Locale

    locales = list(Locale.objects.filter(language_code__in=languages))
    pages = Page.objects.live().type(*SEARCHABLE_MODELS).filter(locale__in=locales)  # public: below
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


def _facet_sets(ids):
    """page id sets per facet value, for the pages in ``ids``."""
    from django.contrib.contenttypes.models import ContentType

    sets = {name: {} for name in FACETS}
    type_of_ct = {ContentType.objects.get_for_model(model).pk: key for model, key in CONTENT_TYPE_OF_MODEL.items()}
    for pk, ct in Page.objects.filter(pk__in=ids).values_list("pk", "content_type_id"):
        sets["type"].setdefault(type_of_ct.get(ct), set()).add(pk)
    for pk, slug in ClusterPage.objects.filter(pk__in=ids).values_list("pk", "sectors__slug"):
        if slug:
            sets["sector"].setdefault(slug, set()).add(pk)
    for model in THEMED_MODELS:
        for pk, slug in model.objects.filter(pk__in=ids).values_list("pk", "themes__slug"):
            if slug:
                sets["theme"].setdefault(slug, set()).add(pk)
    for pk, country in ClusterPage.objects.filter(pk__in=ids).values_list("pk", "country"):
        sets["country"].setdefault(country, set()).add(pk)
    for pk, country in CaseStudyCountry.objects.filter(page_id__in=ids).values_list("page_id", "country"):
        sets["country"].setdefault(country, set()).add(pk)
    events = EventPage.objects.filter(pk__in=ids)
    sets["period"]["upcoming"] = set(events.upcoming().values_list("pk", flat=True))
    sets["period"]["past"] = set(events.past().values_list("pk", flat=True))
    return sets


def database_search(params):
    from django.conf import settings

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
        dates = dict(Page.objects.filter(pk__in=ordered).values_list("pk", "last_published_at"))
        event_dates = dict(EventPage.objects.filter(pk__in=ordered).values_list("pk", "start_date"))
        ordered.sort(key=lambda pk: str(event_dates.get(pk) or (dates.get(pk) and dates[pk].date()) or ""), reverse=True)
    page_ids = ordered[params.offset: params.offset + params.page_size]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).select_related("locale").specific()}
    hits = []
    for pk in page_ids:
        page = pages[pk]
        summary = getattr(page, "short_description", None) or getattr(page, "summary", None) or getattr(page, "intro", "") or ""
        date = getattr(page, "start_date", None) or (page.last_published_at.date() if page.last_published_at else None)
        hits.append(SearchHit(
            page_id=pk, language=page.locale.language_code, content_type=CONTENT_TYPE_OF_MODEL[type(page)],
            title=page.title, url=page.get_url(), summary=summary, snippet=escape(summary[:180]),
            date=date.isoformat() if date else None,
        ))
    per_language = {}
    for code in language_of.values():
        per_language[code] = per_language.get(code, 0) + 1
    return SearchResults(
        params=params, hits=hits, total=len(ordered), facets=facets, languages=per_language, backend="database",
    )


__all__ = ["database_search", "CONTENT_TYPES"]
