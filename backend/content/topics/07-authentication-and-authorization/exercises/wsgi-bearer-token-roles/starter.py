import json

TOKENS = {
    "token-ada": {"username": "ada", "role": "admin"},
    "token-bob": {"username": "bob", "role": "member"},
}


def app(environ, start_response):
    body = json.dumps({"error": "not implemented"}).encode()
    start_response("501 Not Implemented", [("Content-Type", "application/json")])
    return [body]
