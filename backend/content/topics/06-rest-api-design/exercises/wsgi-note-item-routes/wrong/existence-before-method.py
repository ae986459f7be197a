# Mistake: the note is looked up before the method is checked, so PUT on a missing note answers 404 where 405 is due.
import json
import re

NOTES = {
    1: {"id": 1, "text": "buy milk", "pinned": False},
    2: {"id": 2, "text": "call the plumber", "pinned": True},
    3: {"id": 3, "text": "renew passport", "pinned": False},
}

NOTE_PATH = re.compile(r"/notes/([0-9]+)")
ALLOWED = "GET, PATCH, DELETE"


def respond(start_response, status, payload, headers=()):
    body = json.dumps(payload).encode("utf-8")
    start_response(status, [("Content-Type", "application/json"), *headers])
    return [body]


def error(start_response, status, code, fields=None, headers=()):
    return respond(start_response, status, {"error": {"code": code, "fields": fields or {}}}, headers)


def read_json(environ):
    """Return the parsed body; raise ValueError when it is not valid JSON."""
    try:
        size = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        size = 0
    raw = environ["wsgi.input"].read(size) if size > 0 else b""
    return json.loads(raw.decode("utf-8"))


def validate_patch(body):
    if not isinstance(body, dict):
        return {"_body": "object_expected"}
    errors = {}
    for field, value in body.items():
        if field == "text":
            if not isinstance(value, str):
                errors[field] = "type"
            elif not value.strip():
                errors[field] = "blank"
        elif field == "pinned":
            if not isinstance(value, bool):
                errors[field] = "type"
        else:
            errors[field] = "unknown_field"
    return errors


def app(environ, start_response):
    method = environ["REQUEST_METHOD"]
    match = NOTE_PATH.fullmatch(environ.get("PATH_INFO", ""))
    if match is None:
        return error(start_response, "404 Not Found", "not_found")
    note = NOTES.get(int(match.group(1)))
    if note is None:
        return error(start_response, "404 Not Found", "not_found")
    if method not in ("GET", "PATCH", "DELETE"):
        return error(start_response, "405 Method Not Allowed", "method_not_allowed",
                     headers=[("Allow", ALLOWED)])

    if method == "GET":
        return respond(start_response, "200 OK", note)

    if method == "DELETE":
        del NOTES[note["id"]]
        start_response("204 No Content", [])
        return [b""]

    try:
        body = read_json(environ)
    except ValueError:
        return error(start_response, "400 Bad Request", "invalid_json")
    errors = validate_patch(body)
    if errors:
        return error(start_response, "400 Bad Request", "validation_failed", errors)
    note.update(body)
    return respond(start_response, "200 OK", note)
