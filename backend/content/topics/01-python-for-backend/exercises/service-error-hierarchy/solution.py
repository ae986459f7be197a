import re

USERNAME = re.compile(r"[A-Za-z0-9_]{3,20}")


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
    local, at, domain = email.partition("@")
    if not at or not local or not domain or "@" in domain:
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
