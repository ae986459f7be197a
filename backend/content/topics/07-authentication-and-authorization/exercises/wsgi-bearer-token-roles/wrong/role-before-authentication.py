# Mistake: checks the role before authenticating, so an anonymous call to /admin/users gets 403, not 401.
import json

TOKENS = {
    "token-ada": {"username": "ada", "role": "admin"},
    "token-bob": {"username": "bob", "role": "member"},
}


def send(start_response, status, payload, headers=()):
    start_response(status, [("Content-Type", "application/json"), *headers])
    return [json.dumps(payload).encode()]


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path not in ("/me", "/admin/users"):
        return send(start_response, "404 Not Found", {"error": "not found"})
    scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
    user = TOKENS.get(token) if scheme.lower() == "bearer" else None
    if path == "/admin/users" and (user is None or user["role"] != "admin"):
        return send(start_response, "403 Forbidden", {"error": "forbidden"})
    if scheme.lower() != "bearer" or not token:
        return send(start_response, "401 Unauthorized", {"error": "missing credentials"},
                    [("WWW-Authenticate", 'Bearer realm="api"')])
    if user is None:
        return send(start_response, "401 Unauthorized", {"error": "invalid token"},
                    [("WWW-Authenticate", 'Bearer realm="api", error="invalid_token"')])
    if path == "/me":
        return send(start_response, "200 OK", {"username": user["username"], "role": user["role"]})
    return send(start_response, "200 OK", {"users": sorted(u["username"] for u in TOKENS.values())})
