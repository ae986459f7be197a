class InMemoryUserRepository:
    """A dict-backed stand-in for the users table, for unit tests."""

    def __init__(self):
        self._users = {}

    def fail_next(self, error: Exception) -> None:
        raise NotImplementedError

    def add(self, email: str, name: str) -> dict:
        raise NotImplementedError

    def get(self, user_id: int) -> dict:
        raise NotImplementedError

    def find_by_email(self, email: str) -> dict | None:
        raise NotImplementedError

    def list(self) -> list[dict]:
        raise NotImplementedError

    def delete(self, user_id: int) -> None:
        raise NotImplementedError
