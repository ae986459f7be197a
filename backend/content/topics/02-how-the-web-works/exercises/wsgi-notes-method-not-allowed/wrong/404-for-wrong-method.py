# Mistake: treats an unsupported method like an unknown route and answers 404 instead of 405.
import json
import re

NOTES = []


def respond(start_response, status, payload, extra=()):
    start_response(status, [("Content-Type", "application/json")] + list(extra))
    return [json.dumps(payload).encode("utf-8")]


def app(environ, start_response):
    method, path = environ["REQUEST_METHOD"], environ["PATH_INFO"]
    if path == "/notes" and method == "GET":
        return respond(start_response, "200 OK", {"notes": NOTES})
    if path == "/notes" and method == "POST":
        try:
            data = json.loads(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
        except ValueError:
            data = None
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str) or not text:
            return respond(start_response, "400 Bad Request", {"error": "text is required"})
        note = {"id": len(NOTES) + 1, "text": text}
        NOTES.append(note)
        return respond(start_response, "201 Created", note, [("Location", f"/notes/{note['id']}")])
    match = re.fullmatch(r"/notes/(\d+)", path)
    if match and method == "GET":
        for note in NOTES:
            if note["id"] == int(match.group(1)):
                return respond(start_response, "200 OK", note)
    return respond(start_response, "404 Not Found", {"error": "not found"})
