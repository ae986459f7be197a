"""OpenAPI generation: every operation documents the errors it can answer, in one shape."""

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from rest_framework.permissions import AllowAny

from stepwise.common.errors import ErrorSerializer

_BODY_METHODS = {"POST", "PUT", "PATCH"}


class AutoSchema(SpectacularAutoSchema):
    def _error_codes(self) -> dict[str, str]:
        view = self.view
        codes: dict[str, str] = {}
        has_body = self.method in _BODY_METHODS
        has_query = bool(getattr(view, "filterset_class", None)) or bool(
            getattr(view, "pagination_class", None)
        )
        if has_body or has_query or getattr(view, "documents_bad_request", False):
            codes["400"] = "The request is not valid; `errors` says why, per field."
        permissions = [p() if isinstance(p, type) else p for p in view.get_permissions()]
        public = all(isinstance(p, AllowAny) for p in permissions)
        if not public or view.get_authenticators():
            codes["401"] = "Missing, expired or invalid credentials."
        if not public:
            codes["403"] = "Signed in, but not allowed to do this."
        if "{" in self.path:
            codes["404"] = "No such object, or not visible to you."
        if has_body:
            codes["413"] = "The request body is too large."
            codes["415"] = "The body is not JSON."
        if view.get_throttles():
            codes["429"] = "Too many requests; retry after the `Retry-After` seconds."
        return codes

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        for code, description in self._error_codes().items():
            if code not in responses:
                response = self._get_response_for_code(ErrorSerializer, code, direction=direction)
                response["description"] = description
                responses[code] = response
        return responses
