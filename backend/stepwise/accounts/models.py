"""The user model. Roles are derived: staff are admins, members of the `instructor` group
are instructors, everyone else is a learner."""

from django.contrib.auth.models import AbstractUser
from django.db import models

INSTRUCTOR_GROUP = "instructor"


class User(AbstractUser):
    class Role(models.TextChoices):
        LEARNER = "learner", "Learner"
        INSTRUCTOR = "instructor", "Instructor"
        ADMIN = "admin", "Admin"

    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(max_length=80, blank=True)

    REQUIRED_FIELDS = ["email"]

    @property
    def role(self) -> str:
        if self.is_staff or self.is_superuser:
            return self.Role.ADMIN
        if self.is_instructor_member:
            return self.Role.INSTRUCTOR
        return self.Role.LEARNER

    @property
    def is_instructor_member(self) -> bool:
        # Cached per instance: a request asks several times (permissions, serializers).
        cached = getattr(self, "_is_instructor_member", None)
        if cached is None:
            cached = self.groups.filter(name=INSTRUCTOR_GROUP).exists()
            self._is_instructor_member = cached
        return cached

    @property
    def can_author(self) -> bool:
        """Instructors and admins read private exercise data and write content."""
        return self.role in (self.Role.INSTRUCTOR, self.Role.ADMIN)
