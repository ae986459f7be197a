import json

NOTES = []


def app(environ, start_response):
    method = environ["REQUEST_METHOD"]
    path = environ["PATH_INFO"]
    # TODO: route the request and answer with the right status code
    body = json.dumps({"notes": NOTES}).encode("utf-8")
    start_response("200 OK", [("Content-Type", "application/json")])
    return [body]
