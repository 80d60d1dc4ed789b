"""Site-wide background jobs run by `manage.py run_worker` (see WORKER_JOBS)."""
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Revision


def publish_scheduled():
    """Wagtail's scheduled publishing: publish revisions whose go-live time has
    passed and unpublish pages whose expiry time has. Returns a summary, or an
    empty string when nothing was due (two cheap queries)."""
    now = timezone.now()
    due = Revision.objects.filter(approved_go_live_at__lt=now).count()
    expired = Page.objects.filter(live=True, expire_at__lt=now).count()
    if not (due or expired):
        return ""
    # The command also handles other draftable models (snippets) the same way.
    call_command("publish_scheduled", verbosity=0)
    return f"scheduled publishing: {due} due revision(s), {expired} expired page(s)"
