# Mistake: "if not text" treats the empty string as missing, so "" gets "required" instead of "blank".
import json
from urllib.parse import parse_qs

NOTES = []


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


def validate_note(body):
    if not isinstance(body, dict):
        return {"_body": "object_expected"}
    errors = {}
    text = body.get("text")
    if not text:
        errors["text"] = "required"
    elif not isinstance(text, str):
        errors["text"] = "type"
    elif not text.strip():
        errors["text"] = "blank"
    elif len(text) > 200:
        errors["text"] = "max_length"
    if "pinned" in body and not isinstance(body["pinned"], bool):
        errors["pinned"] = "type"
    return errors


def parse_int(query, name, default, low, high=None):
    values = query.get(name)
    if not values:
        return default
    try:
        number = int(values[0])
    except ValueError:
        return None
    if number < low or (high is not None and number > high):
        return None
    return number


def create_note(environ, start_response):
    try:
        body = read_json(environ)
    except ValueError:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        return error(start_response, "400 Bad Request", "invalid_json")
    errors = validate_note(body)
    if errors:
        return error(start_response, "400 Bad Request", "validation_failed", errors)
    note = {"id": len(NOTES) + 1, "text": body["text"], "pinned": body.get("pinned", False)}
    NOTES.append(note)
    return respond(start_response, "201 Created", note, [("Location", f"/notes/{note['id']}")])


def list_notes(environ, start_response):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    limit = parse_int(query, "limit", 10, 1, 100)
    offset = parse_int(query, "offset", 0, 0)
    bad = {}
    if limit is None:
        bad["limit"] = "invalid"
    if offset is None:
        bad["offset"] = "invalid"
    if bad:
        return error(start_response, "400 Bad Request", "invalid_query", bad)
    page = {
        "items": NOTES[offset:offset + limit],
        "total": len(NOTES),
        "limit": limit,
        "offset": offset,
    }
    return respond(start_response, "200 OK", page)


def app(environ, start_response):
    method = environ["REQUEST_METHOD"]
    path = environ.get("PATH_INFO", "")
    if path != "/notes":
        return error(start_response, "404 Not Found", "not_found")
    if method == "POST":
        return create_note(environ, start_response)
    if method == "GET":
        return list_notes(environ, start_response)
    return error(start_response, "405 Method Not Allowed", "method_not_allowed",
                 headers=[("Allow", "GET, POST")])
