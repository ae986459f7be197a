"""The user model. Roles are derived: staff are admins, members of the `instructor` group
are instructors, everyone else is a learner."""

import re

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower

INSTRUCTOR_GROUP = "instructor"
# What a new username may be, after NFKC normalisation (see RegisterSerializer).
USERNAME_PATTERN = re.compile(r"[A-Za-z0-9._-]{3,150}")
USERNAME_TAKEN = "This username is taken."


class User(AbstractUser):
    class Role(models.TextChoices):
        LEARNER = "learner", "Learner"
        INSTRUCTOR = "instructor", "Instructor"
        ADMIN = "admin", "Admin"

    # Not unique, on purpose: nothing signs in, resets a password or finds an account by
    # e-mail, so uniqueness would buy nothing and would make registration (and the profile
    # form) answer "this address already has an account" to anyone who asks. If a flow that
    # trusts e-mail ever arrives, it must verify the address first.
    email = models.EmailField("email address")
    display_name = models.CharField(max_length=80, blank=True)

    REQUIRED_FIELDS = ["email"]

    class Meta(AbstractUser.Meta):
        constraints = [
            # "Ada" and "ada" are one name to a reader; the database, not a check before the
            # insert, is what keeps two parallel registrations from taking both.
            models.UniqueConstraint(Lower("username"), name="accounts_user_username_ci_unique"),
        ]

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
