# Mistake: the service reads the in-memory repository's private dict instead of using the protocol.
from dataclasses import dataclass, replace
from typing import Protocol


@dataclass
class User:
    id: int | None
    email: str
    name: str


class UserRepository(Protocol):
    def add(self, user: User) -> User: ...

    def get(self, user_id: int) -> User | None: ...

    def get_by_email(self, email: str) -> User | None: ...

    def all(self) -> list[User]: ...


class EmailTaken(Exception):
    """A user with this email address already exists."""


class InMemoryUserRepository:
    def __init__(self):
        self._users = {}

    def add(self, user):
        if user.id is not None:
            raise ValueError("a new user must not have an id yet")
        stored = replace(user, id=len(self._users) + 1)
        self._users[stored.id] = stored
        return replace(stored)

    def get(self, user_id):
        user = self._users.get(user_id)
        return None if user is None else replace(user)

    def get_by_email(self, email):
        return next((replace(u) for u in self._users.values() if u.email == email), None)

    def all(self):
        return [replace(self._users[key]) for key in sorted(self._users)]


def register_user(repo, email, name):
    email = email.strip().lower()
    local, at, domain = email.partition("@")
    if not at or not local or not domain or "@" in domain:
        raise ValueError("invalid email")
    name = name.strip()
    if not name:
        raise ValueError("empty name")
    if any(user.email == email for user in repo._users.values()):
        raise EmailTaken(email)
    return repo.add(User(None, email, name))
