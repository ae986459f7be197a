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
    """Stores copies of users in a dict; ids start at 1 for each repository."""

    def __init__(self):
        self._users = {}
        self._next_id = 1

    def add(self, user):
        if user.id is not None:
            raise ValueError("a new user must not have an id yet")
        stored = replace(user, id=self._next_id)
        self._next_id += 1
        self._users[stored.id] = stored
        return replace(stored)

    def get(self, user_id):
        user = self._users.get(user_id)
        return None if user is None else replace(user)

    def get_by_email(self, email):
        for user in self._users.values():
            if user.email == email:
                return replace(user)
        return None

    def all(self):
        return [replace(self._users[key]) for key in sorted(self._users)]


def register_user(repo: UserRepository, email: str, name: str) -> User:
    email = email.strip().lower()
    local, at, domain = email.partition("@")
    if not at or not local or not domain or "@" in domain:
        raise ValueError(f"invalid email address: {email!r}")
    name = name.strip()
    if not name:
        raise ValueError("name must not be empty")
    if repo.get_by_email(email) is not None:
        raise EmailTaken(email)
    return repo.add(User(None, email, name))
