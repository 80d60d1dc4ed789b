"""Response rules for everything under /api/:

- errors are JSON with a ``message``, whoever produced them (an unknown URL,
  Django's error pages, an unexpected exception: never an HTML page);
- every successful GET carries an ETag, and a request whose If-None-Match
  matches it gets 304 Not Modified;
- anonymous reads may be cached by anyone for API_CACHE_MAX_AGE seconds,
  reads with an API key only by the client itself; errors are not cached.

It sits before LocaleMiddleware, which would otherwise answer an unknown
/api/ address with a redirect into the language-prefixed HTML site.
"""
import logging
from http import HTTPStatus

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag

from cms.outages import RETRY_AFTER_SECONDS, database_unavailable

from .authentication import raw_key_from
from .conf import api_setting
from .errors import json_error

logger = logging.getLogger("api")

API_PREFIX = "/api/"
KEPT_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate")


def is_api_request(request):
    return request.path_info.startswith(API_PREFIX)


class APIMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.language_prefixes = tuple(f"/{code}{API_PREFIX}" for code, _ in settings.LANGUAGES)

    def __call__(self, request):
        if not is_api_request(request):
            return self.get_response(request)
        response = self.get_response(request)
        response = self.as_json_error(request, response)
        if request.method in ("GET", "HEAD"):
            response = self.cache_headers(request, response)
        return response

    def process_exception(self, request, exception):
        if not is_api_request(request):
            return None
        if database_unavailable(exception):
            logger.warning("Database unavailable in %s %s: %s", request.method, request.path, exception)
            return json_error(503, "The service is briefly unavailable; try again shortly.",
                              **{"Retry-After": str(RETRY_AFTER_SECONDS)})
        logger.exception("Unexpected error in %s %s", request.method, request.path)
        return json_error(500, "Internal error; the problem has been logged.")

    def as_json_error(self, request, response):
        location = response.get("Location", "") if response.status_code in (301, 302) else ""
        if location.startswith(self.language_prefixes):
            original = getattr(request, "api_not_found_response", None)
            return original if original is not None else json_error(404, f"No API endpoint at {request.path}.")
        if response.status_code < 400 or response.get("Content-Type", "").startswith("application/json"):
            return response
        headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
        if response.status_code == 404:
            message = f"No API endpoint at {request.path}."
        else:
            try:
                message = HTTPStatus(response.status_code).phrase + "."
            except ValueError:
                message = "Error."
        return json_error(response.status_code, message, **headers)

    def cache_headers(self, request, response):
        if response.status_code >= 400:
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, no_store=True)
            return response
        if response.status_code != 200 or response.streaming:
            return response
        if not response.has_header("Cache-Control"):
            max_age = api_setting("API_CACHE_MAX_AGE")
            if raw_key_from(request):
                patch_cache_control(response, private=True, max_age=max_age)
            else:
                patch_cache_control(response, public=True, max_age=max_age)
        if not response.has_header("ETag"):
            set_response_etag(response)
        return get_conditional_response(request, etag=response["ETag"], response=response)
