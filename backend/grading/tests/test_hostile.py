"""Hostile programs are contained: the right verdict, nothing left running, the host unchanged."""

from __future__ import annotations

import os
import socket
import time
import uuid

import pytest

from grading import Limits, grade

from .programs import connect_program, sandbox_value, single_call_spec

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]
FAST = Limits(time_ms=500, memory_mb=256, output_kb=64)


def run_probe(config, source, limits=FAST, expect=None):
    return grade("code", source, single_call_spec(expect=expect), limits, config)


def test_a_fork_bomb_is_stopped(config):
    source = """
import os
def probe():
    children = 0
    while True:
        try:
            if os.fork() == 0:
                while True:
                    pass
            children += 1
        except OSError:
            pass
"""
    started = time.monotonic()
    result = run_probe(config, source)
    assert result.status == "completed"
    assert result.verdict == "time_limit_exceeded"
    assert "test 'probe' was still running" in result.tests[0].message
    assert time.monotonic() - started < 5


def test_the_process_limit_stops_forking_well_before_the_host_suffers(config):
    source = """
import os
def probe():
    made = 0
    for _ in range(500):
        try:
            pid = os.fork()
        except OSError:
            break
        if pid == 0:
            import time
            time.sleep(30)
            os._exit(0)
        made += 1
    return made
"""
    made = sandbox_value(config, source, "probe()")
    assert isinstance(made, int)
    assert made < config.max_processes


def test_allocating_4_gb_is_a_memory_limit_verdict(config):
    result = run_probe(config, "def probe():\n    x = bytearray(4 * 1024 ** 3)\n    return 1\n")
    assert result.verdict == "memory_limit_exceeded"
    assert "MemoryError" in result.tests[0].message
    assert result.peak_memory_kb < 300 * 1024


def test_an_endless_loop_is_a_time_limit_naming_the_test(config):
    result = grade(
        "code",
        "def probe():\n    while True:\n        pass\n",
        single_call_spec(name="big input"),
        FAST,
        config,
    )
    assert result.verdict == "time_limit_exceeded"
    message = result.tests[0].message
    assert message.startswith("test 'big input' was still running after ")
    assert message.endswith("(limit 500 ms)")
    assert result.duration_ms < 500 + 1000


def test_sleeping_forever_is_a_time_limit(config):
    result = run_probe(config, "import time\ndef probe():\n    time.sleep(10 ** 6)\n")
    assert result.verdict == "time_limit_exceeded"
    assert result.duration_ms < 2000


def test_a_huge_file_stops_at_the_file_size_limit(config):
    source = """
def probe():
    with open('/tmp/big', 'wb') as f:
        for _ in range(1024):
            f.write(b'x' * 1024 * 1024)
"""
    result = run_probe(config, source, Limits(time_ms=3000))
    assert result.verdict == "runtime_error"
    assert "File too large" in result.tests[0].message
    assert not os.path.exists("/tmp/big")


def test_many_small_files_stay_inside_the_sandbox(config):
    marker = f"stepwise-{uuid.uuid4().hex}"
    source = f"""
import os
def probe():
    made = 0
    try:
        for i in range(100000):
            with open(f'/tmp/{marker}-{{i}}', 'w') as f:
                f.write('x' * 100)
            made += 1
    except OSError as exc:
        return [made, exc.errno]
    return [made, 0]
"""
    made, errno = sandbox_value(config, source, "probe()", Limits(time_ms=5000))
    assert errno != 0 or made == 100000  # ENOSPC at the tmpfs size, or done in time
    assert not [n for n in os.listdir("/tmp") if n.startswith(marker)]


def test_the_network_is_unreachable_even_on_loopback(config):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    try:
        results = sandbox_value(
            config, connect_program([("127.0.0.1", port), ("1.1.1.1", 53)]), "probe()"
        )
        assert all("connected" not in r for r in results), results
        with pytest.raises(BlockingIOError):
            listener.accept()
    finally:
        listener.close()


def test_the_environment_and_host_files_are_invisible(config, monkeypatch):
    monkeypatch.setenv("STEPWISE_TEST_SECRET", "s3cr3t-value")
    source = """
import os
def look():
    def read(path):
        try:
            with open(path, 'rb') as f:
                return f.read().decode('latin-1')
        except OSError as exc:
            return type(exc).__name__
    return {
        'env': dict(os.environ),
        'proc1': read('/proc/1/environ'),
        'self': read('/proc/self/environ'),
        'passwd': read('/etc/passwd'),
        'shadow': read('/etc/shadow'),
        'uid': os.getuid(),
        'root': sorted(os.listdir('/')),
    }
"""
    seen = sandbox_value(config, source, "look()")
    assert "s3cr3t-value" not in repr(seen)
    # pid 1 inside is the learner's interpreter itself (bwrap --as-pid-1): only the sandbox's
    # own four variables, never the worker's environment
    names = {item.split("=", 1)[0] for item in seen["proc1"].split("\0") if item}
    assert names <= {"PATH", "HOME", "LANG", "PWD"}
    assert seen["passwd"] == "FileNotFoundError"
    assert seen["shadow"] == "FileNotFoundError"
    assert seen["uid"] == 65534
    assert "work" not in seen["root"] and "etc" not in seen["root"]
    assert set(seen["env"]) <= {"PATH", "HOME", "LANG", "PWD"}


def test_a_double_forked_daemon_does_not_outlive_the_run(config, tmp_path):
    target = tmp_path / "daemon-was-here"
    source = f"""
import os, time
def probe():
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            for _ in range(200):
                try:
                    os.makedirs({str(tmp_path)!r}, exist_ok=True)
                    with open({str(target)!r}, 'a') as f:
                        f.write('alive\\n')
                except OSError:
                    pass
                time.sleep(0.02)
            os._exit(0)
        os._exit(0)
    return 1
"""
    result = run_probe(config, source, expect=1)
    assert result.verdict == "accepted"
    time.sleep(0.3)
    assert not target.exists()


def test_a_flood_of_printed_output_is_an_output_limit(config):
    result = run_probe(config, "def probe():\n    print('x' * 100_000_000)\n")
    assert result.verdict == "output_limit_exceeded"
    assert "64 KB" in result.tests[0].message


def test_output_written_straight_to_the_descriptor_is_cut_at_the_cap(config):
    source = "import os\ndef probe():\n    while True:\n        os.write(1, b'y' * 65536)\n"
    started = time.monotonic()
    result = run_probe(config, source)
    assert result.verdict == "output_limit_exceeded"
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "attack",
    ["os.kill(os.getppid(), 9)", "os.kill(-1, 9)", "os.kill(1, 9)", "os.killpg(0, 9)"],
)
def test_killing_the_parent_hits_nothing_outside(config, attack):
    source = f"import os\ndef probe():\n    {attack}\n    return 1\n"
    result = run_probe(config, source, expect=1)
    assert result.status == "completed"
    # nothing outside the sandbox's own pid namespace can be reached: either the call fails
    # (ESRCH, or a learner exception) or it kills only the learner's own interpreter
    assert result.verdict in {"accepted", "runtime_error", "wrong_answer"}
    if result.verdict == "wrong_answer":
        assert "ProcessLookupError" in result.tests[0].message
    os.kill(os.getpid(), 0)  # this process is alive


def test_nested_user_namespaces_are_refused(config):
    source = """
import ctypes, os, subprocess
def probe():
    libc = ctypes.CDLL(None, use_errno=True)
    direct = libc.unshare(0x10000000)  # CLONE_NEWUSER
    errno = ctypes.get_errno()
    tool = subprocess.run(['unshare', '--user', 'true'], capture_output=True).returncode
    return [direct, errno, tool]
"""
    direct, errno, tool = sandbox_value(config, source, "probe()")
    assert direct == -1 and errno != 0
    assert tool != 0


def test_the_output_cap_counts_the_whole_run_not_each_test(config):
    spec = {
        "tests": [
            {"name": f"chatty {i}", "call": "probe", "args": [], "expect": 1} for i in range(6)
        ]
    }
    source = "def probe():\n    print('z' * 20_000)\n    return 1\n"
    result = grade("code", source, spec, Limits(output_kb=64), config)
    assert result.verdict == "output_limit_exceeded"
    assert [t.status for t in result.tests][:3] == ["pass", "pass", "pass"]
    assert result.tests[3].message == "printed more than 64 KB of output"
    assert len(result.tests[0].output) <= 4000
