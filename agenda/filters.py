"""The event list: upcoming and past events, or only one of the two (a GET
parameter, no JavaScript needed), with a fixed number of queries."""
from django import forms
from django.utils.translation import gettext_lazy as _

from core.filters import ListFilterForm
from core.localization import localize_terms, localized_terms
from core.pagination import paginate
from taxonomy.models import Theme

UPCOMING, PAST = "upcoming", "past"


class EventFilterForm(ListFilterForm):
    show = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[("", _("Upcoming and past events")), (UPCOMING, _("Upcoming events")), (PAST, _("Past events"))],
        error_messages={"invalid_choice": _("“%(value)s” is not a choice here. Showing upcoming and past events.")},
    )


def _with_card_data(events, locale, theme_names):
    events = list(events)
    for event in events:
        event.card_themes = localized_terms(event.themes.all(), locale, theme_names)
    return events


def event_listing(index_page, request):
    """Context for the event index: ``upcoming_events`` and ``past_events``
    (``None`` for a part that is filtered out), the form and messages."""
    locale = index_page.locale
    form = EventFilterForm(request.GET)
    show = form.value("show")
    events = index_page.entries().defer_streamfields().prefetch_related("themes")
    theme_names = localize_terms(Theme.objects.filter(events__in=index_page.entries()).distinct(), locale)
    context = {
        "filter_form": form,
        "filter_errors": form.messages,
        "is_filtered": bool(show),
        "upcoming_events": None,
        "past_events": None,
    }
    if show in ("", UPCOMING):
        context["upcoming_events"] = _with_card_data(events.upcoming().order_by("start_date"), locale, theme_names)
    if show in ("", PAST):
        # Past events grow without end: they are shown a page at a time.
        page_obj, page_query = paginate(request, events.past().order_by("-start_date"))
        context.update(page_obj=page_obj, page_query=page_query)
        context["past_events"] = _with_card_data(page_obj.object_list, locale, theme_names)
    return context
