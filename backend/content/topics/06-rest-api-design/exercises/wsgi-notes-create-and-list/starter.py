import json
from urllib.parse import parse_qs

NOTES = []


def respond(start_response, status, payload, headers=()):
    body = json.dumps(payload).encode("utf-8")
    start_response(status, [("Content-Type", "application/json"), *headers])
    return [body]


def app(environ, start_response):
    method = environ["REQUEST_METHOD"]
    path = environ.get("PATH_INFO", "")
    if path == "/notes" and method == "GET":
        return respond(start_response, "200 OK", {"items": NOTES})
    return respond(start_response, "404 Not Found", {"error": {"code": "not_found", "fields": {}}})
