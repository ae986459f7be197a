# Mistake: redacts nested dictionaries in place, so the application's own headers dict is overwritten.
import json
import logging
import traceback
from datetime import datetime, timezone

STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
SENSITIVE = ("password", "token", "secret", "authorization", "cookie")


def _redact(data):
    for key, value in data.items():
        if any(word in str(key).lower() for word in SENSITIVE):
            data[key] = "[REDACTED]"
        elif isinstance(value, dict):
            _redact(value)
    return data


def format_record(record):
    data = {
        "time": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(),
        "level": record.levelname,
        "logger": record.name,
        "message": record.getMessage(),
    }
    data.update(_redact({k: v for k, v in vars(record).items() if k not in STANDARD}))
    if record.exc_info:
        data["exception"] = "".join(traceback.format_exception(*record.exc_info))
    return json.dumps(data, default=str)
