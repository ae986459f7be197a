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
import resource
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
from typing import Any

from . import launch, warm
from .config import RUNTIME_MOUNT, SandboxConfig
from .jsondata import JSONList, JSONObject
from .limits import MAXIMUMS, Limits
from .slots import claim_slot

SHIM_PATH = Path(__file__).with_name("_shim.py")
SHOWN_RAW_OUTPUT = 8 * 1024
VALUE_CAP = 256 * 1024
CHANNEL_SLACK = 1024 * 1024
_shim_source: bytes | None = None
_shim_pyc: bytes | None = None
_probe_cache: dict[tuple[object, ...], tuple[bool, str]] = {}
_probe_lock = threading.Lock()


class PlatformError(Exception):
    """The platform, not the learner, failed (bwrap missing, sandbox did not start...)."""


@dataclass
class RunOutcome:
    """What one run produced, as far as the worker could observe it: the shim's accepted
    records (the import, one result per test id) and the facts of the run itself."""

    sandboxed: bool
    ready: bool = False
    import_record: JSONObject | None = None
    results: dict[str, JSONObject] = field(default_factory=dict)  # by test id
    tampered: set[str] = field(default_factory=set)  # test ids, or "" for the import
    running: str | None = None
    running_since: float = 0.0
    # How long each test took, measured here from its "start" record to its "result" (or to
    # the kill, for the test cut short): the shim's own figure comes from inside the sandbox.
    test_ms: dict[str, float] = field(default_factory=dict)
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
    warnings: JSONList = field(default_factory=list)

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
    header: JSONObject,
    tests: list[JSONObject],
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
    if sandboxed and config.warm_pool > 0:
        sandbox = warm.take(key, config.warm_pool, lambda: _start_warm(config, runtime_path))
        if isinstance(sandbox, WarmSandbox):  # the pool only holds what _start_warm made
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
    run; False when there is no pool to fill (none configured, or the runtime missing)."""
    if config.warm_pool <= 0 or config.runtime_problem(runtime):
        return False
    runtime_path = config.runtime_path(runtime)
    launch.become_subreaper()
    start = functools.partial(_start_warm, config, runtime_path)
    warm.fill(pool_key(runtime, config), config.warm_pool, start)
    return True


def pool_key(runtime: str, config: SandboxConfig) -> warm.PoolKey:
    """Which pool of warm sandboxes serves runs of `runtime` under `config`."""
    return (runtime, dataclasses.astuple(config))


# The name the learner's answer has in the sandbox, by kind.
ANSWER_FILE = {"sql": "solution.sql", "pytest": "test_answer.py"}
# A sandbox started ahead of time runs under the grader's maximums until its answer arrives;
# the shim then lowers them to the exercise's (`_lower_limits`), before any learner code runs.
WARM_LIMITS = Limits(**MAXIMUMS)


def _preload(kind: str, header: JSONObject) -> list[str]:
    """What of its runtime a run imports before the learner's time starts."""
    if kind == "django":
        return ["django"]
    if kind == "pytest":
        return ["pytest", "django"] if header.get("project") else ["pytest"]
    return []


def _encode(
    kind: str,
    header: JSONObject,
    tests: list[JSONObject],
    limits: Limits,
    nonce: str,
    prelude: JSONObject | None = None,
) -> list[bytes]:
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
    kind: str,
    source: bytes,
    header: JSONObject,
    tests: list[JSONObject],
    limits: Limits,
    config: SandboxConfig,
    slot: launch.Slot,
    sandboxed: bool,
    runtime_path: str | None = None,
) -> RunOutcome:
    nonce = secrets.token_hex(16)
    binds: dict[str, str] = {}
    extra: tuple[str, ...] = ()
    prelude: JSONObject = {"sys_path": [], "preload": _preload(kind, header)}
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
            if slot.uid is not None and slot.gid is not None:  # a slot has both or neither
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
        _Supervisor(
            proc, outcome, encoded, tests, nonce=nonce, limits=limits, config=config,
            started=started, in_w=in_w, ch_r=ch_r,
        ).run()  # fmt: skip
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

    proc: subprocess.Popen[bytes]
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
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self.proc.stdout.close()
        self.proc.stderr.close()


def _start_warm(config: SandboxConfig, runtime_path: str | None) -> WarmSandbox:
    """Launch a sandbox for the runtime at `runtime_path` (None: the standard library only)
    and leave it importing the runtime; `_run_warm` hands it its answer. It holds its slot
    until then. Even with nothing to import, the launch itself (namespaces, mounts, the
    interpreter's start) is then off the learner's path."""
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
        binds = {runtime_path: RUNTIME_MOUNT} if runtime_path else {}
        extra = (runtime_path,) if runtime_path else ()
        args = launch.bwrap_args(config, WARM_LIMITS, script, {shim_fd: shim_path}, binds)
        preexec = launch.make_preexec(config, WARM_LIMITS, slot, extra=extra)
        proc = launch.spawn(args, preexec, (shim_fd, in_r, ch_w))
        for fd in (shim_fd, in_r, ch_w):
            os.close(fd)
            fds.remove(fd)
        prelude: JSONObject = {"sys_path": [], "preload": []}
        if runtime_path:
            prelude = {"sys_path": [RUNTIME_MOUNT], "preload": ["pytest", "django"]}
        os.write(in_w, _frame(prelude))
        return WarmSandbox(proc, in_w, ch_r, slot, claim)
    except BaseException:
        if proc is not None:
            launch.kill_group(proc.pid)
            proc.wait()
        for fd in fds:
            os.close(fd)
        claim.close()
        raise


def _run_warm(
    sandbox: WarmSandbox,
    kind: str,
    source: bytes,
    header: JSONObject,
    tests: list[JSONObject],
    limits: Limits,
    config: SandboxConfig,
) -> RunOutcome:
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
        in_w, ch_r = sandbox.in_w, sandbox.ch_r
        sandbox.in_w = sandbox.ch_r = -1  # the supervisor closes them
        started = time.monotonic()
        _Supervisor(
            sandbox.proc, outcome, encoded, tests, nonce=nonce, limits=limits, config=config,
            started=started, in_w=in_w, ch_r=ch_r,
        ).run()  # fmt: skip
    except BaseException:
        sandbox.discard()
        raise
    outcome.leftovers = launch.clean_up_slot(sandbox.slot)
    sandbox.claim.close()
    _raise_unless_started(outcome)
    return outcome


def _frame(obj: JSONObject) -> bytes:
    data = marshal.dumps(obj)
    return len(data).to_bytes(4, "big") + data


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


# After a kill, how long the pipes may stay open before the run is given up on: only something
# that escaped the kill (possible in the rlimits-only mode) holds them that long.
KILL_GRACE_S = 2.0


class _Supervisor:
    """The event loop of one run, from the first frame sent to the exit status collected.

    One `poll()` loop serves four descriptors: the input pipe (frames are written as the pipe
    takes them, never blocking), the learner's stdout and stderr (counted, a little kept to
    show), and the shim's record channel (split into lines, each checked before it counts).
    Between events it enforces the wall deadline and the output caps by killing the sandbox's
    process group. Everything it learns goes into `outcome`; `run()` closes the two pipes.
    """

    def __init__(
        self,
        proc: subprocess.Popen[bytes],
        outcome: RunOutcome,
        encoded: list[bytes],
        tests: list[JSONObject],
        *,
        nonce: str,
        limits: Limits,
        config: SandboxConfig,
        started: float,
        in_w: int,
        ch_r: int,
    ) -> None:
        self.proc, self.outcome, self.encoded, self.nonce = proc, outcome, encoded, nonce
        self.started, self.in_w, self.ch_r = started, in_w, ch_r
        self.time_s = limits.time_ms / 1000
        # Until the shim says "ready", the deadline includes the interpreter's start-up grace;
        # from then on it is `time_s` after "ready" (never later than this).
        self.deadline = started + config.launch_grace_ms / 1000 + self.time_s
        self.raw_cap = limits.output_kb * 1024
        # The channel carries captured output and values too, so it has its own, larger cap.
        self.channel_cap = 2 * self.raw_cap + len(tests) * (VALUE_CAP + 4096) + CHANNEL_SLACK
        self.ids = [t["id"] for t in tests]
        self.hidden = {t["id"] for t in tests if t.get("hidden")}
        self.sent: set[str] = set()
        self.started_ids: set[str] = set()
        self.next_index = 1  # encoded[i] holds test i - 1; encoded[0] is the header
        self.hidden_sent = False
        self.ready_at: float | None = None
        self.killed_at: float | None = None
        self.raw_total = self.channel_total = 0
        self.raw_shown = bytearray()
        self.buffer = bytearray()  # channel bytes not yet ended by a newline
        self.pending = bytearray(encoded[0])  # input bytes the pipe has not taken yet
        self.poller = select.poll()
        assert proc.stdout is not None and proc.stderr is not None  # spawn() pipes both
        self.raw_fds = {proc.stdout.fileno(), proc.stderr.fileno()}
        self.streams = [proc.stdout.fileno(), proc.stderr.fileno(), ch_r]
        self.open_streams = set(self.streams)

    def run(self) -> None:
        """Supervise the run until its streams close (or a kill was escaped), then collect."""
        os.set_blocking(self.in_w, False)
        for fd in self.streams:
            self.poller.register(fd, select.POLLIN)
        self.poller.register(self.in_w, select.POLLOUT)
        # The header and the first test go in together: the shim reads both before "ready".
        self._send_next()
        while self.open_streams:
            now = time.monotonic()
            if not self._enforce_wall_clock(now):
                break
            for fd, event in self.poller.poll(self._poll_timeout(now) * 1000):
                if fd == self.in_w:
                    self._write_inputs(event)
                else:
                    self._read_output(fd)
        os.close(self.in_w)
        os.close(self.ch_r)
        self._collect_result()

    def _enforce_wall_clock(self, now: float) -> bool:
        """Kill the sandbox at the deadline: the CPU rlimit is per process, so the deadline is
        the only bound on a whole run (sleeping, forking, waiting). False once a kill has been
        escaped for `KILL_GRACE_S`: something outside our process group holds the pipes, and
        waiting longer would hand the learner the worker."""
        if self.killed_at is None and now >= self.deadline:
            self.outcome.timed_out = True
            self._kill()
        return self.killed_at is None or now - self.killed_at <= KILL_GRACE_S

    def _poll_timeout(self, now: float) -> float:
        """Seconds until the next moment the wall clock needs checking."""
        wake = self.deadline if self.killed_at is None else self.killed_at + KILL_GRACE_S
        return max(0.0, wake - now)

    def _kill(self) -> None:
        """Kill the whole process group once, remembering when (for the grace above)."""
        if self.killed_at is None:
            launch.kill_group(self.proc.pid)
            self.killed_at = time.monotonic()

    def _send_next(self) -> None:
        """Queue the next test's inputs. Called once at the start and then only when the
        running test's result has arrived, so a hidden test's inputs are never in the sandbox
        before it runs; and from the first hidden test on, no raw output is kept to show."""
        if self.next_index <= len(self.ids):
            test_id = self.ids[self.next_index - 1]
            self.pending.extend(self.encoded[self.next_index])
            self.sent.add(test_id)
            self.hidden_sent = self.hidden_sent or test_id in self.hidden
            self.next_index += 1
            self.poller.register(self.in_w, select.POLLOUT)

    def _write_inputs(self, event: int) -> None:
        """Write what the input pipe takes without blocking; a closed pipe drops the rest (the
        shim has ended, and what it did not read it will never need)."""
        if event & (select.POLLERR | select.POLLHUP):
            self.poller.unregister(self.in_w)
            self.pending.clear()
            return
        try:
            written = os.write(self.in_w, self.pending)
        except BlockingIOError:
            return
        except BrokenPipeError:
            written = len(self.pending)
        del self.pending[:written]
        if not self.pending:
            self.poller.unregister(self.in_w)

    def _read_output(self, fd: int) -> None:
        """Take one chunk from stdout, stderr or the channel; end of file closes that stream."""
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return
        if not chunk:
            self.poller.unregister(fd)
            self.open_streams.discard(fd)
        elif fd in self.raw_fds:
            self._take_raw_output(chunk)
        else:
            self._take_channel_bytes(chunk)

    def _take_raw_output(self, chunk: bytes) -> None:
        """Learner stdout/stderr outside the shim's capture: never parsed, only shown (the
        first `SHOWN_RAW_OUTPUT` bytes, and none once a hidden test's inputs were sent, since
        output could spell them out), and counted against the output limit."""
        self.raw_total += len(chunk)
        if not self.hidden_sent and len(self.raw_shown) < SHOWN_RAW_OUTPUT:
            self.raw_shown.extend(chunk[: SHOWN_RAW_OUTPUT - len(self.raw_shown)])
        if self.raw_total > self.raw_cap:
            self.outcome.output_exceeded = True
            self._kill()

    def _take_channel_bytes(self, chunk: bytes) -> None:
        """Bytes of the shim's record channel, capped so that a flood costs nothing, and
        handed on one JSON line at a time."""
        self.channel_total += len(chunk)
        if self.channel_total > self.channel_cap:
            self.outcome.output_exceeded = True
            self._kill()
            return
        self.buffer.extend(chunk)
        while (cut := self.buffer.find(b"\n")) >= 0:
            line = bytes(self.buffer[:cut])
            del self.buffer[: cut + 1]
            self._handle_record(line)

    def _handle_record(self, line: bytes) -> None:
        """Accept a record only with this run's nonce, in the order the shim writes them:
        "ready", then "import", then per test sent "start" and one "result", then "end".
        Anything else is rejected and, when it names a test (or the import), marks it
        tampered: a forged record then fails the test it tried to pass."""
        outcome = self.outcome
        try:
            record = json.loads(line, object_pairs_hook=_no_duplicate_keys)
        except ValueError:
            outcome.rejected_records += 1
            return
        if not isinstance(record, dict) or record.get("n") != self.nonce:
            outcome.rejected_records += 1
            return
        event, test_id = record.get("t"), record.get("id")
        if event == "ready" and self.ready_at is None:
            self.ready_at = time.monotonic()
            outcome.ready = True
            # The learner's time starts now: start-up is not charged.
            self.deadline = min(self.deadline, self.ready_at + self.time_s)
        elif event == "import" and outcome.import_record is None and self.ready_at is not None:
            outcome.import_record = record
        elif event == "start" and test_id in self.sent and test_id not in self.started_ids:
            self.started_ids.add(test_id)
            outcome.running, outcome.running_since = test_id, time.monotonic()
        elif (
            event == "result"
            and isinstance(test_id, str)  # with no test running, an id-less result is forged
            and test_id == outcome.running
            and test_id not in outcome.results
        ):
            outcome.results[test_id] = record
            outcome.test_ms[test_id] = (time.monotonic() - outcome.running_since) * 1000
            outcome.running = None
            self._send_next()
        elif event == "limit" and record.get("what") == "output":
            outcome.output_exceeded = True
        elif event == "end" and len(outcome.results) == len(self.ids):
            outcome.ended = True
        else:
            outcome.rejected_records += 1
            if isinstance(test_id, str) and test_id in self.ids:
                outcome.tampered.add(test_id)
            elif event == "import":
                outcome.tampered.add("")

    def _collect_result(self) -> None:
        """Reap the sandbox (killing it if it outlives the deadline now that its pipes are
        closed) and record its exit status, peak memory, timings and the output kept to show.
        The learner's time runs from "ready"; for a test cut short, to the kill."""
        outcome, proc = self.outcome, self.proc
        until = self.deadline if self.killed_at is None else time.monotonic()
        outcome.exit_code, rusage = _wait(proc, until)
        if outcome.exit_code is None:
            outcome.timed_out = outcome.timed_out or self.killed_at is None
            self._kill()
            outcome.exit_code, rusage = _wait(proc, None)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        proc.stderr.close()
        end = time.monotonic()
        ready_at = self.ready_at
        outcome.duration_ms = int((end - self.started) * 1000)
        outcome.learner_ms = int((end - ready_at) * 1000) if ready_at else 0
        if outcome.running is not None:
            outcome.learner_ms = int(((self.killed_at or end) - (ready_at or self.started)) * 1000)
            cut = (self.killed_at or end) - outcome.running_since
            outcome.test_ms[outcome.running] = cut * 1000
        outcome.peak_memory_kb = int(rusage.ru_maxrss) if rusage else 0
        outcome.raw_output = self.raw_shown.decode("utf-8", "replace")


def _wait(
    proc: subprocess.Popen[bytes], until: float | None
) -> tuple[int | None, resource.struct_rusage | None]:
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
        if until is not None and time.monotonic() >= until:
            return None, None
        time.sleep(0.002)
