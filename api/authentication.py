"""Optional API keys: a partner site sends ``X-API-Key: <key>`` (or
``Authorization: Api-Key <key>``) and is throttled by its key, at its key's
rate, instead of by IP address. Without a key the API is open and anonymous."""
from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed

from .models import APIKey

# Recording every use would write to the database on every read.
LAST_USED_PRECISION = timedelta(minutes=10)


def raw_key_from(request):
    """The API key a request carries, or None (also used by the cache middleware)."""
    meta = request.META
    key = meta.get("HTTP_X_API_KEY", "").strip()
    if key:
        return key
    scheme, _, credentials = meta.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme.lower() == "api-key" and credentials.strip():
        return credentials.strip()
    return None


class APIKeyAuthentication(BaseAuthentication):
    def authenticate(self, request):
        raw_key = raw_key_from(request)
        if raw_key is None:
            return None
        key = APIKey.objects.for_raw_key(raw_key)
        if key is None:
            raise AuthenticationFailed("The API key is not valid or has been revoked.")
        now = timezone.now()
        if key.last_used_at is None or now - key.last_used_at > LAST_USED_PRECISION:
            APIKey.objects.filter(pk=key.pk).update(last_used_at=now)
        # The API serves the same public content to everyone: a key identifies
        # the client for throttling, it does not log anyone in.
        return AnonymousUser(), key

    def authenticate_header(self, request):
        return 'Api-Key realm="api"'
