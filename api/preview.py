"""Previews of drafts for headless front ends.

An editor clicks "Headless preview" in the page editor's header; the admin
signs a token naming the page and its latest revision (django.core.signing,
with the SECRET_KEY) and sends the editor to the partner's front end
(API_PREVIEW_FRONTEND_URL) with it. The front end fetches
``/api/v2/preview/?token=...`` and receives the draft as the pages endpoint
would show it once published. A token expires after
API_PREVIEW_TOKEN_MAX_AGE seconds and shows only the revision it names.
"""
from django.core import signing
from django.http import Http404
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page, Revision

from .conf import api_setting
from .views import PagesEndpoint

SALT = "api.headless-preview"


def make_preview_token(page, revision=None):
    """A signed, expiring token for ``revision`` of ``page`` (default: its latest revision)."""
    revision = revision or page.get_latest_revision()
    return signing.dumps({"page": page.pk, "revision": revision.pk if revision else None}, salt=SALT, compress=True)


def read_preview_token(token):
    """(page id, revision id or None). A forged, garbled or expired token
    grants nothing: PermissionDenied (403), like a wrong API key."""
    try:
        data = signing.loads(token, salt=SALT, max_age=api_setting("API_PREVIEW_TOKEN_MAX_AGE"))
    except signing.SignatureExpired as error:
        raise PermissionDenied("the preview token has expired; open the preview from the admin again") from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise PermissionDenied("the preview token is not valid") from error
    if not isinstance(data, dict) or not _is_id(data.get("page"), 2**31):
        raise PermissionDenied("the preview token is not valid")
    if data.get("revision") is not None and not _is_id(data["revision"], 2**63):
        raise PermissionDenied("the preview token is not valid")
    return data["page"], data.get("revision")


def _is_id(value, limit):
    """A database id as a signed token may carry it: a positive int (not a bool) below ``limit``."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < limit


class PreviewEndpoint(PagesEndpoint):
    """GET /api/v2/preview/?token=...: the draft a token names, in the shape of a page detail."""

    detail_query_parameters = frozenset(["token", "fields"])

    def preview_view(self, request):
        self.check_detail_query_parameters()
        if not request.GET.get("token"):
            raise BadRequestError("token is required")
        page_id, revision_id = read_preview_token(request.GET["token"])
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            raise Http404("the page of this preview no longer exists")
        page = page.specific
        revision = None
        if revision_id:
            revision = Revision.page_revisions.filter(pk=revision_id, object_id=str(page.pk)).first()
            if revision is None:
                raise Http404("the revision of this preview no longer exists")
        draft = revision.as_object() if revision else page
        draft._api_preview = True
        self._cached_object = draft
        serializer = self.get_serializer(draft)
        data = self.serialize(serializer, [draft])
        return Response(data, headers={"Cache-Control": "private, no-store"})
