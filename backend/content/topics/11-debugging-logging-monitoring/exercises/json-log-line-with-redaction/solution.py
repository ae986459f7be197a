import json
import logging
import traceback
from datetime import datetime, timezone

# Attribute names every LogRecord has; anything else on a record came from `extra`.
STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}

SENSITIVE = ("password", "token", "secret", "authorization", "cookie")


def _is_sensitive(name):
    lowered = str(name).lower()
    return any(word in lowered for word in SENSITIVE)


def _redact(value):
    """Return a redacted copy of dictionaries, lists and tuples, however deeply nested; other
    values are returned unchanged."""
    if isinstance(value, dict):
        return {
            key: "[REDACTED]" if _is_sensitive(key) else _redact(inner)
            for key, inner in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [_redact(inner) for inner in value]
    return value


def format_record(record):
    """Return the record as one line of JSON, with secrets redacted."""
    data = {
        "time": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(),
        "level": record.levelname,
        "logger": record.name,
        "message": record.getMessage(),
    }
    extra = {key: value for key, value in vars(record).items() if key not in STANDARD}
    data.update(_redact(extra))
    if record.exc_info:
        data["exception"] = "".join(traceback.format_exception(*record.exc_info))
    return json.dumps(data, default=str)
