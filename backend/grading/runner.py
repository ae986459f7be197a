"""One sandboxed run: feed test inputs to the shim, collect its nonce-stamped records, enforce
the wall deadline and the output cap, and report what happened as a `RunOutcome`.

The worker trusts only records carrying this run's nonce, for a test whose inputs it has sent,
at most once each; learner stdout/stderr is only ever shown, never parsed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib.util
import json
import marshal
import math
import os
import secrets
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import launch, warm
from .config import RUNTIME_MOUNT, SandboxConfig
from .limits import MAXIMUMS, Limits
from .slots import claim_slot

SHIM_PATH = Path(__file__).with_name("_shim.py")
SHOWN_RAW_OUTPUT = 8 * 1024
VALUE_CAP = 256 * 1024
CHANNEL_SLACK = 1024 * 1024
_shim_source: bytes | None = None
_shim_pyc: bytes | None = None
_probe_cache: dict = {}
_probe_lock = threading.Lock()


class PlatformError(Exception):
    """The platform, not the learner, failed (bwrap missing, sandbox did not start...)."""


@dataclass
class RunOutcome:
    sandboxed: bool
    ready: bool = False
    import_record: dict | None = None
    results: dict = field(default_factory=dict)
    tampered: set = field(default_factory=set)
    running: str | None = None
    running_since: float = 0.0
    ended: bool = False
    timed_out: bool = False
    output_exceeded: bool = False
    exit_code: int | None = None
    raw_output: str = ""
    learner_ms: int = 0
    duration_ms: int = 0
    peak_memory_kb: int = 0
    warm: bool = False  # run in a sandbox started ahead of time
    rejected_records: int = 0
    leftovers: int = 0
    warnings: list = field(default_factory=list)

    @property
    def killed_by_signal(self) -> int | None:
        """The signal that ended the learner's interpreter (bwrap exits 128 + signal)."""
        code = self.exit_code
        if code is None:
            return None
        if code < 0:
            return -code
        if code > 128:
            return code - 128
        return None


def shim_source() -> bytes:
    global _shim_source
    if _shim_source is None:
        _shim_source = SHIM_PATH.read_bytes()
    return _shim_source


def shim_payload(config: SandboxConfig) -> tuple[bytes, str]:
    """The shim as the sandbox runs it: compiled here once (compiling it in every run would cost
    ~3 ms, a third of an interpreter start) when the sandbox uses this very interpreter; as
    source otherwise, since bytecode is only valid for one Python version."""
    global _shim_pyc
    if os.path.realpath(config.python) != os.path.realpath(sys.executable):
        return shim_source(), "shim.py"
    if _shim_pyc is None:
        code = compile(shim_source(), "<grading shim>", "exec", dont_inherit=True)
        header = importlib.util.MAGIC_NUMBER + bytes(12)  # flags 0, no mtime/size check
        _shim_pyc = header + marshal.dumps(code)
    return _shim_pyc, "shim.pyc"


def probe_sandbox(config: SandboxConfig | None = None) -> tuple[bool, str]:
    """Launch bubblewrap once exactly as grading does and check the interpreter runs inside."""
    config = config or SandboxConfig.from_env()
    if not os.path.exists(config.bwrap):
        return False, f"bubblewrap not found at {config.bwrap}"
    try:
        outcome = run(
            "code",
            b"",
            {"harness": None},
            [{"id": "probe", "mode": "expr", "expr": "1 + 1"}],
            Limits(time_ms=5000),
            config,
            sandboxed=True,
        )
    except PlatformError as exc:
        return False, str(exc)
    record = outcome.results.get("probe")
    outcomes = (record or {}).get("outcomes") or [{}]
    if outcomes[0].get("value") != 2:
        return False, f"the sandboxed interpreter did not answer (exit {outcome.exit_code})"
    return True, f"bubblewrap works ({config.bwrap}, {config.python}, {outcome.duration_ms} ms)"


def sandbox_available(config: SandboxConfig) -> tuple[bool, str]:
    """`probe_sandbox()` once per distinct configuration for the life of the process."""
    key = dataclasses.astuple(config)
    with _probe_lock:
        if key not in _probe_cache:
            _probe_cache[key] = probe_sandbox(config)
        return _probe_cache[key]


def run(
    kind: str,
    source: bytes,
    header: dict,
    tests: list[dict],
    limits: Limits,
    config: SandboxConfig,
    *,
    sandboxed: bool,
    runtime: str = "stdlib",
) -> RunOutcome:
    """Run `tests` (already ordered: visible first, then hidden) against `source`, with the
    packages of `runtime` importable (bound read-only into the sandbox)."""
    problem = config.runtime_problem(runtime)
    if problem:
        raise PlatformError(problem)
    runtime_path = config.runtime_path(runtime)
    key = pool_key(runtime, config)
    if runtime_path:
        # A runtime's imports (pytest, Django) are start-up, not the learner's time.
        config = dataclasses.replace(config, launch_grace_ms=config.launch_grace_ms + 2000)
    launch.become_subreaper()
    if sandboxed and runtime_path and config.warm_pool > 0:
        sandbox = warm.take(key, config.warm_pool, lambda: _start_warm(config, runtime_path))
        if sandbox is not None:
            return _run_warm(sandbox, kind, source, header, tests, limits, config)
    with claim_slot(config.lock_dir, config.slots) as number:
        slot = launch.slot_for(config, number)
        launch.clean_up_slot(slot)  # a crashed earlier worker may have left something
        try:
            return _run_in_slot(
                kind, source, header, tests, limits, config, slot, sandboxed, runtime_path
            )
        finally:
            launch.clean_up_slot(slot)


def warm_up(runtime: str, config: SandboxConfig) -> bool:
    """Fill `runtime`'s pool of warm sandboxes now (a worker starting) rather than at its first
    run; False when there is no pool to fill (none configured, `stdlib`, runtime missing)."""
    if config.warm_pool <= 0 or config.runtime_problem(runtime):
        return False
    runtime_path = config.runtime_path(runtime)
    if not runtime_path:
        return False
    launch.become_subreaper()
    start = functools.partial(_start_warm, config, runtime_path)
    warm.fill(pool_key(runtime, config), config.warm_pool, start)
    return True


def pool_key(runtime: str, config: SandboxConfig) -> tuple:
    """Which pool of warm sandboxes serves runs of `runtime` under `config`."""
    return (runtime, dataclasses.astuple(config))


# The name the learner's answer has in the sandbox, by kind.
ANSWER_FILE = {"sql": "solution.sql", "pytest": "test_answer.py"}
# A sandbox started ahead of time runs under the grader's maximums until its answer arrives;
# the shim then lowers them to the exercise's (`_lower_limits`), before any learner code runs.
WARM_LIMITS = Limits(**MAXIMUMS)


def _preload(kind: str, header: dict) -> list[str]:
    """What of its runtime a run imports before the learner's time starts."""
    if kind == "django":
        return ["django"]
    if kind == "pytest":
        return ["pytest", "django"] if header.get("project") else ["pytest"]
    return []


def _encode(kind, header, tests, limits, nonce, prelude=None) -> list[bytes]:
    """The frames the shim reads: (the prelude and) the header, then one per test."""
    frames = [
        {
            **header,
            "nonce": nonce,
            "kind": kind,
            "count": len(tests),
            "output_cap": limits.output_kb * 1024,
            "value_cap": VALUE_CAP,
        }
    ]
    try:
        encoded = [_frame(f) for f in frames + tests]
    except ValueError as exc:
        raise PlatformError(f"a test holds a value that cannot be sent: {exc}") from exc
    if prelude is not None:
        encoded[0] = _frame(prelude) + encoded[0]
    return encoded


def _run_in_slot(
    kind, source, header, tests, limits, config, slot, sandboxed, runtime_path=None
) -> RunOutcome:
    nonce = secrets.token_hex(16)
    binds, extra = {}, ()
    prelude = {"sys_path": [], "preload": _preload(kind, header)}
    if runtime_path:
        binds, extra = {runtime_path: RUNTIME_MOUNT}, (runtime_path,)
        prelude["sys_path"] = [RUNTIME_MOUNT if sandboxed else runtime_path]
    encoded = _encode(kind, header, tests, limits, nonce, prelude)
    outcome = RunOutcome(sandboxed=sandboxed)
    shim, shim_name = shim_payload(config)
    shim_fd, code_fd = launch.data_fd(shim), launch.data_fd(source)
    in_r, in_w = os.pipe()
    ch_r, ch_w = os.pipe()
    workdir = None
    try:
        if sandboxed:
            name = ANSWER_FILE.get(kind, "solution.py")
            shim_path = f"{launch.SANDBOX_DIR}/{shim_name}"
            code_path = f"{launch.SANDBOX_DIR}/{name}"
            script = [shim_path, code_path, str(in_r), str(ch_w)]
            args = launch.bwrap_args(
                config, limits, script, {shim_fd: shim_path, code_fd: code_path}, binds
            )
            cwd = "/"
        else:
            workdir = tempfile.mkdtemp(prefix="grading-")
            if slot.uid is not None:
                os.chown(workdir, slot.uid, slot.gid)
            cwd = workdir
            code_path = f"/dev/fd/{code_fd}"
            if kind in ANSWER_FILE and kind != "sql":  # a tool that needs a real file name
                code_path = os.path.join(workdir, ANSWER_FILE[kind])
                Path(code_path).write_bytes(source)
            script = [f"/dev/fd/{shim_fd}", code_path, str(in_r), str(ch_w)]
            args = [config.python, "-I", "-S", "-B", *script]
        preexec = launch.make_preexec(config, limits, slot, cwd=cwd, extra=extra)
        started = time.monotonic()
        try:
            proc = launch.spawn(args, preexec, (shim_fd, code_fd, in_r, ch_w), cwd=cwd)
        except (OSError, ValueError) as exc:
            raise PlatformError(f"could not start the sandbox: {exc}") from exc
        for fd in (shim_fd, code_fd, in_r, ch_w):
            os.close(fd)
        shim_fd = code_fd = in_r = ch_w = -1
        _supervise(proc, outcome, encoded, tests, nonce, limits, config, started, in_w, ch_r)
        in_w = ch_r = -1
    finally:
        for fd in (shim_fd, code_fd, in_r, ch_w, in_w, ch_r):
            if fd >= 0:
                os.close(fd)
        if workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    outcome.leftovers = launch.clean_up_slot(slot)
    _raise_unless_started(outcome)
    return outcome


def _raise_unless_started(outcome: RunOutcome) -> None:
    if not outcome.ready and not outcome.output_exceeded:
        detail = outcome.raw_output.strip()[-500:] or f"exit status {outcome.exit_code}"
        if outcome.timed_out:
            detail = "the sandbox did not start in time"
        raise PlatformError(f"the sandboxed interpreter did not start: {detail}")


@dataclass
class WarmSandbox:
    """A sandbox started ahead of time: the runtime imported, its slot held, waiting on its
    input pipe for the header of the one run it will do."""

    proc: subprocess.Popen
    in_w: int
    ch_r: int
    slot: launch.Slot
    claim: contextlib.ExitStack

    def alive(self) -> bool:
        return self.proc.poll() is None

    def discard(self) -> None:
        launch.kill_group(self.proc.pid)
        with contextlib.suppress(ChildProcessError):
            self.proc.wait()
        self._close()
        launch.clean_up_slot(self.slot)
        self.claim.close()

    def _close(self) -> None:
        for fd in (self.in_w, self.ch_r):
            if fd >= 0:
                os.close(fd)
        self.in_w = self.ch_r = -1
        self.proc.stdout.close()
        self.proc.stderr.close()


def _start_warm(config: SandboxConfig, runtime_path: str) -> WarmSandbox:
    """Launch a sandbox for the runtime at `runtime_path` and leave it importing the runtime;
    `_run_warm` hands it its answer. It holds its slot until then."""
    claim = contextlib.ExitStack()
    fds: list[int] = []
    proc = None
    try:
        number = claim.enter_context(claim_slot(config.lock_dir, config.slots))
        slot = launch.slot_for(config, number)
        launch.clean_up_slot(slot)
        shim, shim_name = shim_payload(config)
        shim_fd = launch.data_fd(shim)
        fds.append(shim_fd)
        in_r, in_w = os.pipe()
        ch_r, ch_w = os.pipe()
        fds += [in_r, in_w, ch_r, ch_w]
        shim_path = f"{launch.SANDBOX_DIR}/{shim_name}"
        # The answer's path comes with the header ("-" until then).
        script = [shim_path, "-", str(in_r), str(ch_w)]
        binds = {runtime_path: RUNTIME_MOUNT}
        args = launch.bwrap_args(config, WARM_LIMITS, script, {shim_fd: shim_path}, binds)
        preexec = launch.make_preexec(config, WARM_LIMITS, slot, extra=(runtime_path,))
        proc = launch.spawn(args, preexec, (shim_fd, in_r, ch_w))
        for fd in (shim_fd, in_r, ch_w):
            os.close(fd)
            fds.remove(fd)
        os.write(in_w, _frame({"sys_path": [RUNTIME_MOUNT], "preload": ["pytest", "django"]}))
        return WarmSandbox(proc, in_w, ch_r, slot, claim)
    except BaseException:
        if proc is not None:
            launch.kill_group(proc.pid)
            proc.wait()
        for fd in fds:
            os.close(fd)
        claim.close()
        raise


def _run_warm(sandbox: WarmSandbox, kind, source, header, tests, limits, config) -> RunOutcome:
    """One run in a sandbox started ahead of time: the header brings the answer (written by
    the shim where a cold run has it bound) and the exercise's limits; from there the run is
    supervised exactly as a cold one, and the sandbox is never used again."""
    nonce = secrets.token_hex(16)
    header = {
        **header,
        "answer_path": f"{launch.SANDBOX_DIR}/{ANSWER_FILE.get(kind, 'solution.py')}",
        "source": bytes(source),
        "rlimits": {
            "cpu_s": math.ceil(limits.time_ms / 1000) + 1,
            "memory": limits.memory_mb * 1024 * 1024,
        },
    }
    outcome = RunOutcome(sandboxed=True, warm=True)
    try:
        encoded = _encode(kind, header, tests, limits, nonce)
        pipes = (sandbox.in_w, sandbox.ch_r)
        sandbox.in_w = sandbox.ch_r = -1  # _supervise closes them
        started = time.monotonic()
        _supervise(sandbox.proc, outcome, encoded, tests, nonce, limits, config, started, *pipes)
    except BaseException:
        sandbox.discard()
        raise
    outcome.leftovers = launch.clean_up_slot(sandbox.slot)
    sandbox.claim.close()
    _raise_unless_started(outcome)
    return outcome


def _frame(obj) -> bytes:
    data = marshal.dumps(obj)
    return len(data).to_bytes(4, "big") + data


def _no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def _supervise(proc, outcome, encoded, tests, nonce, limits, config, started, in_w, ch_r) -> None:
    """The event loop of one run; closes `in_w` and `ch_r`."""
    time_s = limits.time_ms / 1000
    deadline = started + config.launch_grace_ms / 1000 + time_s
    raw_cap = limits.output_kb * 1024
    channel_cap = 2 * raw_cap + len(tests) * (VALUE_CAP + 4096) + CHANNEL_SLACK
    ids = [t["id"] for t in tests]
    hidden = {t["id"] for t in tests if t.get("hidden")}
    sent: set = set()
    started_ids: set = set()
    pending = bytearray(encoded[0] + (encoded[1] if len(encoded) > 1 else b""))
    next_index = 1
    if ids:
        sent.add(ids[0])
        next_index = 2
    hidden_sent = bool(ids) and ids[0] in hidden
    ready_at = None
    raw_total = channel_total = 0
    raw_shown = bytearray()
    buffer = bytearray()
    os.set_blocking(in_w, False)
    poller = select.poll()
    streams = {proc.stdout.fileno(): "raw", proc.stderr.fileno(): "raw", ch_r: "channel"}
    for fd in streams:
        poller.register(fd, select.POLLIN)
    poller.register(in_w, select.POLLOUT)
    open_streams = set(streams)
    killed_at = None

    def kill() -> None:
        nonlocal killed_at
        if killed_at is None:
            launch.kill_group(proc.pid)
            killed_at = time.monotonic()

    def send_next() -> None:
        nonlocal next_index, hidden_sent
        if next_index <= len(ids):
            test_id = ids[next_index - 1]
            pending.extend(encoded[next_index])
            sent.add(test_id)
            hidden_sent = hidden_sent or test_id in hidden
            next_index += 1
            poller.register(in_w, select.POLLOUT)

    def handle(line: bytes) -> None:
        nonlocal ready_at, deadline
        try:
            record = json.loads(line, object_pairs_hook=_no_duplicate_keys)
        except ValueError:
            outcome.rejected_records += 1
            return
        if not isinstance(record, dict) or record.get("n") != nonce:
            outcome.rejected_records += 1
            return
        event, test_id = record.get("t"), record.get("id")
        if event == "ready" and ready_at is None:
            ready_at = time.monotonic()
            outcome.ready = True
            deadline = min(deadline, ready_at + time_s)
        elif event == "import" and outcome.import_record is None and ready_at is not None:
            outcome.import_record = record
        elif event == "start" and test_id in sent and test_id not in started_ids:
            started_ids.add(test_id)
            outcome.running, outcome.running_since = test_id, time.monotonic()
        elif event == "result" and test_id == outcome.running and test_id not in outcome.results:
            outcome.results[test_id] = record
            outcome.running = None
            send_next()
        elif event == "limit" and record.get("what") == "output":
            outcome.output_exceeded = True
        elif event == "end" and len(outcome.results) == len(ids):
            outcome.ended = True
        else:
            outcome.rejected_records += 1
            if isinstance(test_id, str) and test_id in ids:
                outcome.tampered.add(test_id)
            elif event == "import":
                outcome.tampered.add("")

    while open_streams:
        now = time.monotonic()
        if killed_at is None and now >= deadline:
            outcome.timed_out = True
            kill()
        if killed_at is not None and now - killed_at > 2:
            break  # something escaped the kill and holds our pipes (rlimits-only mode)
        timeout = max(0.0, (deadline if killed_at is None else killed_at + 2) - now)
        for fd, event in poller.poll(timeout * 1000):
            if fd == in_w:
                if event & (select.POLLERR | select.POLLHUP):
                    poller.unregister(in_w)
                    pending.clear()
                    continue
                try:
                    written = os.write(in_w, pending)
                except BlockingIOError:
                    continue
                except BrokenPipeError:
                    written = len(pending)
                del pending[:written]
                if not pending:
                    poller.unregister(in_w)
                continue
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                continue
            if not chunk:
                poller.unregister(fd)
                open_streams.discard(fd)
                continue
            if streams[fd] == "raw":
                raw_total += len(chunk)
                if not hidden_sent and len(raw_shown) < SHOWN_RAW_OUTPUT:
                    raw_shown.extend(chunk[: SHOWN_RAW_OUTPUT - len(raw_shown)])
                if raw_total > raw_cap:
                    outcome.output_exceeded = True
                    kill()
                continue
            channel_total += len(chunk)
            if channel_total > channel_cap:
                outcome.output_exceeded = True
                kill()
                continue
            buffer.extend(chunk)
            while (cut := buffer.find(b"\n")) >= 0:
                line = bytes(buffer[:cut])
                del buffer[: cut + 1]
                handle(line)

    os.close(in_w)
    os.close(ch_r)
    outcome.exit_code, rusage = _wait(proc, deadline if killed_at is None else time.monotonic())
    if outcome.exit_code is None:
        outcome.timed_out = outcome.timed_out or killed_at is None
        kill()
        outcome.exit_code, rusage = _wait(proc, None)
    proc.stdout.close()
    proc.stderr.close()
    end = time.monotonic()
    outcome.duration_ms = int((end - started) * 1000)
    outcome.learner_ms = int((end - ready_at) * 1000) if ready_at else 0
    if outcome.running is not None:
        outcome.learner_ms = int(((killed_at or end) - (ready_at or started)) * 1000)
    outcome.peak_memory_kb = int(rusage.ru_maxrss) if rusage else 0
    outcome.raw_output = raw_shown.decode("utf-8", "replace")


def _wait(proc, until: float | None):
    """wait4() the launched process (for its peak memory); None if still running at `until`."""
    while True:
        flags = 0 if until is None else os.WNOHANG
        try:
            pid, status, rusage = os.wait4(proc.pid, flags)
        except ChildProcessError:
            return proc.returncode, None
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, rusage
        if time.monotonic() >= until:
            return None, None
        time.sleep(0.002)
