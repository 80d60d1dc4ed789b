"""Every error under /api/ is JSON with a ``message``.

``exception_handler`` shapes the errors raised inside the API's DRF views
(each view names it in ``get_exception_handler``: api/views.py, api/urls.py;
the project's REST_FRAMEWORK settings leave DRF's default alone);
``api.middleware.APIMiddleware`` turns what happens outside them (no such URL,
Django's error pages, an unexpected exception) into the same shape with
``json_error``."""
from django.http import JsonResponse
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from wagtail.api.v2.utils import BadRequestError


def _message(detail):
    if isinstance(detail, dict):
        if "message" in detail:
            return str(detail["message"])
        if "detail" in detail:
            return str(detail["detail"])
        return "; ".join(f"{key}: {_message(value)}" for key, value in detail.items())
    if isinstance(detail, (list, tuple)):
        return "; ".join(_message(item) for item in detail)
    return str(detail)


def exception_handler(exc, context):
    if isinstance(exc, BadRequestError):
        # Wagtail's API error, raised by the shared checks of PartnerAPIView
        # (e.g. a NUL in the query string) also in views that are not Wagtail's.
        return Response({"message": str(exc)}, status=400)
    response = drf_exception_handler(exc, context)
    if response is not None:
        response.data = {"message": _message(response.data)}
    return response


def json_error(status, message, **headers):
    response = JsonResponse({"message": message}, status=status)
    for name, value in headers.items():
        response[name] = value
    return response
