# Mistake: matches the prefix "Bearer " exactly, but the authentication scheme is case-insensitive.
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
    header = environ.get("HTTP_AUTHORIZATION", "")
    if not header.startswith("Bearer ") or not header[7:]:
        return send(start_response, "401 Unauthorized", {"error": "missing credentials"},
                    [("WWW-Authenticate", 'Bearer realm="api"')])
    user = TOKENS.get(header[7:])
    if user is None:
        return send(start_response, "401 Unauthorized", {"error": "invalid token"},
                    [("WWW-Authenticate", 'Bearer realm="api", error="invalid_token"')])
    if path == "/me":
        return send(start_response, "200 OK", {"username": user["username"], "role": user["role"]})
    if user["role"] != "admin":
        return send(start_response, "403 Forbidden", {"error": "forbidden"})
    return send(start_response, "200 OK", {"users": sorted(u["username"] for u in TOKENS.values())})
