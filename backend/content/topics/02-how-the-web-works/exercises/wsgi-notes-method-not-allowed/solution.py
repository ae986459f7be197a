import json
import re

NOTES = []
NOTE_PATH = re.compile(r"/notes/(\d+)")


def respond(start_response, status, payload, extra_headers=()):
    body = json.dumps(payload).encode("utf-8")
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    start_response(status, headers + list(extra_headers))
    return [body]


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


def not_allowed(start_response, allow):
    return respond(start_response, "405 Method Not Allowed",
                   {"error": "method not allowed"}, [("Allow", allow)])


def app(environ, start_response):
    method = environ["REQUEST_METHOD"]
    path = environ["PATH_INFO"]

    if path == "/notes":
        if method == "GET":
            return respond(start_response, "200 OK", {"notes": NOTES})
        if method == "POST":
            data = read_json(environ)
            text = data.get("text") if isinstance(data, dict) else None
            if not isinstance(text, str) or not text:
                return respond(start_response, "400 Bad Request", {"error": "text is required"})
            note = {"id": len(NOTES) + 1, "text": text}
            NOTES.append(note)
            return respond(start_response, "201 Created", note,
                           [("Location", f"/notes/{note['id']}")])
        return not_allowed(start_response, "GET, POST")

    match = NOTE_PATH.fullmatch(path)
    if match:
        if method != "GET":
            return not_allowed(start_response, "GET")
        note_id = int(match.group(1))
        for note in NOTES:
            if note["id"] == note_id:
                return respond(start_response, "200 OK", note)

    return respond(start_response, "404 Not Found", {"error": "not found"})
