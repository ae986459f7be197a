"""The sandbox itself: probing, configuration, slots, the filesystem seen from inside, and the
degraded rlimits-only mode."""

from __future__ import annotations

import dataclasses
import os

import pytest

from grading import GradeResult, Limits, SandboxConfig, grade, probe_sandbox
from grading.slots import claim_slot

from .programs import sandbox_value, single_call_spec

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]


def test_the_probe_launches_bwrap_and_reports_success(config):
    ok, detail = probe_sandbox(config)
    assert ok, detail
    assert "bubblewrap works" in detail


def test_the_probe_reports_a_missing_bwrap():
    config = dataclasses.replace(SandboxConfig(), bwrap="/nonexistent/bwrap")
    ok, detail = probe_sandbox(config)
    assert not ok
    assert "not found" in detail


def test_config_is_read_from_the_environment():
    config = SandboxConfig.from_env(
        {
            "GRADING_BWRAP": "/opt/bwrap",
            "GRADING_PYTHON": "/usr/bin/python3",
            "GRADING_REQUIRE_SANDBOX": "false",
            "GRADING_SLOTS": "3",
            "GRADING_SLOT_UID_BASE": "70000",
            "GRADING_LOCK_DIR": "/run/locks",
        }
    )
    assert config.bwrap == "/opt/bwrap"
    assert config.python == os.path.realpath("/usr/bin/python3")
    assert config.python_prefix == "/usr"
    assert (config.slots, config.slot_uid_base, config.lock_dir) == (3, 70000, "/run/locks")
    assert config.require_sandbox is False
    assert SandboxConfig.from_env({}).require_sandbox is True


def test_the_default_interpreter_is_the_real_binary_not_a_launcher():
    config = SandboxConfig()
    assert os.path.isfile(config.python)
    with open(config.python, "rb") as handle:
        assert handle.read(4) == b"\x7fELF"


def test_concurrent_claims_get_different_slots(tmp_path):
    with claim_slot(str(tmp_path), 2) as first, claim_slot(str(tmp_path), 2) as second:
        assert first != second
        with pytest.raises(TimeoutError), claim_slot(str(tmp_path), 2, timeout_s=0.05):
            pass


def test_inside_the_root_is_read_only_and_the_code_arrives_read_only(config):
    source = """
import os
def look():
    def attempt(path):
        try:
            with open(path, 'w') as f:
                f.write('x')
            return 'written'
        except OSError as exc:
            return type(exc).__name__
    return {
        'root': attempt('/evil'),
        'usr': attempt('/usr/evil'),
        'code': attempt('/sandbox/solution.py'),
        'shim': attempt('/sandbox/shim.pyc'),
        'tmp': attempt('/tmp/fine'),
        'cwd': os.getcwd(),
        'groups': os.getgroups(),
    }
"""
    seen = sandbox_value(config, source, "look()")
    assert seen["root"] in {"PermissionError", "OSError"}
    assert seen["usr"] in {"PermissionError", "OSError"}
    assert seen["code"] in {"PermissionError", "OSError"}
    assert seen["shim"] in {"PermissionError", "OSError"}
    assert seen["tmp"] == "written"
    assert seen["cwd"] == "/sandbox"


def test_without_bwrap_a_required_sandbox_is_a_platform_error():
    config = dataclasses.replace(SandboxConfig(), bwrap="/nonexistent/bwrap")
    result = grade("code", "def probe():\n    return 1\n", single_call_spec(expect=1), None, config)
    assert isinstance(result, GradeResult)
    assert (result.status, result.verdict) == ("error", None)
    assert "sandbox is unavailable" in result.error


def test_without_bwrap_the_degraded_mode_warns_on_every_result():
    config = dataclasses.replace(SandboxConfig(), bwrap="/nonexistent/bwrap", require_sandbox=False)
    spec = single_call_spec(expect=1)
    result = grade("code", "def probe():\n    return 1\n", spec, None, config)
    assert (result.verdict, result.sandboxed) == ("accepted", False)
    assert any("WITHOUT the bubblewrap sandbox" in w for w in result.warnings)
    looping = grade(
        "code", "def probe():\n    while True: pass\n", spec, Limits(time_ms=300), config
    )
    assert looping.verdict == "time_limit_exceeded"
    assert looping.warnings


def test_the_config_can_be_adjusted_after_reading_the_environment():
    config = SandboxConfig.from_env({})
    config.require_sandbox = False  # what the Django side does with its setting
    assert config.require_sandbox is False


def test_concurrent_grading_from_threads_uses_separate_slots(config):
    from concurrent.futures import ThreadPoolExecutor

    source = "import os\ndef probe():\n    return os.getpid()\n"
    spec = {"tests": [{"name": "pid", "call": "probe", "args": [], "expect": 1}]}
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: grade("code", source, spec, None, config), range(8)))
    # each run is pid 1 of its own pid namespace (bwrap --as-pid-1)
    assert [r.verdict for r in results] == ["accepted"] * 8
