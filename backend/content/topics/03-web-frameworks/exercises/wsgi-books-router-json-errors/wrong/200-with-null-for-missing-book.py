# Mistake: a missing book returns 200 with null instead of a 404 error.
import json
import re

BOOKS = {
    1: {"id": 1, "title": "Dune", "author": "Frank Herbert"},
    2: {"id": 2, "title": "Neuromancer", "author": "William Gibson"},
    3: {"id": 3, "title": "Kindred", "author": "Octavia E. Butler"},
}


def respond(start_response, status, payload):
    start_response(status, [("Content-Type", "application/json")])
    return [json.dumps(payload).encode("utf-8")]


def app(environ, start_response):
    path = environ["PATH_INFO"]
    if path == "/":
        return respond(start_response, "200 OK", {"service": "library", "routes": ["/books", "/books/<id>"]})
    if path == "/books":
        return respond(start_response, "200 OK", {"books": [BOOKS[i] for i in sorted(BOOKS)]})
    match = re.fullmatch(r"/books/([0-9]+)", path)
    if match:
        return respond(start_response, "200 OK", BOOKS.get(int(match.group(1))))
    return respond(start_response, "404 Not Found", {"error": "not_found", "detail": f"no route for {path}"})
