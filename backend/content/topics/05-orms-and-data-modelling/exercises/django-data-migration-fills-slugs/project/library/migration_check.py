"""Used by the tests. The grader migrates an empty database, so your data migration first runs
with no books at all; to test it on real rows, these helpers run its RunPython functions again
after the test's books exist, exactly as `migrate` would call them."""

import importlib
from types import SimpleNamespace

from django.apps import apps
from django.db import connection
from django.db.migrations.exceptions import IrreversibleError
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import RunPython


def migration_names():
    """The app's migrations on disk: a third one appears when makemigrations finds a change
    that your migration does not make."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return sorted(name for app, name in loader.disk_migrations if app == "library")


def _data_operation():
    module = importlib.import_module("library.migrations.m0002_book_slug")
    found = [op for op in module.Migration.operations if isinstance(op, RunPython)]
    if len(found) != 1:
        raise LookupError("m0002_book_slug must hold exactly one RunPython operation")
    return found[0]


def run_forwards():
    _data_operation().code(apps, SimpleNamespace(connection=connection))


def run_backwards():
    operation = _data_operation()
    if not operation.reversible:
        raise IrreversibleError("the RunPython operation has no reverse_code")
    operation.reverse_code(apps, SimpleNamespace(connection=connection))
