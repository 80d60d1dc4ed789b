from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import PendingIndexChangeViewSet, ReadOnlyPolicy
from .models import PendingIndexChange, VocabularyEntry

register_permission_policy(PendingIndexChange, ReadOnlyPolicy(PendingIndexChange))


@hooks.register("register_admin_viewset")
def register_pending_index_changes():
    return PendingIndexChangeViewSet("search_pending_changes")


class VocabularyEntryViewSet(SnippetViewSet):
    """Settings → Search vocabulary: compound parts and synonyms editors add
    to the shipped lists (search/vocabulary/); applied on the next rebuild."""

    model = VocabularyEntry
    icon = "search"
    menu_label = "Search vocabulary"
    add_to_settings_menu = True
    list_display = ["kind", "language", "words", "note"]
    list_filter = ["kind", "language"]


register_snippet(VocabularyEntryViewSet)
