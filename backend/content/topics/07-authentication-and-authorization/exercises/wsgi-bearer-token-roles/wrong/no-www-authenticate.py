# Mistake: answers 401 but forgets the WWW-Authenticate header that tells the client how to authenticate.
import json

TOKENS = {
    "token-ada": {"username": "ada", "role": "admin"},
    "token-bob": {"username": "bob", "role": "member"},
}


def send(start_response, status, payload):
    start_response(status, [("Content-Type", "application/json")])
    return [json.dumps(payload).encode()]


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path not in ("/me", "/admin/users"):
        return send(start_response, "404 Not Found", {"error": "not found"})
    scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return send(start_response, "401 Unauthorized", {"error": "missing credentials"})
    user = TOKENS.get(token)
    if user is None:
        return send(start_response, "401 Unauthorized", {"error": "invalid token"})
    if path == "/me":
        return send(start_response, "200 OK", {"username": user["username"], "role": user["role"]})
    if user["role"] != "admin":
        return send(start_response, "403 Forbidden", {"error": "forbidden"})
    return send(start_response, "200 OK", {"users": sorted(u["username"] for u in TOKENS.values())})
