# Mistake: trusts float() to reject non-numbers, but it reads inf and nan, so infms and nanms
# pass as durations.
import math


def parse_access_line(line):
    """Return {"method", "path", "status", "duration_ms"} or None for a malformed line."""
    fields = line.split()
    if len(fields) != 5:
        return None
    _timestamp, method, target, status, duration = fields
    if not (method.isalpha() and method.isupper()):
        return None
    if not target.startswith("/"):
        return None
    if not (status.isdigit() and 100 <= int(status) <= 599):
        return None
    if not duration.endswith("ms"):
        return None
    try:
        duration_ms = float(duration[:-2])
    except ValueError:
        return None
    if duration_ms < 0:
        return None
    return {
        "method": method,
        "path": target.split("?", 1)[0],
        "status": int(status),
        "duration_ms": duration_ms,
    }


def _nearest_rank(values, fraction):
    ordered = sorted(values)
    rank = math.ceil(fraction * len(ordered))
    return ordered[max(rank, 1) - 1]


def endpoint_report(lines):
    """Return {"METHOD path": {"requests", "error_rate", "p95_ms"}} for the valid lines."""
    durations = {}
    errors = {}
    for line in lines:
        entry = parse_access_line(line)
        if entry is None:
            continue
        key = f"{entry['method']} {entry['path']}"
        durations.setdefault(key, []).append(entry["duration_ms"])
        errors[key] = errors.get(key, 0) + (500 <= entry["status"] <= 599)
    return {
        key: {
            "requests": len(values),
            "error_rate": round(errors[key] / len(values), 3),
            "p95_ms": _nearest_rank(values, 0.95),
        }
        for key, values in durations.items()
    }
