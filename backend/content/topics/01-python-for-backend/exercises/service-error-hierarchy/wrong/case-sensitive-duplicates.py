# Mistake: checks for duplicates with the username as typed, so "ADA" slips past an existing "ada".
import re


class ServiceError(Exception):
    status = 500
    code = "internal_error"


class NotFound(ServiceError):
    status = 404
    code = "not_found"


class ValidationFailed(ServiceError):
    status = 422
    code = "validation_failed"


class Conflict(ServiceError):
    status = 409
    code = "conflict"


def create_user(users, username, email):
    username = username.strip()
    if not re.fullmatch(r"[A-Za-z0-9_]{3,20}", username):
        raise ValidationFailed("username must be 3-20 letters, digits or underscores")
    if email.count("@") != 1 or email.startswith("@") or email.endswith("@"):
        raise ValidationFailed("email is invalid")
    if username in users:
        raise Conflict(f"username {username} is taken")
    users[username.lower()] = {"username": username, "email": email}
    return users[username.lower()]


def error_response(exc):
    if isinstance(exc, ServiceError):
        return exc.status, {"error": exc.code, "message": str(exc)}
    return 500, {"error": "internal_error", "message": "internal server error"}
