"""The one error shape of the whole API and the exception handler that produces it.

Every 4xx (and the 5xx that should never happen) answers
`{"code": "...", "detail": "...", "errors": {"field.path": ["message", ...]}}`.
"""

import logging

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation, TooManyFieldsSent
from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from stepwise.common.domain import InvalidChange, StateConflict, flatten_errors

logger = logging.getLogger(__name__)


class ErrorSerializer(serializers.Serializer):
    """The error body every 4xx answers with."""

    code = serializers.CharField(help_text="Machine-readable reason, e.g. `invalid`, `not_found`.")
    detail = serializers.CharField(help_text="A sentence for humans.")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="For `invalid`: messages per field; nested fields are joined with dots.",
    )


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


class TooManyParameters(exceptions.APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "The request has too many query parameters."
    default_code = "too_many_parameters"


class Conflict(exceptions.APIException):
    """The request is well formed but the object's state refuses it (an archived class)."""

    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state of the object."
    default_code = "conflict"


class BadRequest(exceptions.APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "The request is malformed."
    default_code = "bad_request"


def error_body(code: str, detail: str, errors: dict | None = None) -> dict:
    body = {"code": code, "detail": detail}
    if errors:
        body["errors"] = errors
    return body


def api_exception_handler(exc, context):
    # The services' domain errors first: the one place where a broken rule becomes HTTP.
    if isinstance(exc, InvalidChange):
        exc = exceptions.ValidationError(exc.errors)
    elif isinstance(exc, StateConflict):
        exc = Conflict(exc.sentence)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, RequestDataTooBig):
        exc = PayloadTooLarge()
    elif isinstance(exc, TooManyFieldsSent):
        # Raised the first time the view reads the query string, which DRF does before
        # authentication and throttling: a client error, not a failure worth a traceback.
        exc = TooManyParameters()
    elif isinstance(exc, SuspiciousOperation):
        exc = BadRequest()

    response = exception_handler(exc, context)
    if response is None:
        logger.exception("Unhandled error in %s", context.get("view"), exc_info=exc)
        return Response(
            error_body("server_error", "Something went wrong on our side."),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )

    if isinstance(exc, exceptions.ValidationError):
        response.data = error_body(
            "invalid", "The request is not valid.", flatten_errors(response.data)
        )
        return response

    data = response.data
    detail = data.get("detail", data) if isinstance(data, dict) else data
    code = "error"
    if isinstance(data, dict) and isinstance(data.get("code"), str):
        code = data["code"]  # simplejwt's token errors carry their own code
    elif isinstance(exc, exceptions.APIException):
        codes = exc.get_codes()
        code = codes if isinstance(codes, str) else exc.default_code
    response.data = error_body(str(code), str(detail))
    return response


def json_error_view(status_code: int, code: str, detail: str):
    """A plain Django view answering in the API's error shape (for handler404/500)."""

    @csrf_exempt  # it never changes anything; a PATCH to a wrong URL deserves the JSON 404
    def view(request, exception=None, **kwargs):
        return JsonResponse(error_body(code, detail), status=status_code)

    return view
