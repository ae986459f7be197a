"""The trusted runner that executes inside the sandbox (never imported by the worker).

Usage: python -I -S -B shim.py SOLUTION_PATH INPUT_FD CHANNEL_FD

It reads length-prefixed marshal frames from INPUT_FD: a header (nonce, kind, caps, harness,
test count), then one frame per test, each sent by the worker only after the previous test's
result arrived (a hidden test's inputs do not exist in the sandbox before it runs). It writes
one JSON line per event to CHANNEL_FD, each carrying the nonce: "ready", "import", "start",
"result", "limit". Expected values never come in; the worker compares.

Start-up cost matters (a bare interpreter starts in ~9 ms): only modules that `python -I -S`
has already loaded are used, plus the small `_json` extension for string escaping. Everything
the shim relies on is bound to locals before the learner's code is imported, so replacing
builtins, module attributes or `sys.modules` entries does not reach it.
"""

import _json
import io
import marshal
import posix
import sys
import time


def main():
    argv = list(sys.argv)
    solution_path = argv[1]
    in_fd = posix.dup(int(argv[2]))
    posix.close(int(argv[2]))
    channel = posix.dup(int(argv[3]))
    posix.close(int(argv[3]))

    _write, _read, _exit = posix.write, posix.read, posix._exit
    _loads, _esc = marshal.loads, _json.encode_basestring_ascii
    _clock = time.perf_counter
    _isinstance, _type, _len, _repr, _str, _int = isinstance, type, len, repr, str, int
    _float, _list, _dict, _tuple, _set, _frozenset = float, list, dict, tuple, set, frozenset
    _bytes, _bool, _getattr, _hasattr, _exec = bytes, bool, getattr, hasattr, exec
    _compile, _StringIO, _BytesIO = compile, io.StringIO, io.BytesIO
    _join = "".join
    _Exception, _BaseException = Exception, BaseException
    _KeyboardInterrupt, _SystemExit, _MemoryError = KeyboardInterrupt, SystemExit, MemoryError
    _RecursionError = RecursionError
    _sys, _modules = sys, sys.modules
    float_repr, int_repr = float.__repr__, int.__repr__
    int_value, float_value, str_value = int.__index__, float.__float__, str.__str__
    inf = _float("inf")

    def read_exact(n):
        chunks, got = [], 0
        while got < n:
            chunk = _read(in_fd, n - got)
            if not chunk:
                _exit(3)
            chunks.append(chunk)
            got += _len(chunk)
        return b"".join(chunks)

    def read_frame():
        size = _int.from_bytes(read_exact(4), "big")
        return _loads(read_exact(size))

    # First what a sandbox can do before any answer exists (the runtime's imports: start-up,
    # not the learner's time), then the header. A sandbox started ahead of time waits between
    # the two; its header brings the answer and the exercise's limits.
    _preload(read_frame(), _sys)
    header = read_frame()
    if "answer_path" in header:
        solution_path = header["answer_path"]
        _lower_limits(header["rlimits"])
        out = posix.open(solution_path, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL, 0o444)
        data = header["source"]
        while data:
            data = data[_write(out, data) :]
        posix.close(out)
    nonce = header["nonce"]
    kind = header["kind"]
    output_cap = header["output_cap"]
    value_cap = header["value_cap"]
    prefix = '{"n":' + _esc(nonce) + ',"t":'

    def emit(event, body=""):
        data = (prefix + _esc(event) + body + "}\n").encode("ascii")
        while data:
            written = _write(channel, data)
            data = data[written:]

    # ---- values: tagged JSON the worker decodes; objects are described, never trusted ----
    def enc(value, budget, depth):
        t = _type(value)
        if value is None:
            out = "null"
        elif t is _bool:
            out = "true" if value else "false"
        elif _isinstance(value, _int):
            try:
                out = int_repr(int_value(value))
            except _Exception:
                out = '{"$o":"int","r":"an integer too large to show"}'
        elif _isinstance(value, _float):
            number = float_value(value)
            if number != number or number in (inf, -inf):
                out = '{"$f":' + _esc(float_repr(number)) + "}"
            else:
                out = float_repr(number)
        elif _isinstance(value, _str):
            out = _esc(str_value(value)[: budget[0]])
        elif _isinstance(value, _bytes):
            out = '{"$b":' + _esc(_bytes(value[: budget[0]]).hex()) + "}"
        elif depth > 40:
            out = '{"$o":"","r":"nested too deeply"}'
        elif _isinstance(value, (_list, _tuple)):
            out = "[" + ",".join([enc(v, budget, depth + 1) for v in _list(value)]) + "]"
        elif _isinstance(value, _dict):
            pairs = [
                "[" + enc(k, budget, depth + 1) + "," + enc(v, budget, depth + 1) + "]"
                for k, v in _list(_dict.items(value))
            ]
            out = '{"$d":[' + ",".join(pairs) + "]}"
        elif _isinstance(value, (_set, _frozenset)):
            out = '{"$s":[' + ",".join([enc(v, budget, depth + 1) for v in _list(value)]) + "]}"
        else:
            out = '{"$o":' + _esc(_safe_name(value)) + ',"r":' + _esc(_safe_repr(value)) + "}"
        budget[0] -= _len(out)
        if budget[0] < 0:
            raise _ValueTooLarge
        return out

    # `Exception` bound to a local before learner code can replace the builtin.
    class _ValueTooLarge(_Exception):  # type: ignore[valid-type,misc]
        pass

    def _safe_name(value):
        try:
            return _str(_type(value).__name__)[:100]
        except _BaseException:
            return "object"

    def _safe_repr(value):
        try:
            text = _repr(value)
            return str_value(text)[:200] if _isinstance(text, _str) else ""
        except _BaseException:
            return ""

    def encode_value(value):
        try:
            return enc(value, [value_cap], 0)
        except _ValueTooLarge:
            return '{"$o":"","r":"a value too large to report"}'
        except _RecursionError:
            return '{"$o":"","r":"a value nested too deeply"}'

    def describe(exc):
        """Type, MRO names, message and the line in the learner's code, as JSON."""
        try:
            names = [_str(c.__name__) for c in _type(exc).__mro__]
        except _BaseException:
            names = ["Exception"]
        try:
            message = exc.msg if _isinstance(exc, SyntaxError) else _str(exc)
            message = str_value(message)[:500] if _isinstance(message, _str) else ""
        except _BaseException:
            message = ""
        line = 0
        tb = _getattr(exc, "__traceback__", None)
        steps = 0
        while tb is not None and steps < 1000:
            if tb.tb_frame.f_code.co_filename == solution_path:
                line = tb.tb_lineno
            tb = tb.tb_next
            steps += 1
        if line == 0 and _isinstance(exc, SyntaxError) and exc.filename == solution_path:
            line = exc.lineno or 0
        return (
            '{"types":['
            + ",".join([_esc(n[:100]) for n in names[:20]])
            + '],"message":'
            + _esc(message)
            + ',"line":'
            + int_repr(line)
            + "}"
        )

    # ---- facts about a returned value that the worker checks: its exact type, and whether
    # it shares a mutable container with the call's arguments (`no_alias` tests) ------------
    plain_types = (
        (_bool, "bool"), (_int, "int"), (_float, "float"), (_str, "str"), (_bytes, "bytes"),
        (_list, "list"), (_tuple, "tuple"), (_dict, "dict"), (_set, "set"),
        (_frozenset, "frozenset"), (_type(None), "NoneType"),
    )  # fmt: skip
    mutable = (_list, _dict, _set, bytearray)
    _id = id

    def type_name(value):
        kind = _type(value)
        for known, name in plain_types:  # by identity: a metaclass cannot fake equality here
            if kind is known:
                return name
        try:
            module, name = kind.__module__, kind.__qualname__
            if _isinstance(module, _str) and _isinstance(name, _str):
                return (str_value(module) + "." + str_value(name))[:200]
        except _BaseException:
            pass
        return "object"

    def containers(value, budget):
        """Ids of the mutable plain containers reachable from `value` through plain data."""
        found, stack = set(), [(value, 0)]
        while stack and budget[0] > 0:
            item, depth = stack.pop()
            budget[0] -= 1
            kind = _type(item)
            if kind in mutable:
                found.add(_id(item))
            if depth > 40:
                continue
            if kind is _list or kind is _tuple or kind is _set or kind is _frozenset:
                stack.extend((v, depth + 1) for v in _list(item))
            elif kind is _dict:
                stack.extend((v, depth + 1) for v in _list(_dict.values(item)))
        return found

    def facts(value, roots):
        extra = ',"type":' + _esc(type_name(value))
        # Walking both sides costs up to 20,000 steps, so only for the tests that ask for it
        # (`no_alias`): the worker sends their roots, others get none.
        if roots and containers(value, [10000]) & containers(roots, [10000]):
            extra += ',"aliases":true'
        return extra

    # ---- captured output, per test, with a hard cap -------------------------------------
    class Capture:
        def __init__(self):
            self.parts, self.size = [], 0
            self.test_id = ""

        def write(self, text):
            if not _isinstance(text, _str):
                raise TypeError("write() argument must be str")
            self.size += _len(text)
            if self.size > output_cap:
                emit("limit", ',"what":"output","id":' + _esc(self.test_id))
                _exit(4)
            self.parts.append(str_value(text))
            return _len(text)

        def flush(self):
            pass

        def isatty(self):
            return False

        def writable(self):
            return True

        def take(self):  # the size keeps counting: the cap is for the whole run
            text = _join(self.parts)
            self.parts = []
            return text

    capture = Capture()
    _sys.stdout = _sys.stderr = capture

    # ---- the learner's code ------------------------------------------------------------
    with open(solution_path, "rb") as handle:
        source = handle.read()
    if kind == "pytest":  # importing pytest is the runtime's start-up, not the learner's time
        pytest = _import_pytest(header, _sys)
    elif kind == "django":
        django_parts = _import_django(header, _sys)
    emit("ready")

    if kind == "django":
        run_test = _django_setup(django_parts, header, emit, encode_value, describe, capture)
    elif kind == "pytest":
        try:
            _compile(source, solution_path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            emit("import", ',"ok":false,"syntax":true,"exc":' + describe(exc) + _out(capture))
            _exit(0)
        emit("import", ',"ok":true' + _out(capture))
        run_test = _pytest_runner(pytest, header, solution_path, _esc, capture, _compile, _exec)
    elif kind == "sql":
        run_test = _sql_runner(source, emit, encode_value, describe, _esc, read_frame)
        module_dict = None
    else:
        try:
            code = _compile(source, solution_path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            emit("import", ',"ok":false,"syntax":true,"exc":' + describe(exc) + _out(capture))
            _exit(0)

        known_modules = set(_modules)

        def fresh_module():
            for name in _list(_modules):  # what an earlier run of the code stashed there
                if name not in known_modules and _type(_modules[name]) is not _type(_sys):
                    del _modules[name]
            module = _type(_sys)("solution")
            module.__file__ = solution_path
            module.__builtins__ = __builtins__  # type: ignore[attr-defined]  # a new module
            _modules["solution"] = module
            _exec(code, module.__dict__)
            return module.__dict__

        capture.test_id = ""
        try:
            module_dict = fresh_module()
        except (_KeyboardInterrupt, _SystemExit, _Exception) as exc:
            emit("import", ',"ok":false,"syntax":false,"exc":' + describe(exc) + _out(capture))
            _exit(0)
        except _BaseException as exc:
            emit("import", ',"ok":false,"syntax":false,"exc":' + describe(exc) + _out(capture))
            _exit(0)
        emit("import", ',"ok":true' + _out(capture))
        harness = header.get("harness")
        if kind == "code":
            run_test = _code_runner(
                module_dict, harness, encode_value, describe, facts, _exec, _compile
            )
        else:
            run_test = _http_runner(fresh_module, encode_value, describe, _esc, _BytesIO, _StringIO)

    for _ in range(header["count"]):
        test = read_frame()
        test_id = test["id"]
        capture.test_id = test_id
        emit("start", ',"id":' + _esc(test_id))
        started = _clock()
        try:
            body = run_test(test)
        except _BaseException as exc:  # a failure of the runner itself, reported as an error
            body = '"crash":' + describe(exc)
        elapsed = _clock() - started
        emit(
            "result",
            ',"id":'
            + _esc(test_id)
            + ","
            + body
            + ',"ms":'
            + float_repr(elapsed * 1000.0)
            + _out(capture),
        )
    emit("end")
    _exit(0)


# Modules of Django and DRF that import without settings, so a run can import them before
# the exercise's settings exist (a sandbox started ahead of time does, while it waits). Only
# modules that never read a setting at import time can import then, so importing them early
# changes nothing; one that cannot is skipped and imported later, as it would have been.
DJANGO_PRELOAD = (
    "django.contrib.contenttypes.checks", "django.contrib.contenttypes.management",
    "django.contrib.contenttypes.apps", "django.middleware.csrf", "django.utils.cache",
    "django.contrib.auth.signals", "django.contrib.auth.management", "django.contrib.auth.checks",
    "django.contrib.auth.apps", "django.contrib.sessions.apps", "rest_framework.apps",
    "django.contrib.auth.password_validation", "django.contrib.auth.hashers",
    "django.db.backends.sqlite3.base", "django.db.backends.sqlite3.client",
    "django.db.backends.sqlite3.creation", "django.db.backends.sqlite3.introspection",
    "django.db.backends.sqlite3.schema", "django.contrib.auth.validators", "rest_framework.checks",
    "django.core.management.commands.makemigrations", "django.core.management.commands.migrate",
    "django.db.migrations.autodetector", "django.db.migrations.executor",
    "django.db.migrations.writer", "django.contrib.sessions.management",
    "rest_framework.management", "django.db.models.sql.compiler", "django.shortcuts",
    "django.contrib.auth.decorators", "django.contrib.auth.tokens",
    "django.contrib.sites.shortcuts", "django.middleware.cache", "django.middleware.common",
    "django.views.decorators.cache", "django.views.decorators.csrf",
    "django.contrib.sessions.middleware", "django.contrib.sessions.backends.db",
    "django.contrib.sessions.serializers", "django.core.handlers.wsgi", "django.test.client",
    "django.test", "rest_framework.serializers",
)  # fmt: skip


def _preload(prelude, sys):
    """Put the runtime on `sys.path` and import what the run will need of it: `pytest`,
    `django`, or both."""
    groups = prelude.get("preload") or ()
    sys.path[:0] = list(prelude.get("sys_path") or [])
    if not groups:
        return
    import importlib

    if "pytest" in groups:
        import pytest  # noqa: F401
    if "django" in groups:
        if "pytest" in groups:  # tests of a Django project run with pytest-django
            import pytest_django.plugin  # noqa: F401
        for name in DJANGO_PRELOAD:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: S112 - it needs settings: it is imported when they exist
                continue


def _lower_limits(rlimits):
    """A sandbox started ahead of time runs under the grader's maximum limits until its answer
    arrives; this lowers them to the exercise's, before any learner code runs. The CPU limit
    counts from the process's start, so the time already spent importing is added."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = int(usage.ru_utime + usage.ru_stime) + 1 + rlimits["cpu_s"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (rlimits["memory"], rlimits["memory"]))


def _import_pytest(header, sys):
    """pytest from the runtime (bound read-only at the path the prelude put on `sys.path`), and
    for tests of a Django project pytest-django and the parts of Django imported early. Plugin
    auto-loading is off: only the plugins the run names take part."""
    import os

    import pytest

    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"

    if header.get("project"):  # tests of a Django project: Django and DRF are start-up too
        import django.test  # noqa: F401
        import pytest_django.plugin  # noqa: F401
        import rest_framework.serializers  # noqa: F401 - what imports before settings exist
    return pytest


# pytest's plugins that a one-file run has no use for; leaving them out saves start-up time.
PYTEST_ARGS = (
    "-q", "-s", "--no-header", "--tb=short", "-p", "no:cacheprovider", "-p", "no:junitxml",
    "-p", "no:doctest", "-p", "no:pastebin", "-p", "no:legacypath", "-p", "no:stepwise",
    "-p", "no:debugging", "-p", "no:faulthandler",
)  # fmt: skip


def _pytest_runner(pytest, header, solution_path, _esc, capture, _compile, _exec):
    """Runs the learner's test file once, against the implementation the header carries (as
    module `header["module"]`), and reports each test's outcome. The implementation arrives as
    source without comments or docstrings and is compiled under a neutral file name, so only
    its behaviour tells one implementation from another."""
    module_name = header["module"]
    implementation = header["implementation"]
    short = 600

    class Collector:
        def __init__(self):
            self.tests, self.order, self.errors = {}, [], []

        def pytest_runtest_logreport(self, report):
            name = report.nodeid.split("::", 1)[-1][:200]
            if name not in self.tests:
                self.tests[name] = ["passed", ""]
                self.order.append(name)
            entry = self.tests[name]
            if report.failed and entry[0] in ("passed", "skipped"):
                entry[0] = "failed" if report.when == "call" else "error"
                entry[1] = _crash_text(report)[:short]
            elif report.skipped and entry[0] == "passed":
                entry[0] = "skipped"

        def pytest_collectreport(self, report):
            if report.failed:
                self.errors.append(_crash_text(report)[-short:])

    def load_module():
        module = type(pytest)(module_name)
        module.__file__ = "/sandbox/" + module_name + ".py"
        code = _compile(implementation, module.__file__, "exec", dont_inherit=True)
        _exec(code, module.__dict__)
        import sys

        sys.modules[module_name] = module

    def run(test):
        project = header.get("project")
        args = [solution_path, *PYTEST_ARGS]
        if project:
            _set_up_project_under_test(project, module_name, implementation, _compile, _exec)
            args += ["-p", "pytest_django.plugin", "--no-migrations"]
            args += ["-o", "django_find_project=false"]
            # The plugin is imported at start-up, before pytest could rewrite its asserts.
            args += ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
        else:
            load_module()
        collector = Collector()
        for plugin in header.get("plugins") or ():
            args += ["-p", plugin]
        pytest.main(args, plugins=[collector])
        tests = ",".join(
            '{"name":' + _esc(name) + ',"outcome":' + _esc(collector.tests[name][0])
            + ',"message":' + _esc(collector.tests[name][1]) + "}"
            for name in collector.order
        )  # fmt: skip
        errors = ",".join(_esc(text) for text in collector.errors)
        return '"suite":{"tests":[' + tests + '],"errors":[' + errors + "]}"

    return run


def _set_up_project_under_test(project, module_name, implementation, _compile, _exec):
    """For tests of a Django project: write its fixed files, serve the module under test (a
    dotted name such as `notes.views`) from the implementation's source in memory, where no
    file holds it, then configure and set up Django and import that module, all before the
    learner's test file is collected. pytest-django finds Django configured and makes the test
    database from the models (without migrations)."""
    import importlib
    import importlib.abc
    import importlib.util
    import sys

    import django
    from django.conf import settings

    root = _write_project(project.get("files") or {}, [])
    filename = root + "/" + module_name.replace(".", "/") + ".py"
    code = _compile(implementation, filename, "exec", dont_inherit=True)

    class ModuleUnderTest(importlib.abc.Loader):
        def create_module(self, spec):
            return None

        def exec_module(self, module):
            module.__file__ = filename
            _exec(code, module.__dict__)

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name != module_name:
                return None
            return importlib.util.spec_from_loader(name, ModuleUnderTest(), origin=filename)

    sys.meta_path.insert(0, Finder())
    settings.configure(**_project_settings(project))
    django.setup()
    importlib.import_module(module_name)


def _import_django(header, sys):
    """Django, DRF and the parts of them the runner uses, imported from the runtime before any
    learner code exists (their import is start-up, not the learner's time)."""
    import django
    import django.core.handlers.base
    import django.core.handlers.wsgi
    import django.test.client
    import rest_framework  # noqa: F401 - imported now so that its cost is start-up
    from django.conf import settings

    # The classes that carry a request from the runner to the application and its answer back:
    # learner code may replace their methods (at import or inside a view), so the runner puts
    # the originals back before every step.
    carriers = (
        django.test.client.ClientHandler,
        django.test.client.FakePayload,
        django.core.handlers.base.BaseHandler,
        django.core.handlers.wsgi.WSGIHandler,
        django.core.handlers.wsgi.WSGIRequest,
    )
    originals = [(cls, dict(vars(cls))) for cls in carriers]
    return {
        "django": django,
        "settings": settings,
        "client": django.test.client,
        "originals": originals,
    }


# Settings of every django exercise; an exercise adds its own (`settings`) over them, except the
# database, which is always a private in-memory SQLite.
DJANGO_SETTINGS = {
    "INSTALLED_APPS": [
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "django.contrib.sessions",
        "rest_framework",
    ],
    "MIDDLEWARE": [
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
    "ALLOWED_HOSTS": ["testserver", "localhost"],
    "USE_TZ": True,
    "TIME_ZONE": "UTC",
    "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
    "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
    "CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    "LOGGING_CONFIG": None,
    "DEBUG": False,
    # Django's own apps get their tables straight from their models (as pytest-django's
    # --no-migrations does) instead of replaying about twenty migrations in every run; the
    # learner's apps still make and apply theirs.
    "MIGRATION_MODULES": {"auth": None, "contenttypes": None, "sessions": None},
}


def _write_project(files, apps):
    """Write a Django project's files into a fresh folder on `sys.path` and give each app a
    migrations package (migrations made in the sandbox need one to go into); return the folder."""
    import os
    import sys
    import tempfile

    root = tempfile.mkdtemp(prefix="project-")
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as handle:
            handle.write(text)
    sys.path.insert(0, root)
    for app in apps:
        folder = os.path.join(root, *app.split("."), "migrations")
        os.makedirs(folder, exist_ok=True)
        init = os.path.join(folder, "__init__.py")
        if not os.path.exists(init):
            open(init, "w").close()
    return root


def _project_settings(project):
    """The settings of an exercise's project: the grader's defaults, the exercise's own over
    them, its apps and URLs, and always a private in-memory database and a fresh secret key."""
    import secrets

    config = dict(DJANGO_SETTINGS)
    config.update(project.get("settings") or {})
    # DJANGO_SETTINGS mixes value types; INSTALLED_APPS is a list of names.
    apps = list(config["INSTALLED_APPS"])  # type: ignore[call-overload]
    config["INSTALLED_APPS"] = apps + list(project.get("apps") or [])
    config["DATABASES"] = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
    config["SECRET_KEY"] = secrets.token_hex(32)
    if project.get("urlconf"):
        config["ROOT_URLCONF"] = project["urlconf"]
    return config


def _django_setup(parts, header, emit, encode_value, describe, capture):
    """Write the project (exercise files and the learner's), configure and set up Django, make
    and apply the migrations of the learner's models; then return the function that runs one
    test: its fixtures and steps inside a transaction rolled back at the end, each step's SQL
    statements counted at the SQLite connection."""
    django, settings, client_module = parts["django"], parts["settings"], parts["client"]
    root = _write_project(header["files"], header.get("apps") or [])
    apps = list(header.get("apps") or [])
    config = _project_settings(header)

    def where(exc):
        """The learner's file and line an exception came from, if any."""
        found = ""
        tb = exc.__traceback__
        while tb is not None:
            name = tb.tb_frame.f_code.co_filename
            if name.startswith(root + "/"):
                found = f"{name[len(root) + 1 :]}, line {tb.tb_lineno}"
            tb = tb.tb_next
        if isinstance(exc, SyntaxError) and (exc.filename or "").startswith(root + "/"):
            found = f"{(exc.filename or '')[len(root) + 1 :]}, line {exc.lineno}"
        return found

    def failure(exc, stage):
        text = describe(exc)
        place = where(exc)
        if place:
            text = text[:-1] + ',"where":' + _json.encode_basestring_ascii(place) + "}"
        return (
            ',"ok":false,"syntax":'
            + ("true" if isinstance(exc, SyntaxError) else "false")
            + (
                ',"stage":'
                + _json.encode_basestring_ascii(stage)
                + ',"exc":'
                + text
                + _out(capture)
            )
        )

    stage = "settings"
    try:
        settings.configure(**config)
        stage = "setup"
        django.setup()
        from django.core.management import call_command

        stage = "migrations"
        if apps:
            labels = [app.rsplit(".", 1)[-1] for app in apps]
            call_command("makemigrations", *labels, interactive=False, verbosity=0)
        call_command("migrate", interactive=False, verbosity=0, run_syncdb=True)
        stage = "urls"
        if header.get("urlconf"):
            __import__(header["urlconf"])
            from django.urls import get_resolver

            get_resolver().url_patterns  # noqa: B018 - resolving now reports a broken urls.py here
    except BaseException as exc:
        emit("import", failure(exc, stage))
        posix_exit = __import__("posix")._exit
        posix_exit(0)
    emit("import", ',"ok":true' + _out(capture))
    import logging

    # A 4xx answer is the application's choice, not news; a 500's traceback stays in the output.
    logging.getLogger("django.request").setLevel(logging.ERROR)

    from django.apps import apps as registry
    from django.contrib.auth import get_user_model
    from django.core.cache import caches
    from django.db import connection, transaction

    handler = client_module.ClientHandler(enforce_csrf_checks=False)
    make_client = client_module.Client
    counter = [0]

    def trace(statement):
        counter[0] += 1

    def raw():
        connection.ensure_connection()
        return connection.connection

    def counted(action):
        """Run `action`, counting the SQL statements SQLite executes meanwhile; a probe at the
        end checks the count is still being kept (learner code could remove the callback)."""
        database = raw()
        database.set_trace_callback(trace)
        counter[0] = 0
        try:
            result = action()
        finally:
            seen = counter[0]
            database = raw()
            database.execute("SELECT 1").fetchall()
            intact = counter[0] > seen
            database.set_trace_callback(None)
        return result, seen, intact

    def request(req, cookie):
        environ = {
            "REQUEST_METHOD": req["method"],
            "SCRIPT_NAME": "",
            "PATH_INFO": req["path"],
            "QUERY_STRING": req["query"],
            "SERVER_NAME": "testserver",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": client_module.FakePayload(req["body"]),
            "wsgi.errors": io.StringIO(),
            "wsgi.multithread": False,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        environ.update(req["environ"])
        if "CONTENT_LENGTH" not in environ:
            environ["CONTENT_LENGTH"] = str(len(req["body"]))
        if cookie:
            environ["HTTP_COOKIE"] = cookie
        response = handler(environ)
        if getattr(response, "streaming", False):
            body = b"".join(response.streaming_content)
        else:
            body = response.content
        status = f"{response.status_code} {response.reason_phrase}"
        return {
            "status": status,
            "headers": [list(pair) for pair in response.items()],
            "chunks": [body],
        }

    def load_fixtures(fixtures):
        users = {}
        model = get_user_model()
        for spec in fixtures.get("users") or []:
            spec = dict(spec)
            password = spec.pop("password", None) or "password"
            username = spec.pop("username")
            users[username] = model.objects.create_user(username, password=password, **spec)
        for row in fixtures.get("objects") or []:
            cls = registry.get_model(row["model"])
            fields = dict(row.get("fields") or {})
            for name, value in list(fields.items()):
                field = cls._meta.get_field(name)
                # `author: 2` or `author: ann`; `author_id: 2` (the column) is taken as it is
                single = field.is_relation and (field.many_to_one or field.one_to_one)
                single = single and name == field.name
                if single and isinstance(value, str):
                    # a user by username, as fixtures name them
                    fields[name] = users[value]
                    continue
                if single:
                    fields[name + "_id"] = fields.pop(name)
            m2m = {k: fields.pop(k) for k in list(fields) if cls._meta.get_field(k).many_to_many}
            obj = cls.objects.create(**fields)
            for name, values in m2m.items():
                getattr(obj, name).set(values)
        return users

    def cookie_for(user):
        browser = make_client()
        browser.force_login(user)
        return "; ".join(f"{key}={morsel.value}" for key, morsel in browser.cookies.items())

    def call(step):
        # The longest importable prefix is the module; the rest are attributes
        # (`shop.models.Order.objects.create` as well as `shop.services.place_order`).
        parts = step["call"].split(".")
        for cut in range(len(parts) - 1, 0, -1):
            try:
                target = __import__(".".join(parts[:cut]), fromlist=["_"])
            except ImportError:
                if cut == 1:
                    raise
                continue
            break
        for name in parts[cut:]:
            target = getattr(target, name)
        # `target` is whatever the dotted path names; the shim reports what calling it does.
        value = target(*step["args"], **step["kwargs"])  # type: ignore[operator]
        if hasattr(value, "_fetch_all") and hasattr(value, "model"):  # a lazy QuerySet
            value = list(value)
        return value

    def query(step):
        spec = step["query"]
        rows = registry.get_model(spec["model"]).objects.filter(**(spec.get("filter") or {}))
        if spec.get("order_by"):
            rows = rows.order_by(*spec["order_by"])
        return [dict(row) for row in rows.values(*(spec.get("values") or []))]

    originals = parts["originals"]
    _setattr, _delattr, _vars, _dict = setattr, delattr, vars, dict

    def restore_carriers():
        for cls, attributes in originals:
            current = _dict(_vars(cls))
            for name in current:
                if name not in attributes:
                    _delattr(cls, name)
            for name, value in attributes.items():
                if current.get(name) is not value and name not in ("__dict__", "__weakref__"):
                    _setattr(cls, name, value)

    def step_record(step, users):
        restore_carriers()
        cookie = None
        if step.get("user"):
            cookie = cookie_for(users[step["user"]])
        if "request" in step:
            action = lambda: request(step["request"], cookie)  # noqa: E731
            key = "response"
        elif "call" in step:
            action, key = (lambda: call(step)), "value"
        else:
            action, key = (lambda: query(step)), "rows"
        try:
            # A savepoint per step: a step that raises (an expected IntegrityError, say) leaves
            # the data as it was before it, and the next steps can still look.
            with transaction.atomic():
                value, queries, intact = counted(action)
        except BaseException as exc:
            return '{"exc":' + describe(exc) + "}"
        text = '{"queries":' + repr(queries) + ',"counted":' + ("true" if intact else "false")
        return text + ',"' + key + '":' + encode_value(value) + "}"

    def run(test):
        for cache in caches.all():
            cache.clear()
        records = []
        try:
            with transaction.atomic():
                try:  # whatever happens, nothing of this test outlives it
                    try:
                        users = load_fixtures(test.get("fixtures") or {})
                    except BaseException as exc:
                        return '"stage":"fixtures","exc":' + describe(exc)
                    for step in test["steps"]:
                        records.append(step_record(step, users))
                finally:
                    transaction.set_rollback(True)
        except BaseException as exc:
            records.append('{"exc":' + describe(exc) + "}")
        return '"stage":"done","steps":[' + ",".join(records) + "]"

    return run


def _crash_text(report):
    """The line pytest would print for a failure: the assertion or exception, or, for a
    collection error, the end of its report."""
    try:
        crash = getattr(report.longrepr, "reprcrash", None)
        if crash is not None:
            return f"{crash.message} (line {crash.lineno})"
        return str(report.longrepr)
    except BaseException:
        return "the test failed"


def _out(capture):
    return ',"out":' + _json.encode_basestring_ascii(capture.take())


def _call(func, args, kwargs, encode_value, describe, facts=None, roots=()):
    """Call into learner code; report the plain value (with `facts` about it against `roots`,
    the data the caller handed in) or the exception, as a JSON object."""
    try:
        value = func(*args, **kwargs)
    except BaseException as exc:
        return '{"exc":' + describe(exc) + "}"
    try:
        extra = facts(value, roots) if facts is not None else ""
        return '{"value":' + encode_value(value) + extra + "}"
    except BaseException as exc:
        return '{"exc":' + describe(exc) + "}"


def _code_runner(module_dict, harness, encode_value, describe, facts, _exec, _compile):
    scope = {}
    scope.update(module_dict)
    if harness:
        _exec(_compile(harness, "<harness>", "exec", dont_inherit=True), scope)

    def missing(name):
        def fail(*args, **kwargs):
            raise NameError(f"name '{name}' is not defined in your code")

        return fail

    def lookup(name):
        return module_dict[name] if name in module_dict else missing(name)

    def run(test):
        mode = test["mode"]
        if mode == "call":
            func = lookup(test["call"])
            args, kwargs = test["args"], test["kwargs"]
            roots = [args, kwargs] if test.get("aliases") else ()
            outcome = _call(func, args, kwargs, encode_value, describe, facts, roots)
            return '"outcomes":[' + outcome + "]"
        if mode == "expr":
            code = _compile(test["expr"], "<test>", "eval", dont_inherit=True)
            env = dict(scope)
            evaluate = lambda: eval(code, env)  # noqa: E731, S307 - a trusted test expression
            outcome = _call(evaluate, (), {}, encode_value, describe, facts)
            return '"outcomes":[' + outcome + "]"
        spec = test["object"]
        cls = lookup(spec["class"])
        holder = []

        def build():
            holder.append(cls(*spec["args"], **spec["kwargs"]))
            return None

        outcomes = [_call(build, (), {}, encode_value, describe)]
        if holder:
            instance = holder[0]
            for step in test["steps"]:
                try:
                    method = getattr(instance, step["call"])
                except BaseException as exc:
                    outcomes.append('{"exc":' + describe(exc) + "}")
                    continue
                args, kwargs = step["args"], step["kwargs"]
                roots = [args, kwargs, spec["args"], spec["kwargs"]] if step.get("aliases") else ()
                outcomes.append(_call(method, args, kwargs, encode_value, describe, facts, roots))
        return '"outcomes":[' + ",".join(outcomes) + "]"

    return run


def _http_runner(fresh_module, encode_value, describe, _esc, _BytesIO, _StringIO):
    def request(app, req):
        body = req["body"]
        environ = {
            "REQUEST_METHOD": req["method"],
            "SCRIPT_NAME": "",
            "PATH_INFO": req["path"],
            "QUERY_STRING": req["query"],
            "SERVER_NAME": "testserver",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": _BytesIO(body),
            "wsgi.errors": _StringIO(),
            "wsgi.multithread": False,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        environ.update(req["environ"])
        state = {}

        def start_response(status, headers, exc_info=None):
            if "status" in state and not exc_info:
                raise AssertionError("start_response() was called twice")
            state["status"] = status
            state["headers"] = headers
            return state.setdefault("written", []).append

        result = app(environ, start_response)
        chunks = list(state.get("written", []))
        try:
            for chunk in result:
                chunks.append(chunk)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        if "status" not in state:
            raise AssertionError("the application did not call start_response()")
        return {"status": state["status"], "headers": state["headers"], "chunks": chunks}

    def run(test):
        try:
            app = fresh_module().get("app")
        except BaseException as exc:
            return '"stage":"import","exc":' + describe(exc)
        if app is None:
            return '"stage":"import","missing":"app"'
        for index, req in enumerate(test["before"]):
            try:
                request(app, req)
            except BaseException as exc:
                return '"stage":"before","index":' + repr(index) + ',"exc":' + describe(exc)
        try:
            response = request(app, test["request"])
        except BaseException as exc:
            return '"stage":"request","exc":' + describe(exc)
        return '"stage":"done","response":' + encode_value(response)

    return run


def _sql_runner(source, emit, encode_value, describe, _esc, read_frame):
    import sqlite3  # only sql exercises pay for it

    try:
        statement = source.decode("utf-8")
    except UnicodeDecodeError as exc:
        emit("import", ',"ok":false,"syntax":true,"exc":' + describe(exc) + ',"out":""')
        posix._exit(0)
    emit("import", ',"ok":true,"out":""')
    max_rows = 5000

    def rows_of(cursor):
        columns = [d[0] for d in cursor.description] if cursor.description else []
        rows = cursor.fetchmany(max_rows + 1)
        return {
            "columns": columns,
            "rows": [list(r) for r in rows[:max_rows]],
            "truncated": len(rows) > max_rows,
        }

    # The same refusals as grading/sqlguard.py (nothing is imported into the sandbox): schema,
    # seed, solution and answer alike may not attach files, change pragmas or load extensions.
    denied = {sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH, sqlite3.SQLITE_PRAGMA}

    def authorize(action, arg1, arg2, database, trigger):
        if action in denied:
            return sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_FUNCTION and str(arg2).lower() == "load_extension":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    def fresh_database(reverse):
        con = sqlite3.connect(":memory:", isolation_level=None)
        if reverse:  # set by the shim before the authorizer refuses every PRAGMA
            con.execute("PRAGMA reverse_unordered_selects = ON")
        con.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        con.set_authorizer(authorize)
        return con

    def run(test):
        con = fresh_database(reverse=False)
        try:
            con.executescript(test["schema"])
            if test["seed"]:
                con.executescript(test["seed"])
        except sqlite3.Error as exc:
            return '"stage":"setup","exc":' + describe(exc)
        try:
            got = rows_of(con.execute(statement))
        except (sqlite3.Error, sqlite3.Warning, ValueError) as exc:
            return '"stage":"statement","exc":' + describe(exc)
        if test["check_query"]:
            try:
                got["check"] = rows_of(con.execute(test["check_query"]))
            except sqlite3.Error as exc:
                return '"stage":"check","exc":' + describe(exc)
        elif test.get("ordered"):
            # The same query on a database that scans tables and indexes the other way round:
            # rows whose order only the scan decided come out differently.
            again = fresh_database(reverse=True)
            try:
                again.executescript(test["schema"])
                if test["seed"]:
                    again.executescript(test["seed"])
                got["reversed"] = rows_of(again.execute(statement))["rows"]
            except (sqlite3.Error, sqlite3.Warning, ValueError):
                pass  # it ran once already; the comparison then relies on that run alone
            again.close()
        con.close()
        return '"stage":"done","rows":' + encode_value(got)

    return run


main()
