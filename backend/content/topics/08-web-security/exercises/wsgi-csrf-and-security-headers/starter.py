import hashlib
import hmac
import json
from http.cookies import SimpleCookie

CSRF_SECRET = b"notes-demo-secret"

NOTES = []


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"notes": NOTES}).encode()]
