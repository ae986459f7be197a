"""Learner programs reused by several tests (hostile, forging, or plain)."""

from __future__ import annotations

from grading.jsondata import JSONObject


def connect_program(targets: list[tuple[str, int]]) -> str:
    """A learner module whose `probe()` tries to open a TCP connection to each host:port and
    returns what happened to each, e.g. ["127.0.0.1:5432 OSError 101"]. The integration suite
    adds PostgreSQL and Redis ports to `targets`."""
    return f"""
import socket

TARGETS = {targets!r}

def probe():
    results = []
    for host, port in TARGETS:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(0.5)
        try:
            s.connect((host, port))
            results.append(f"{{host}}:{{port}} connected")
        except OSError as exc:
            results.append(f"{{host}}:{{port}} {{type(exc).__name__}} {{exc.errno}}")
        finally:
            s.close()
    return results
"""


def single_call_spec(
    function: str = "probe", expect: object = None, *, name: str = "probe"
) -> JSONObject:
    return {"tests": [{"name": name, "call": function, "args": [], "expect": expect}]}


def sandbox_value(config, source: str, expr: str, limits=None):
    """Evaluate `expr` next to `source` in the real sandbox and return the decoded value (or the
    exception description): lets a test look at what learner code can see from inside."""
    from grading import Limits, runner
    from grading.values import decode

    outcome = runner.run(
        "code",
        source.encode(),
        {"harness": None},
        [{"id": "x", "hidden": False, "mode": "expr", "expr": expr}],
        limits or Limits(),
        config,
        sandboxed=True,
    )
    record = outcome.results["x"]["outcomes"][0]
    return decode(record["value"]) if "value" in record else record["exc"]
