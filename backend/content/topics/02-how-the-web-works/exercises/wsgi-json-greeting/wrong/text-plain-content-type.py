# Mistake: sends JSON but labels it text/plain, so clients do not treat the body as JSON.
import json
from urllib.parse import parse_qs


def app(environ, start_response):
    if environ.get("PATH_INFO") != "/greet":
        status, payload = "404 Not Found", {"error": "not found"}
    else:
        name = parse_qs(environ.get("QUERY_STRING", "")).get("name", [""])[0]
        if name:
            status, payload = "200 OK", {"message": f"Hello, {name}!"}
        else:
            status, payload = "400 Bad Request", {"error": "missing query parameter: name"}
    start_response(status, [("Content-Type", "text/plain")])
    return [json.dumps(payload).encode("utf-8")]
