import json
import logging
from datetime import datetime, timezone

# Attribute names every LogRecord has; anything else on a record came from `extra`.
STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}

SENSITIVE = ("password", "token", "secret", "authorization", "cookie")


def format_record(record):
    """Return the record as one line of JSON, with secrets redacted."""
    raise NotImplementedError
