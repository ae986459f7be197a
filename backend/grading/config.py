"""`SandboxConfig`: where bubblewrap and the interpreter are, which host uids the slots use."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field

from .jsondata import JSONObject

TRUE_WORDS = {"1", "true", "yes", "on"}


def _real_interpreter() -> tuple[str, str]:
    """The interpreter running this worker, by its real path (never a pyenv-style launcher
    script, which costs ~95 ms per start), and its installation prefix."""
    prefix = os.path.realpath(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (os.path.join(prefix, "bin", version), sys.executable):
        path = os.path.realpath(candidate)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path, prefix
    return os.path.realpath(sys.executable), prefix


# Where a runtime's packages appear inside the sandbox (see `SandboxConfig.runtime_path`).
RUNTIME_MOUNT = "/runtime"
# The runtimes an exercise may name: `stdlib` is the interpreter alone; the others are pinned
# environments built by `make runtimes` from runtimes/<name>/uv.lock.
RUNTIMES = ("stdlib", "django")


def _default_runtimes_dir() -> str:
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "runtimes")


def _default_lock_dir() -> str:
    return os.path.join(tempfile.gettempdir(), "stepwise-grading-slots")


@dataclass
class SandboxConfig:
    """How sandboxed runs are launched.

    `slot_uid_base + n` is the host uid/gid of slot n (used only when the worker runs as root);
    slots are claimed with file locks in `lock_dir`, so concurrent worker processes never share
    one. `require_sandbox=False` allows a degraded rlimits-only run (with a warning on every
    result) when bubblewrap cannot create namespaces.
    """

    bwrap: str = "/usr/bin/bwrap"
    python: str = field(default_factory=lambda: _real_interpreter()[0])
    python_prefix: str = field(default_factory=lambda: _real_interpreter()[1])
    slot_uid_base: int = 60000
    slots: int = 8
    lock_dir: str = field(default_factory=_default_lock_dir)
    require_sandbox: bool = True
    tmpfs_mb: int = 16
    max_processes: int = 32
    max_open_files: int = 64
    max_file_mb: int = 8
    launch_grace_ms: int = 1000
    runtimes_dir: str = field(default_factory=_default_runtimes_dir)
    # Sandboxes per runtime started ahead of time (0: none); each grades one submission.
    warm_pool: int = 0

    def runtime_path(self, runtime: str) -> str | None:
        """The host folder of a runtime's packages (its site-packages), or None for `stdlib`.
        Raises ValueError for a runtime that does not exist."""
        if runtime == "stdlib":
            return None
        if runtime not in RUNTIMES:
            raise ValueError(f"unknown runtime {runtime!r}")
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        venv = os.path.join(self.runtimes_dir, runtime, ".venv")
        return os.path.join(venv, "lib", version, "site-packages")

    def runtime_problem(self, runtime: str) -> str:
        """Why `runtime` cannot be used here ("" when it can)."""
        try:
            path = self.runtime_path(runtime)
        except ValueError as exc:
            return str(exc)
        if path is None:
            return ""
        if not os.path.isdir(path):
            return f"the {runtime} runtime is not built (run `make runtimes`): {path} is missing"
        return ""

    @classmethod
    def from_env(cls, environ: JSONObject | None = None) -> SandboxConfig:
        """Read GRADING_BWRAP, GRADING_PYTHON, GRADING_PYTHON_PREFIX, GRADING_SLOT_UID_BASE,
        GRADING_SLOTS, GRADING_LOCK_DIR, GRADING_RUNTIMES_DIR, GRADING_WARM_POOL and
        GRADING_REQUIRE_SANDBOX
        (default true)."""
        env = os.environ if environ is None else environ
        values: JSONObject = {}
        if env.get("GRADING_BWRAP"):
            values["bwrap"] = env["GRADING_BWRAP"]
        elif not os.path.exists(cls.bwrap):
            values["bwrap"] = shutil.which("bwrap") or cls.bwrap
        if env.get("GRADING_PYTHON"):
            python = os.path.realpath(env["GRADING_PYTHON"])
            values["python"] = python
            values["python_prefix"] = env.get("GRADING_PYTHON_PREFIX") or os.path.dirname(
                os.path.dirname(python)
            )
        elif env.get("GRADING_PYTHON_PREFIX"):
            values["python_prefix"] = env["GRADING_PYTHON_PREFIX"]
        for key, name in (
            ("slot_uid_base", "GRADING_SLOT_UID_BASE"),
            ("slots", "GRADING_SLOTS"),
            ("warm_pool", "GRADING_WARM_POOL"),
        ):
            if env.get(name):
                values[key] = int(env[name])
        if env.get("GRADING_RUNTIMES_DIR"):
            values["runtimes_dir"] = env["GRADING_RUNTIMES_DIR"]
        if env.get("GRADING_LOCK_DIR"):
            values["lock_dir"] = env["GRADING_LOCK_DIR"]
        if env.get("GRADING_REQUIRE_SANDBOX"):
            values["require_sandbox"] = env["GRADING_REQUIRE_SANDBOX"].strip().lower() in TRUE_WORDS
        return cls(**values)
