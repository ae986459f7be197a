import itertools
import json

_counter = itertools.count(1)


def next_request_id():
    return f"req-{next(_counter)}"


def hello_app(environ, start_response):
    request_id = environ.get("stepwise.request_id")
    if environ.get("PATH_INFO") == "/hello":
        status, payload = "200 OK", {"message": "hello", "request_id": request_id}
    else:
        status, payload = "404 Not Found", {"error": "not found", "request_id": request_id}
    body = json.dumps(payload).encode("utf-8")
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


def request_id_middleware(inner):
    def middleware(environ, start_response):
        # TODO: choose the id, pass it inward, send it back
        return inner(environ, start_response)
    return middleware


app = request_id_middleware(hello_app)
