# Mistake: calls next_request_id() before checking the header, so valid incoming ids still use up numbers.
import itertools
import json
import re

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
        generated = next_request_id()
        incoming = environ.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if re.fullmatch(r"[A-Za-z0-9-]{1,64}", incoming) else generated
        environ["stepwise.request_id"] = request_id

        def start_with_id(status, headers, exc_info=None):
            return start_response(status, headers + [("X-Request-ID", request_id)], exc_info)

        return inner(environ, start_with_id)
    return middleware


app = request_id_middleware(hello_app)
