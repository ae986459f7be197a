# Mistake: splits QUERY_STRING by hand without decoding, so "Ada+Lovelace" keeps its plus sign.
import json


def app(environ, start_response):
    if environ.get("PATH_INFO") != "/greet":
        status, payload = "404 Not Found", {"error": "not found"}
    else:
        params = dict(p.split("=", 1) for p in environ.get("QUERY_STRING", "").split("&") if "=" in p)
        name = params.get("name", "")
        if name:
            status, payload = "200 OK", {"message": f"Hello, {name}!"}
        else:
            status, payload = "400 Bad Request", {"error": "missing query parameter: name"}
    start_response(status, [("Content-Type", "application/json")])
    return [json.dumps(payload).encode("utf-8")]
