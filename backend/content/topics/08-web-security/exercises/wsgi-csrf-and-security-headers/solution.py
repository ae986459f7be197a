import hashlib
import hmac
import json
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie

# In production the secret comes from the environment; it never leaves the server.
CSRF_SECRET = b"notes-demo-secret"

NOTES = []
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
SECURITY_HEADERS = [
    ("Content-Type", "application/json"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Content-Security-Policy", "default-src 'none'"),
    ("Referrer-Policy", "no-referrer"),
]


def respond(start_response, status, payload, extra_headers=()):
    body = json.dumps(payload).encode("utf-8")
    phrase = HTTPStatus(status).phrase
    headers = [*SECURITY_HEADERS, ("Content-Length", str(len(body))), *extra_headers]
    start_response(f"{status} {phrase}", headers)
    return [body]


def signature(session_id, random_value):
    # Lengths first, so that no other (session, random) pair gives the same message.
    message = f"{len(session_id)}!{session_id}!{len(random_value)}!{random_value}"
    return hmac.new(CSRF_SECRET, message.encode(), hashlib.sha256).hexdigest()


def csrf_ok(environ):
    try:
        cookies = SimpleCookie(environ.get("HTTP_COOKIE", ""))
    except CookieError:
        return False
    session = cookies.get("sessionid")
    cookie = cookies.get("csrftoken")
    session_id = session.value if session is not None else ""
    cookie_token = cookie.value if cookie is not None else ""
    header_token = environ.get("HTTP_X_CSRF_TOKEN", "")
    if not session_id or not cookie_token or not header_token:
        return False
    if not hmac.compare_digest(cookie_token.encode(), header_token.encode()):
        return False
    random_value, dot, given = header_token.partition(".")
    if not dot or not random_value or not given:
        return False
    expected = signature(session_id, random_value)
    return hmac.compare_digest(given.encode(), expected.encode())


def read_json(environ):
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    raw = environ["wsgi.input"].read(length) if length > 0 else b""
    try:
        return json.loads(raw)
    except ValueError:
        return None


def app(environ, start_response):
    if environ.get("PATH_INFO", "/") != "/notes":
        return respond(start_response, 404, {"error": "not found"})

    method = environ.get("REQUEST_METHOD", "GET")  # methods are case-sensitive in HTTP
    if method not in SAFE_METHODS and not csrf_ok(environ):
        return respond(start_response, 403, {"error": "CSRF token missing or incorrect"})

    if method == "GET":
        return respond(start_response, 200, {"notes": NOTES})
    if method == "POST":
        data = read_json(environ)
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str) or not text.strip():
            return respond(start_response, 400, {"error": "text is required"})
        note = {"id": len(NOTES) + 1, "text": text}
        NOTES.append(note)
        return respond(start_response, 201, note)
    return respond(start_response, 405, {"error": "method not allowed"}, [("Allow", "GET, POST")])
