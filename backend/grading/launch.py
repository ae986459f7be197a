"""Starting one sandboxed interpreter: the bubblewrap command line, the privilege drop, rlimits,
and the clean-up of anything a run leaves behind. See README.md for why each layer exists."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import math
import os
import resource
import signal
import stat
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .config import SandboxConfig
from .limits import Limits

SANDBOX_DIR = "/sandbox"
SANDBOX_UID = 65534
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38
CLONE_NEWNS = 0x00020000
CLONE_NEWNET = 0x40000000
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC = 1, 2, 4, 32, 4096, 16384
MS_PRIVATE = 1 << 18

_libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
_subreaper_set = False
_namespaces: dict[tuple[tuple[str, str], ...], int] = {}  # exposed paths -> namespace fd
_namespaces_lock = threading.Lock()
# Each slot's own network namespace (slot number -> descriptor), made once per process.
_slot_networks: dict[int, int] = {}
_spare_networks: list[int] = []
_slot_networks_usable: bool | None = None


@dataclass(frozen=True)
class Slot:
    """Who a run executes as: a slot uid/gid when the worker is root, else the worker itself."""

    number: int
    uid: int | None
    gid: int | None


def slot_for(config: SandboxConfig, number: int) -> Slot:
    if os.geteuid() != 0:
        return Slot(number, None, None)
    return Slot(number, config.slot_uid_base + number, config.slot_uid_base + number)


def become_subreaper() -> None:
    """Orphans of our sandboxes are re-parented to this process, so we can reap them; without
    that, zombies stay charged to the slot uid's process limit and later runs cannot fork."""
    global _subreaper_set
    if not _subreaper_set:
        _libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        _subreaper_set = True


def hidden_ancestor(path: str) -> str | None:
    """The outermost directory above `path` that other users cannot traverse (e.g. /root holding
    a pyenv interpreter), or None. A slot uid cannot bind-mount through it."""
    parts = os.path.realpath(path).split("/")[1:]
    current = ""
    for part in parts[:-1]:
        current += "/" + part
        if not os.stat(current).st_mode & stat.S_IXOTH:
            return current
    return None


def bwrap_args(
    config: SandboxConfig,
    limits: Limits,
    script: list[str],
    data_fds: dict[int, str],
    binds: dict[str, str] | None = None,
) -> list[str]:
    """The bubblewrap command line; `data_fds` maps a descriptor to its read-only path inside,
    `binds` a host folder (a runtime's packages) to the read-only path it has inside."""
    tmpfs = str(config.tmpfs_mb * 1024 * 1024)
    # Every namespace bubblewrap offers, as --unshare-all gives, except the network one when
    # the slot brings its own (see slot_network): creating a network namespace is the costly
    # part of a launch on many kernels, entering one is not.
    network = [] if slot_networks_usable() else ["--unshare-net"]
    args = [
        config.bwrap,
        "--unshare-user",
        "--unshare-ipc",
        "--unshare-pid",
        "--unshare-uts",
        "--unshare-cgroup-try",
        *network,
        "--as-pid-1",  # no extra init: the interpreter is pid 1; when it ends, all else dies
        "--disable-userns",
        "--die-with-parent",
        "--new-session",
        "--uid", str(SANDBOX_UID),
        "--gid", str(SANDBOX_UID),
        "--hostname", "sandbox",
        "--ro-bind", "/usr", "/usr",
        "--symlink", "usr/lib", "/lib",
        "--symlink", "usr/lib64", "/lib64",
        "--symlink", "usr/bin", "/bin",
    ]  # fmt: skip
    prefix = os.path.realpath(config.python_prefix)
    if not (prefix == "/usr" or prefix.startswith("/usr/")):
        args += ["--ro-bind", prefix, prefix]
    for host, inside in (binds or {}).items():
        args += ["--ro-bind", host, inside]
    args += [
        "--proc", "/proc",
        "--dev", "/dev",
        "--perms", "1777", "--size", tmpfs, "--tmpfs", "/tmp",  # noqa: S108 - inside the sandbox
        "--perms", "1777", "--size", tmpfs, "--tmpfs", "/dev/shm",  # noqa: S108
        "--perms", "0755", "--size", tmpfs, "--tmpfs", SANDBOX_DIR,
    ]  # fmt: skip
    for fd, path in data_fds.items():
        args += ["--perms", "0444", "--ro-bind-data", str(fd), path]
    args += [
        "--remount-ro", "/dev",
        "--remount-ro", "/",
        "--chdir", SANDBOX_DIR,
        "--clearenv",
        "--setenv", "PATH", "/usr/bin:/bin",
        "--setenv", "HOME", "/tmp",  # noqa: S108 - inside the sandbox
        "--setenv", "LANG", "C.UTF-8",
        "--",
        config.python, "-I", "-S", "-B", *script,
    ]  # fmt: skip
    return args


def rlimits(config: SandboxConfig, limits: Limits, slot: Slot) -> list[tuple[int, int, int]]:
    # The wall deadline is the real bound; the CPU limit (per process) only backs it up.
    cpu = math.ceil(limits.time_ms / 1000) + 1
    memory = limits.memory_mb * 1024 * 1024
    nproc = config.max_processes
    if slot.uid is None:  # the limit counts every process of our own uid
        nproc += _processes_of(os.getuid())
    return [
        (resource.RLIMIT_CPU, cpu, cpu + 1),  # soft first: SIGXCPU, then SIGKILL
        (resource.RLIMIT_AS, memory, memory),
        (resource.RLIMIT_NPROC, nproc, nproc),
        (resource.RLIMIT_FSIZE, config.max_file_mb * 1024 * 1024, config.max_file_mb * 1024 * 1024),
        (resource.RLIMIT_NOFILE, config.max_open_files, config.max_open_files),
        (resource.RLIMIT_CORE, 0, 0),
    ]


def _check(result: int, what: str) -> None:
    if result != 0:
        raise OSError(ctypes.get_errno(), what)


def prefix_namespace(exposed: tuple[tuple[str, str], ...]) -> int:
    """A descriptor of a private mount namespace where each `(path, hidden)` path is reachable
    by anyone: a small tmpfs covers each `hidden` ancestor and the paths are bound back at their
    own places. Built once per process by a short-lived child (the open descriptor keeps the
    namespace alive) so that each launch only pays a setns()."""
    with _namespaces_lock:
        if exposed not in _namespaces:
            _namespaces[exposed] = _new_prefix_namespace(exposed)
        return _namespaces[exposed]


def _new_prefix_namespace(exposed: tuple[tuple[str, str], ...]) -> int:
    def expose() -> None:
        _check(_libc.unshare(CLONE_NEWNS), "unshare mount namespace")
        _check(_libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None), "make / private")
        # Open every path before any tmpfs covers it.
        fds = [(path, os.open(path, os.O_PATH | os.O_DIRECTORY)) for path, _ in exposed]
        opts = b"mode=755,size=1m"
        flags = MS_NOSUID | MS_NODEV
        for hidden in dict.fromkeys(hidden for _, hidden in exposed):
            _check(_libc.mount(b"tmpfs", hidden.encode(), b"tmpfs", flags, opts), "tmpfs")
        for path, fd in fds:
            os.makedirs(path, exist_ok=True)
            source = b"/proc/self/fd/%d" % fd
            _check(_libc.mount(source, path.encode(), None, MS_BIND | MS_REC, None), "bind")

    paths = ", ".join(path for path, _ in exposed)
    return _namespace_of_child(expose, "mnt", f"a mount namespace exposing {paths}")


def _namespace_of_child(prepare: Callable[[], None], kind: str, what: str) -> int:
    """A descriptor of the `kind` namespace (`mnt`, `net`) of a short-lived child that ran
    `prepare` (which unshares that namespace and sets it up). The open descriptor keeps the
    namespace alive after the child has exited; the child waits until the descriptor is open."""
    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        status = b"0"
        try:
            os.close(ready_r)
            os.close(go_w)
            prepare()
            status = b"1"
        except BaseException:  # noqa: S110 - reported to the parent as "0"
            pass
        finally:
            os.write(ready_w, status)
            os.read(go_r, 1)
            os._exit(0)
    os.close(ready_w)
    os.close(go_r)
    try:
        if os.read(ready_r, 1) != b"1":
            raise OSError(f"could not prepare {what}")
        fd = os.open(f"/proc/{pid}/ns/{kind}", os.O_RDONLY | os.O_CLOEXEC)
    finally:
        os.close(ready_r)
        os.close(go_w)
        os.waitpid(pid, 0)
    return fd


def slot_networks_usable() -> bool:
    """True when launches enter their slot's own network namespace instead of having bubblewrap
    create one: only as root (the slot uids exist) and where this process may create network
    namespaces (a container without CAP_SYS_ADMIN may not). Probed once per process."""
    global _slot_networks_usable
    with _namespaces_lock:
        if _slot_networks_usable is None:
            _slot_networks_usable = False
            if os.geteuid() == 0:
                try:
                    _spare_networks.append(_new_network_namespace())
                    _slot_networks_usable = True
                except OSError:
                    pass
        return _slot_networks_usable


def slot_network(slot: Slot) -> int:
    """A descriptor of `slot`'s own network namespace: empty but for a loopback interface that
    is up, as bubblewrap's --unshare-net would give. It lives as long as this process and is
    entered by every run in the slot, one run at a time (the slot lock); no other slot ever
    enters it. Nothing a run does can outlast it there: changing the namespace's interfaces,
    addresses or routes needs privileges the sandbox does not have, and its sockets close when
    its processes are killed at the end of the run."""
    with _namespaces_lock:
        if slot.number not in _slot_networks:
            fd = _spare_networks.pop() if _spare_networks else _new_network_namespace()
            _slot_networks[slot.number] = fd
        return _slot_networks[slot.number]


def _new_network_namespace() -> int:
    def isolate() -> None:
        _check(_libc.unshare(CLONE_NEWNET), "unshare network namespace")
        _bring_loopback_up()

    return _namespace_of_child(isolate, "net", "a network namespace for a slot")


def _bring_loopback_up() -> None:
    import fcntl
    import socket
    import struct

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(sock, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | IFF_UP))


def make_preexec(
    config: SandboxConfig,
    limits: Limits,
    slot: Slot,
    *,
    cwd: str = "/",
    extra: tuple[str, ...] = (),
) -> Callable[[], None]:
    """The function run in the forked child before exec: rlimits, then (as root, when the
    interpreter or an `extra` folder such as a runtime lives under a directory others cannot
    traverse) entry into the mount namespace of `prefix_namespace()`, entry into the slot's
    own network namespace (`slot_network()`, as root), then the switch to the slot uid with
    no supplementary groups, no-new-privileges and death with the worker. Everything is
    computed before the fork."""
    limit_list = rlimits(config, limits, slot)
    exposed = []
    if slot.uid is not None:
        for path in (config.python_prefix, *extra):
            path = os.path.realpath(path)
            hidden = hidden_ancestor(path)
            if hidden:
                exposed.append((path, hidden))
    namespace = prefix_namespace(tuple(exposed)) if exposed else -1
    network = slot_network(slot) if slot.uid is not None and slot_networks_usable() else -1
    uid, gid = slot.uid, slot.gid
    setrlimit, libc, check, cwd_b = resource.setrlimit, _libc, _check, cwd.encode()

    def preexec() -> None:
        for which, soft, hard in limit_list:
            setrlimit(which, (soft, hard))
        if namespace >= 0:
            check(libc.setns(namespace, CLONE_NEWNS), "enter mount namespace")
            os.chdir(cwd_b)
        if network >= 0:  # while still root: entering a namespace needs CAP_SYS_ADMIN
            check(libc.setns(network, CLONE_NEWNET), "enter the slot's network namespace")
        if uid is not None and gid is not None:  # a slot has both or neither
            os.setgroups([])
            os.setresgid(gid, gid, gid)
            os.setresuid(uid, uid, uid)
        check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)

    return preexec


def spawn(
    args: list[str],
    preexec: Callable[[], None],
    pass_fds: tuple[int, ...],
    *,
    cwd: str = "/",
) -> subprocess.Popen[bytes]:
    """Start with an EMPTY environment: bwrap's own process would otherwise keep ours, readable
    from inside at /proc/1/environ even with --clearenv."""
    return subprocess.Popen(
        args,
        env={},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=pass_fds,
        preexec_fn=preexec,
        start_new_session=True,
        cwd=cwd,
    )


def data_fd(content: bytes) -> int:
    """A sealed-off in-memory file holding `content`, for --ro-bind-data or /dev/fd paths."""
    fd = os.memfd_create("grading", os.MFD_CLOEXEC)
    os.write(fd, content)
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _processes_of(uid: int) -> int:
    return len(processes_of(uid))


def processes_of(uid: int) -> list[int]:
    """Pids owned by `uid` on the host (as seen from our /proc)."""
    pids = []
    with os.scandir("/proc") as entries:
        for entry in entries:
            if entry.name.isdigit():
                try:
                    if entry.stat().st_uid == uid:
                        pids.append(int(entry.name))
                except FileNotFoundError:
                    continue
    return pids


def clean_up_slot(slot: Slot, *, settle_s: float = 0.5) -> int:
    """Kill whatever still runs under the slot uid and reap what was re-parented to us, waiting
    up to `settle_s` for it to be gone. Returns how many processes were found.

    Right after a run, the sandbox's own init may still be exiting (bwrap reports the exit
    status before it is gone); it is killed and reaped here like any leftover."""
    if slot.uid is None:  # only what our launches are called; other children are not ours
        _reap_children(lambda pid, comm: comm in (b"bwrap", b"python3", b"python3.11"))
        return 0
    found = processes_of(slot.uid)
    deadline = time.monotonic() + settle_s
    remaining = found
    while remaining:
        for pid in remaining:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _reap_children(lambda pid, comm: _owner(pid) == slot.uid)
        remaining = processes_of(slot.uid)
        if not remaining or time.monotonic() > deadline:
            break
        time.sleep(0.001)
    return len(found)


def _owner(pid: int) -> int | None:
    try:
        return os.stat(f"/proc/{pid}").st_uid
    except FileNotFoundError:
        return None


def _reap_children(belongs: Callable[[int, bytes], bool]) -> None:
    """Reap zombies re-parented to us, one known pid at a time (never waitpid(-1), which could
    steal the exit status of a child some other code in this process is waiting for)."""
    me = str(os.getpid())
    with os.scandir("/proc") as entries:
        for entry in entries:
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    head, tail = handle.read().rsplit(b")", 1)
            except (FileNotFoundError, ProcessLookupError, ValueError):
                continue
            fields, comm = tail.split(), head.split(b"(", 1)[-1]
            state, ppid = fields[0], fields[1].decode()
            pid = int(entry.name)
            if ppid == me and state == b"Z" and belongs(pid, comm):
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(pid, os.WNOHANG)
