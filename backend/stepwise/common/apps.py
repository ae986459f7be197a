from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _limit_sqlite_connection(sender, connection, **kwargs) -> None:
    """With SQLite (the zero-setup default) the platform's own database is a file the web and
    grading processes can reach: no connection of theirs may attach another database file."""
    if connection.vendor == "sqlite":
        import sqlite3

        connection.connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)


class CommonConfig(AppConfig):
    name = "stepwise.common"
    label = "common"

    def ready(self) -> None:
        from stepwise.common import strict_json

        strict_json.install()
        connection_created.connect(_limit_sqlite_connection, dispatch_uid="limit-sqlite-attach")
