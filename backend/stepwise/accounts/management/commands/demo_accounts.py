"""Create (or reset) the demo accounts `make run` prints. Refuses to run without DEBUG,
so the well-known passwords can never reach a production database."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from stepwise.accounts.models import INSTRUCTOR_GROUP, User

DEMO_ACCOUNTS = [
    # username, password, role
    ("learner", "learn-python-2026", "learner"),
    ("instructor", "teach-python-2026", "instructor"),
    ("admin", "admin-python-2026", "admin"),
]


class Command(BaseCommand):
    help = "Create the demo learner, instructor and admin accounts (development only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development (DEBUG) only.")
        instructors, _ = Group.objects.get_or_create(name=INSTRUCTOR_GROUP)
        for username, password, role in DEMO_ACCOUNTS:
            user, _ = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@stepwise.local"}
            )
            user.set_password(password)
            user.display_name = f"Demo {role}"
            user.is_staff = user.is_superuser = role == "admin"
            user.save()
            if role == "instructor":
                user.groups.add(instructors)
            self.stdout.write(f"  {role:<11} {username:<11} password: {password}")
