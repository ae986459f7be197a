import hmac
import json
from http.cookies import SimpleCookie

NOTES = []


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"notes": NOTES}).encode()]
