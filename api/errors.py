"""Every error under /api/ is JSON with a ``message``.

``exception_handler`` shapes the errors raised inside DRF views (set for all
DRF views in settings); ``api.middleware.APIMiddleware`` catches what happens
outside them (no such URL, an unexpected exception)."""
import logging

from django.http import JsonResponse
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from wagtail.api.v2.utils import BadRequestError

logger = logging.getLogger("api")


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
        # Wagtail's own 400 (raised by shared checks such as PartnerAPIView's)
        # is only understood by Wagtail's viewsets; every API view answers it.
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
