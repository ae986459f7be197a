def _normalise(email: str) -> str:
    return email.strip().lower()


class InMemoryUserRepository:
    """A dict-backed stand-in for the users table, for unit tests."""

    def __init__(self):
        self._users = {}
        self._next_id = 1

    def add(self, email: str, name: str) -> dict:
        email = _normalise(email)
        if self.find_by_email(email) is not None:
            raise ValueError("email already registered")
        user = {"id": self._next_id, "email": email, "name": name}
        self._users[user["id"]] = user
        self._next_id += 1
        return dict(user)

    def get(self, user_id: int) -> dict:
        return dict(self._users[user_id])

    def find_by_email(self, email: str) -> dict | None:
        wanted = _normalise(email)
        for user in self._users.values():
            if user["email"] == wanted:
                return dict(user)
        return None

    def list(self) -> list[dict]:
        return [dict(self._users[user_id]) for user_id in sorted(self._users)]

    def delete(self, user_id: int) -> None:
        del self._users[user_id]
