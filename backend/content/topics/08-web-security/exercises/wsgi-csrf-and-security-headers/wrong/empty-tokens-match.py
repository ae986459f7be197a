# Mistake: compares the cookie and the header without requiring values, so two missing tokens "match".
import hmac
import json
from http import HTTPStatus
from http.cookies import SimpleCookie

NOTES = []
HEADERS = [
    ("Content-Type", "application/json"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Content-Security-Policy", "default-src 'none'"),
    ("Referrer-Policy", "no-referrer"),
]


def respond(start_response, status, payload, extra=()):
    start_response(f"{status} {HTTPStatus(status).phrase}", [*HEADERS, *extra])
    return [json.dumps(payload).encode()]


def csrf_ok(environ):
    morsel = SimpleCookie(environ.get("HTTP_COOKIE", "")).get("csrftoken")
    cookie = morsel.value if morsel else ""
    return hmac.compare_digest(cookie, environ.get("HTTP_X_CSRF_TOKEN", ""))


def app(environ, start_response):
    if environ.get("PATH_INFO") != "/notes":
        return respond(start_response, 404, {"error": "not found"})
    method = environ["REQUEST_METHOD"]
    if method not in ("GET", "HEAD", "OPTIONS") and not csrf_ok(environ):
        return respond(start_response, 403, {"error": "CSRF token missing or incorrect"})
    if method == "GET":
        return respond(start_response, 200, {"notes": NOTES})
    if method == "POST":
        try:
            data = json.loads(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
        except ValueError:
            data = None
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str) or not text.strip():
            return respond(start_response, 400, {"error": "text is required"})
        note = {"id": len(NOTES) + 1, "text": text}
        NOTES.append(note)
        return respond(start_response, 201, note)
    return respond(start_response, 405, {"error": "method not allowed"}, [("Allow", "GET, POST")])
