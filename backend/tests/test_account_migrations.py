"""The migration that makes usernames unique regardless of case, on the real PostgreSQL,
starting from a database that already holds case-variant duplicates."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("accounts", "0002_instructor_group")]
AFTER = [("accounts", "0003_username_case_insensitive_email_not_unique")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_it_renames_all_but_the_oldest_of_each_case_variant_group():
    old_apps = _migrate(BEFORE)
    User = old_apps.get_model("accounts", "User")
    ada = User.objects.create(username="ada", email="ada@example.org")
    second = User.objects.create(username="Ada", email="ada2@example.org")
    third = User.objects.create(username="ADA", email="other@example.org")
    grace = User.objects.create(username="grace", email="grace@example.org")
    try:
        User = _migrate(AFTER).get_model("accounts", "User")
        names = dict(User.objects.values_list("pk", "username"))
        assert names == {
            ada.pk: "ada",
            second.pk: f"Ada-{second.pk}",
            third.pk: f"ADA-{third.pk}",
            grace.pk: "grace",
        }
    finally:
        _migrate(AFTER)
