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
    def add(self, user):
        raise NotImplementedError

    def get(self, user_id):
        raise NotImplementedError

    def get_by_email(self, email):
        raise NotImplementedError

    def all(self):
        raise NotImplementedError


def register_user(repo: UserRepository, email: str, name: str) -> User:
    raise NotImplementedError
