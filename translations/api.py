"""``meta.translation_status`` in the partner API: where the page stands in
each language (translations/status.py), for "also available in" links."""
from django.conf import settings

from api.fields import APIValueField

from .status import STATUSES, SOURCE, statuses_for_keys

_CONTEXT_KEY = "translation_status"


class TranslationStatus(APIValueField):
    """Computed once for all the pages of an answer (a fixed number of queries)."""

    def collect(self, instance, batch):
        self.context.setdefault(_CONTEXT_KEY, {"keys": set(), "statuses": None})["keys"].add(instance.translation_key)

    def to_representation(self, instance):
        state = self.context.setdefault(_CONTEXT_KEY, {"keys": set(), "statuses": None})
        state["keys"].add(instance.translation_key)
        if state["statuses"] is None or instance.translation_key not in state["computed"]:
            state["statuses"] = statuses_for_keys(state["keys"])
            state["computed"] = set(state["keys"])
        statuses = state["statuses"].get(instance.translation_key, {})
        return {language: status.as_api() for language, status in sorted(statuses.items())}

    def openapi_schema(self, model, refs):
        entry = {
            "type": "object",
            "properties": {
                "status": {"type": "string", "enum": [SOURCE, *STATUSES]},
                "progress": {
                    "type": "integer", "nullable": True, "minimum": 0, "maximum": 100,
                    "description": "Percent of the source's segments translated (null: not a synchronised translation).",
                },
                "source_changed_at": {
                    "type": "string", "nullable": True, "format": "date-time",
                    "description": "When the source changed after the last sync (out_of_date only).",
                },
            },
            "required": ["status", "progress", "source_changed_at"],
            "additionalProperties": False,
        }
        return {
            "type": "object",
            "description": (
                "Language code → the page's translation status there: source, translated, "
                "in_progress, out_of_date, or untranslated (an alias showing the source's content)."
            ),
            "properties": {code: entry for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES},
            "additionalProperties": False,
        }
