# Mistake: answers every request with 200 OK and puts the error only in the body.
import json
from urllib.parse import parse_qs


def app(environ, start_response):
    if environ.get("PATH_INFO") != "/greet":
        payload = {"error": "not found"}
    else:
        name = parse_qs(environ.get("QUERY_STRING", "")).get("name", [""])[0]
        payload = {"message": f"Hello, {name}!"} if name else {"error": "missing query parameter: name"}
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps(payload).encode("utf-8")]
