import json

BOOKS = {
    1: {"id": 1, "title": "Dune", "author": "Frank Herbert"},
    2: {"id": 2, "title": "Neuromancer", "author": "William Gibson"},
    3: {"id": 3, "title": "Kindred", "author": "Octavia E. Butler"},
}


def app(environ, start_response):
    path = environ["PATH_INFO"]
    if path == "/books":
        body = json.dumps({"books": list(BOOKS.values())}).encode("utf-8")
        start_response("200 OK", [("Content-Type", "application/json")])
        return [body]
    # TODO: the other routes and the JSON 404s
    start_response("404 Not Found", [("Content-Type", "text/html")])
    return [b"<h1>Not Found</h1>"]
