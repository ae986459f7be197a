# Mistake: the permission refuses other people's drafts with 403, which tells them the draft exists.
from rest_framework import permissions


class IsAuthorOrReadOnly(permissions.BasePermission):
    def has_permission(self, request, view):
        return request.method in permissions.SAFE_METHODS or request.user.is_authenticated

    def has_object_permission(self, request, view, obj):
        if not obj.published and obj.author != request.user:
            return False
        if request.method in permissions.SAFE_METHODS:
            return True
        if request.method == "DELETE" and request.user.is_staff:
            return True
        return obj.author == request.user
