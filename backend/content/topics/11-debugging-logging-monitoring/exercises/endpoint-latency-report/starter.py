import math


def parse_access_line(line):
    """Return {"method", "path", "status", "duration_ms"} or None for a malformed line."""
    return None


def endpoint_report(lines):
    """Return {"METHOD path": {"requests", "error_rate", "p95_ms"}} for the valid lines."""
    return {}
