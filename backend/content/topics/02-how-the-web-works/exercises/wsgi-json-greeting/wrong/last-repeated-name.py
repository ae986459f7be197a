# Takes the name with parse_qsl into a dict, so when name is repeated the last one wins
# instead of the first.
import json
from urllib.parse import parse_qsl


def respond(start_response, status, payload):
    body = json.dumps(payload).encode("utf-8")
    start_response(status, [("Content-Type", "application/json")])
    return [body]


def app(environ, start_response):
    if environ.get("PATH_INFO") != "/greet":
        return respond(start_response, "404 Not Found", {"error": "not found"})
    name = dict(parse_qsl(environ.get("QUERY_STRING", ""))).get("name", "")
    if not name:
        return respond(start_response, "400 Bad Request", {"error": "missing query parameter: name"})
    return respond(start_response, "200 OK", {"message": f"Hello, {name}!"})
