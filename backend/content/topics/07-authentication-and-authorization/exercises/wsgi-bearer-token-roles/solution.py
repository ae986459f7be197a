import json

TOKENS = {
    "token-ada": {"username": "ada", "role": "admin"},
    "token-bob": {"username": "bob", "role": "member"},
}

REASONS = {200: "OK", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found"}


def respond(start_response, status, payload, headers=()):
    body = json.dumps(payload).encode("utf-8")
    start_response(
        f"{status} {REASONS[status]}",
        [("Content-Type", "application/json"), ("Content-Length", str(len(body))), *headers],
    )
    return [body]


def authenticate(environ):
    """Return (user, None) for a known token, or (None, error_kind) otherwise."""
    scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None, "missing"
    user = TOKENS.get(token.strip())
    if user is None:
        return None, "invalid"
    return user, None


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path not in ("/me", "/admin/users"):
        return respond(start_response, 404, {"error": "not found"})

    user, problem = authenticate(environ)
    if problem == "missing":
        return respond(
            start_response, 401, {"error": "missing credentials"},
            [("WWW-Authenticate", 'Bearer realm="api"')],
        )
    if problem == "invalid":
        return respond(
            start_response, 401, {"error": "invalid token"},
            [("WWW-Authenticate", 'Bearer realm="api", error="invalid_token"')],
        )

    if path == "/me":
        return respond(start_response, 200, {"username": user["username"], "role": user["role"]})
    if user["role"] != "admin":
        return respond(start_response, 403, {"error": "forbidden"})
    users = sorted(entry["username"] for entry in TOKENS.values())
    return respond(start_response, 200, {"users": users})
