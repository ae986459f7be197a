class ServiceError(Exception):
    status = 500
    code = "internal_error"


# TODO: NotFound, ValidationFailed, Conflict


def create_user(users: dict, username: str, email: str) -> dict:
    raise NotImplementedError


def error_response(exc: Exception) -> tuple[int, dict]:
    raise NotImplementedError
