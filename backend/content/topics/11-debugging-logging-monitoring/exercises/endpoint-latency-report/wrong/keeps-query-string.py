# Mistake: groups by the full target, so /orders/?page=1 and /orders/?page=2 count as different endpoints.
import math


def parse_access_line(line):
    fields = line.split()
    if len(fields) != 5:
        return None
    _ts, method, target, status, duration = fields
    if not (method.isalpha() and method.isupper()) or not target.startswith("/"):
        return None
    if not (status.isdigit() and 100 <= int(status) <= 599) or not duration.endswith("ms"):
        return None
    try:
        ms = float(duration[:-2])
    except ValueError:
        return None
    if ms < 0:
        return None
    return {"method": method, "path": target, "status": int(status), "duration_ms": ms}


def endpoint_report(lines):
    groups = {}
    for line in lines:
        entry = parse_access_line(line)
        if entry:
            groups.setdefault(f"{entry['method']} {entry['path']}", []).append(entry)
    report = {}
    for key, entries in groups.items():
        durations = sorted(e["duration_ms"] for e in entries)
        errors = sum(1 for e in entries if 500 <= e["status"] <= 599)
        report[key] = {
            "requests": len(entries),
            "error_rate": round(errors / len(entries), 3),
            "p95_ms": durations[math.ceil(0.95 * len(durations)) - 1],
        }
    return report
