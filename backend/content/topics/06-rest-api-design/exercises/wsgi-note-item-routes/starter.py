import json

NOTES = {
    1: {"id": 1, "text": "buy milk", "pinned": False},
    2: {"id": 2, "text": "call the plumber", "pinned": True},
    3: {"id": 3, "text": "renew passport", "pinned": False},
}


def respond(start_response, status, payload, headers=()):
    body = json.dumps(payload).encode("utf-8")
    start_response(status, [("Content-Type", "application/json"), *headers])
    return [body]


def app(environ, start_response):
    method = environ["REQUEST_METHOD"]
    path = environ.get("PATH_INFO", "")
    # TODO: route /notes/<id> for GET, PATCH and DELETE
    return respond(start_response, "404 Not Found", {"error": {"code": "not_found", "fields": {}}})
