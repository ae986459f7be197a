# Mistake: routes by prefix with startswith, so /books/1/reviews shows book 1 and /books/abc crashes.
import json

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
    if path.startswith("/books/"):
        book_id = int(path.split("/")[2])
        if book_id in BOOKS:
            return respond(start_response, "200 OK", BOOKS[book_id])
        return respond(start_response, "404 Not Found",
                       {"error": "not_found", "detail": f"book {book_id} does not exist"})
    return respond(start_response, "404 Not Found", {"error": "not_found", "detail": f"no route for {path}"})
