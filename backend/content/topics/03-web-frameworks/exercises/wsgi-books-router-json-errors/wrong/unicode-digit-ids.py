# Matches the id with \d+, which in Python also matches digits of other scripts, so /books/٢
# answers book 2 instead of "no route".
import json
import re

BOOKS = {
    1: {"id": 1, "title": "Dune", "author": "Frank Herbert"},
    2: {"id": 2, "title": "Neuromancer", "author": "William Gibson"},
    3: {"id": 3, "title": "Kindred", "author": "Octavia E. Butler"},
}

STATUS_TEXT = {200: "200 OK", 404: "404 Not Found"}


def index():
    return 200, {"service": "library", "routes": ["/books", "/books/<id>"]}


def list_books():
    return 200, {"books": [BOOKS[book_id] for book_id in sorted(BOOKS)]}


def show_book(book_id):
    book = BOOKS.get(int(book_id))
    if book is None:
        return 404, {"error": "not_found", "detail": f"book {int(book_id)} does not exist"}
    return 200, book


ROUTES = [
    (re.compile(r"/"), index),
    (re.compile(r"/books"), list_books),
    (re.compile(r"/books/(\d+)"), show_book),
]


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    for pattern, handler in ROUTES:
        match = pattern.fullmatch(path)
        if match:
            status, payload = handler(*match.groups())
            break
    else:
        status, payload = 404, {"error": "not_found", "detail": f"no route for {path}"}
    body = json.dumps(payload).encode("utf-8")
    start_response(STATUS_TEXT[status], [
        ("Content-Type", "application/json"),
        ("Content-Length", str(len(body))),
    ])
    return [body]
