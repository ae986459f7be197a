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
        else:
            # Any request can carry more query parameters than the server parses.
            codes["400"] = "The request is malformed (e.g. too many query parameters)."
        permissions = [p() if isinstance(p, type) else p for p in view.get_permissions()]
        public = all(isinstance(p, AllowAny) for p in permissions)
        if not public or view.get_authenticators() or getattr(view, "answers_401", False):
            codes["401"] = "Missing, expired or invalid credentials."
        if not public:
            codes["403"] = "Signed in, but not allowed to do this."
        if "{" in self.path:
            codes["404"] = "No such object, or not visible to you."
        elif getattr(view, "pagination_class", None) and self.method == "GET":
            codes["404"] = "The page or cursor does not exist."
        if has_body:
            codes["413"] = "The request body is too large."
            codes["415"] = "The body is not JSON."
        if getattr(view, "documents_conflict", False) and self.method != "GET":
            codes["409"] = (
                "The object's state refuses this (an archived class, a topic or exercise the "
                "curriculum files own); `detail` says what to change first."
            )
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


# Django derives integer bounds from the database backend (SQLite: 64-bit for every integer
# column; PostgreSQL: 16/32/64-bit by column type). The contract must not depend on which
# database generated it, so those backend-derived bounds are dropped; bounds the API itself
# sets (page sizes, points, limits) are small numbers and stay.
_BACKEND_BOUNDS = {2**63 - 1, -(2**63), 2**31 - 1, -(2**31), 2**15 - 1, -(2**15)}


def _strip_backend_bounds(node) -> None:
    if isinstance(node, dict):
        if node.get("type") == "integer":
            for key in ("maximum", "minimum"):
                if node.get(key) in _BACKEND_BOUNDS:
                    del node[key]
            if node.get("format") == "int64":
                del node["format"]
        for value in node.values():
            _strip_backend_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _strip_backend_bounds(value)


def strip_database_integer_bounds(result, generator, request, public):
    """drf-spectacular postprocessing hook: see `_BACKEND_BOUNDS`."""
    _strip_backend_bounds(result)
    return result


def _union_refs_as_unions(node, unions: set[str]) -> None:
    if isinstance(node, dict):
        refs = node.get("allOf")
        if isinstance(refs, list) and len(refs) == 1 and refs[0].get("$ref") in unions:
            node["oneOf"] = node.pop("allOf")
        for value in node.values():
            _union_refs_as_unions(value, unions)
    elif isinstance(node, list):
        for value in node:
            _union_refs_as_unions(value, unions)


def nullable_unions_as_unions(result, generator, request, public):
    """drf-spectacular postprocessing hook: a nullable (or read-only) reference to a union
    discriminated by `kind` is written `allOf: [$ref]`, which code generators read as
    inheriting from the union (openapi-typescript types it `Omit<Union, "kind">`, where no
    member's fields are left). `oneOf: [$ref]` says the same to a validator and keeps the
    union a union for the generators."""
    schemas = result.get("components", {}).get("schemas", {})
    unions = {
        f"#/components/schemas/{name}"
        for name, schema in schemas.items()
        if "oneOf" in schema and "discriminator" in schema
    }
    _union_refs_as_unions(result.get("paths", {}), unions)
    _union_refs_as_unions(schemas, unions)
    return result


_SUCCESS = {
    "200": "The request succeeded; the body is the object or page asked for.",
    "201": "Created; the body is the new object.",
    "202": "Accepted; the work continues in the background and the body says how to follow it.",
    "204": "Done; there is no body.",
}


def describe_every_operation(result, generator, request, public):
    """drf-spectacular postprocessing hook: what clients generated from the contract read.

    - A successful response without a description gets one by its status (generators and
      linters expect every response to say what it is).
    - An operation that takes no credentials says so with `security: []`. drf-spectacular
      writes `[{}]` ("no requirement, as an alternative") or nothing, and some generators read
      `[{}]` as "needs an authenticated client": registering must not.
    """
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for code, response in operation.get("responses", {}).items():
                if code in _SUCCESS and not response.get("description"):
                    response["description"] = _SUCCESS[code]
            if operation.get("security") in (None, [{}]):
                operation["security"] = []
    return result
