# Mistake: logs record.msg (the template) instead of record.getMessage(), so "%s" is never filled in.
import json
import logging
import traceback
from datetime import datetime, timezone

STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
SENSITIVE = ("password", "token", "secret", "authorization", "cookie")


def _redact(value):
    if isinstance(value, dict):
        return {
            k: "[REDACTED]" if any(w in str(k).lower() for w in SENSITIVE) else _redact(v)
            for k, v in value.items()
        }
    return value


def format_record(record):
    data = {
        "time": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(),
        "level": record.levelname,
        "logger": record.name,
        "message": record.msg,
    }
    data.update(_redact({k: v for k, v in vars(record).items() if k not in STANDARD}))
    if record.exc_info:
        data["exception"] = "".join(traceback.format_exception(*record.exc_info))
    return json.dumps(data, default=str)
