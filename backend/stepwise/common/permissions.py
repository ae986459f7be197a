"""Permission classes shared by the API: who may author content and read everyone's data."""

from rest_framework.permissions import SAFE_METHODS, BasePermission


def can_author(user) -> bool:
    return bool(user and user.is_authenticated and user.can_author)


def is_admin(user) -> bool:
    """Admins read everything; instructors only what their classes allow."""
    return bool(user and user.is_authenticated and (user.is_staff or user.is_superuser))


class IsAuthor(BasePermission):
    """Instructors and admins only."""

    message = "Only instructors can do this."

    def has_permission(self, request, view) -> bool:
        return can_author(request.user)


class ReadOnlyOrAuthor(BasePermission):
    """Anyone signed in may read; only instructors and admins may write."""

    message = "Only instructors can change content."

    def has_permission(self, request, view) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        return request.method in SAFE_METHODS or can_author(request.user)
