def _normalise(email: str) -> str:
    return email.strip().lower()


class InMemoryUserRepository:
    """A dict-backed stand-in for the users table, for unit tests."""

    def __init__(self):
        self._users = {}
        self._next_id = 1
        self._failure = None

    def fail_next(self, error: Exception) -> None:
        """Make the next call raise `error` instead of doing its work (once)."""
        self._failure = error

    def _fail_if_asked(self):
        error, self._failure = self._failure, None
        if error is not None:
            raise error

    def add(self, email: str, name: str) -> dict:
        self._fail_if_asked()
        email = _normalise(email)
        if self.find_by_email(email) is not None:
            raise ValueError("email already registered")
        user = {"id": self._next_id, "email": email, "name": name}
        self._users[user["id"]] = user
        self._next_id += 1
        return dict(user)

    def get(self, user_id: int) -> dict:
        self._fail_if_asked()
        return dict(self._users[user_id])

    def find_by_email(self, email: str) -> dict | None:
        self._fail_if_asked()
        wanted = _normalise(email)
        for user in self._users.values():
            if user["email"] == wanted:
                return dict(user)
        return None

    def list(self) -> list[dict]:
        self._fail_if_asked()
        return [dict(self._users[user_id]) for user_id in sorted(self._users)]

    def delete(self, user_id: int) -> None:
        self._fail_if_asked()
        del self._users[user_id]
