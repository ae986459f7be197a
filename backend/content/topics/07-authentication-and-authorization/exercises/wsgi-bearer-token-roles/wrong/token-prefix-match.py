# Mistake: looks the token up by prefix, so "token-bob-forged" signs in as bob.
import json

TOKENS = {
    "token-ada": {"username": "ada", "role": "admin"},
    "token-bob": {"username": "bob", "role": "member"},
}

REASONS = {200: "OK", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found"}


def respond(start_response, status, payload, headers=()):
    body = json.dumps(payload).encode("utf-8")
    start_response(f"{status} {REASONS[status]}", [("Content-Type", "application/json"), *headers])
    return [body]


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path not in ("/me", "/admin/users"):
        return respond(start_response, 404, {"error": "not found"})
    scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return respond(start_response, 401, {"error": "missing credentials"},
                       [("WWW-Authenticate", 'Bearer realm="api"')])
    user = next((u for t, u in TOKENS.items() if token.startswith(t)), None)
    if user is None:
        return respond(start_response, 401, {"error": "invalid token"},
                       [("WWW-Authenticate", 'Bearer realm="api", error="invalid_token"')])
    if path == "/me":
        return respond(start_response, 200, user)
    if user["role"] != "admin":
        return respond(start_response, 403, {"error": "forbidden"})
    return respond(start_response, 200, {"users": sorted(u["username"] for u in TOKENS.values())})
