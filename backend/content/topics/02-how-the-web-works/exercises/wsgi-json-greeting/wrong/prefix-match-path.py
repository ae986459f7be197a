# Matches the path with startswith("/greet"), so /greeting and /greet/extra are greeted too
# instead of answering 404.
import json
from urllib.parse import parse_qs


def respond(start_response, status, payload):
    body = json.dumps(payload).encode("utf-8")
    start_response(status, [("Content-Type", "application/json")])
    return [body]


def app(environ, start_response):
    if not environ.get("PATH_INFO", "").startswith("/greet"):
        return respond(start_response, "404 Not Found", {"error": "not found"})
    name = parse_qs(environ.get("QUERY_STRING", "")).get("name", [""])[0]
    if not name:
        return respond(start_response, "400 Bad Request", {"error": "missing query parameter: name"})
    return respond(start_response, "200 OK", {"message": f"Hello, {name}!"})
