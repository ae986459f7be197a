"""OpenAPI generation: every operation documents the errors it can answer, in one shape."""

import re

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


# --- what linters (Redocly's recommended ruleset) and client generators need ----------------

_NULL = {"$ref": "#/components/schemas/NullEnum"}
_COMBINERS = ("allOf", "oneOf", "anyOf")


def _valid_nullable(node: dict) -> None:
    """Rewrite a schema whose `nullable` has no `type` beside it, which OpenAPI 3.0 ignores
    (`nullable` only widens a `type` named in the same object):

    - `allOf: [X]` + `nullable` (drf-spectacular's nullable reference) becomes
      `oneOf: [X, NullEnum]`, which does admit null; a single-member `allOf` would also make
      TypeScript generators drop a discriminated union's `kind` (`Omit<Union, "kind">`);
    - a `oneOf`/`anyOf` that already lists `NullEnum` needs no `nullable`;
    - a schema of any JSON value admits null already.
    """
    if not node.get("nullable") or "type" in node:
        return
    del node["nullable"]
    members = node.get("allOf")
    if members is not None:
        if len(members) == 1:
            del node["allOf"]
            node["oneOf"] = [members[0], dict(_NULL)]
        else:  # several parts, all of which must hold, or null
            node["oneOf"] = [{"allOf": node.pop("allOf")}, dict(_NULL)]
        return
    for combiner in ("oneOf", "anyOf"):
        if combiner in node and _NULL not in node[combiner]:
            node[combiner].append(dict(_NULL))


def _walk_schemas(node, visit) -> None:
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            _walk_schemas(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk_schemas(value, visit)


def _references(node, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            _references(value, found)
    elif isinstance(node, list):
        for value in node:
            _references(value, found)
    return found


def _drop_unused_components(result) -> None:
    """Remove the components nothing refers to: splitting requests from responses leaves a
    `FooRequest` behind for a serializer only ever nested read-only (a learner-visible example
    in a spec is never written)."""
    schemas = result.get("components", {}).get("schemas", {})
    used = _references({key: value for key, value in result.items() if key != "components"}, set())
    pending = set(used)
    while pending:  # follow the references between components
        found = _references([schemas.get(name, {}) for name in pending], set())
        pending = found - used
        used |= found
    for name in [name for name in schemas if name not in used]:
        del schemas[name]


# The origin of URLs in examples (a reserved example domain: no real host is implied).
EXAMPLE_ORIGIN = "https://stepwise-api.example.com"
# An opaque cursor as the API issues them (`p=<created_at>`, base64, URL-encoded).
_EXAMPLE_CURSOR = "cD0yMDI2LTExLTMwKzA5JTNBMTIlM0EwMC4xMjM0NTYlMkIwMCUzQTAw"

_ERROR_EXAMPLES = {
    "401": ("not_authenticated", "Authentication credentials were not provided."),
    "403": ("permission_denied", "You do not have permission to perform this action."),
    "404": ("not_found", "Not found."),
    "409": ("conflict", "The request conflicts with the current state of the object."),
    "413": ("payload_too_large", "The request body is too large."),
    "415": ("unsupported_media_type", 'Unsupported media type "text/plain" in request.'),
    "429": ("throttled", "Request was throttled. Expected available in 42 seconds."),
}


def _resolve(result, schema: dict) -> dict:
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        return result["components"]["schemas"].get(ref.rsplit("/", 1)[1], {})
    return schema


def _error_example(result, operation: dict, code: str) -> dict:
    if code != "400":
        error, detail = _ERROR_EXAMPLES.get(code, ("error", "The request was refused."))
        return {"code": error, "detail": detail}
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    required = _resolve(result, body.get("schema", {})).get("required", [])
    queries = [p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"]
    if required:
        errors = {required[0]: ["This field is required."]}
    elif "page_size" in queries:  # what the paginators answer (stepwise.common.pagination)
        errors = {"page_size": ["A positive integer is required."]}
    elif queries:
        errors = {queries[-1]: ["A valid value is required."]}
    else:
        return {
            "code": "too_many_parameters",
            "detail": "The request has too many query parameters.",
        }
    return {"code": "invalid", "detail": "The request is not valid.", "errors": errors}


def _example_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", lambda match: "1" if "id" in match.group(0) else "example", path)


def _add_examples(result) -> None:
    """Error responses carry an example in the API's own error shape (a viewer would otherwise
    invent `additionalProp1` for `errors`), and pages link to this API's own URLs."""
    error_ref = "#/components/schemas/Error"
    for path, operations in sorted(result.get("paths", {}).items()):
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for code, response in operation.get("responses", {}).items():
                media = response.get("content", {}).get("application/json")
                if not media:
                    continue
                if media.get("schema", {}).get("$ref") == error_ref:
                    if "example" not in media and "examples" not in media:
                        media["example"] = _error_example(result, operation, code)
                    continue
                page = _resolve(result, media.get("schema", {}))
                links = page.get("properties", {})
                if code != "200" or not {"next", "previous", "results"} <= links.keys():
                    continue
                url = EXAMPLE_ORIGIN + _example_path(path)
                if "count" in links:  # page numbers
                    examples = {"next": f"{url}?page=3", "previous": f"{url}?page=1"}
                else:
                    examples = {"next": f"{url}?cursor={_EXAMPLE_CURSOR}", "previous": None}
                for name, example in examples.items():
                    links[name]["example"] = example


def lintable_contract(result, generator, request, public):
    """drf-spectacular postprocessing hook: a contract that Redocly's recommended ruleset and
    client generators take without complaint (see `_valid_nullable`, `_drop_unused_components`).
    """
    result.setdefault("components", {}).setdefault("schemas", {}).setdefault(
        "NullEnum", {"enum": [None]}
    )
    _walk_schemas(result, _valid_nullable)
    _add_examples(result)
    _drop_unused_components(result)
    return result
