"""robots.txt and the error pages."""
import sys

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from cms.outages import RETRY_AFTER_SECONDS, database_unavailable


@require_GET
@cache_control(public=True, max_age=60 * 60)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def media_not_found(request):
    """/media/documents/... in development: documents are served by Wagtail's
    document view only, which checks their collection's view restrictions."""
    raise Http404("Documents are served under /documents/.")


def language_of(request):
    """The language of the visitor's URL (/da/…), else the active one."""
    code = translation.get_language_from_path(request.path_info)
    return code or translation.get_language() or settings.LANGUAGE_CODE


def server_error(request, template_name="500.html"):
    """The 500 page in the visitor's language. It must work when the database
    is the problem: no context processors (they would load the user), no
    queries, a template that extends nothing that queries."""
    with translation.override(language_of(request)):
        html = loader.get_template(template_name).render({"LANGUAGE_CODE": translation.get_language()})
    if database_unavailable(sys.exc_info()[1]):
        # The database is restarting or out of reach: the same page ("try again in
        # a few minutes"), as 503 with Retry-After (cms/outages.py).
        response = HttpResponse(html, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(html)
