# Checks only that "text" is truthy, so {"text": 5} or {"text": true} creates a note whose text
# is not a string.
import json
import re

NOTES = []


def respond(start_response, status, payload, extra=()):
    start_response(status, [("Content-Type", "application/json"), *extra])
    return [json.dumps(payload).encode("utf-8")]


def app(environ, start_response):
    method, path = environ["REQUEST_METHOD"], environ["PATH_INFO"]
    if path == "/notes":
        if method == "GET":
            return respond(start_response, "200 OK", {"notes": NOTES})
        if method == "POST":
            try:
                data = json.loads(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
            except ValueError:
                data = None
            if not isinstance(data, dict) or not data.get("text"):
                return respond(start_response, "400 Bad Request", {"error": "text is required"})
            note = {"id": len(NOTES) + 1, "text": data["text"]}
            NOTES.append(note)
            return respond(start_response, "201 Created", note, [("Location", f"/notes/{note['id']}")])
        return respond(start_response, "405 Method Not Allowed", {"error": "method not allowed"},
                       [("Allow", "GET, POST")])
    match = re.fullmatch(r"/notes/(\d+)", path)
    if match:
        if method != "GET":
            return respond(start_response, "405 Method Not Allowed", {"error": "method not allowed"},
                           [("Allow", "GET")])
        for note in NOTES:
            if note["id"] == int(match.group(1)):
                return respond(start_response, "200 OK", note)
    return respond(start_response, "404 Not Found", {"error": "not found"})
