"""The production shape (docker-compose.yml, the Dockerfiles, nginx.conf, the seccomp profile),
checked without a Docker engine: the compose file against the Compose Specification schema, and
the properties the deployment depends on, one per test. Values that may change freely (image
versions, worker flags, intervals) are deliberately not pinned here."""

import json
import os
import re
import runpy
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml
from django.conf import settings

from grading.config import RUNTIMES, SandboxConfig

REPO = Path(settings.REPO_DIR)
BACKEND = Path(settings.BACKEND_DIR)
COMPOSE_FILE = REPO / "docker-compose.yml"
ENV_EXAMPLE = REPO / ".env.example"
NGINX_CONF = REPO / "frontend" / "nginx.conf"
DOCKERFILES = (BACKEND / "Dockerfile", REPO / "frontend" / "Dockerfile")
BACKEND_IMAGE_SERVICES = ("api", "worker", "beat")
# Services built from this repository; db and redis are official images run as they come.
OWN_SERVICES = (*BACKEND_IMAGE_SERVICES, "web")

# Long-running services without a health check, each with the reason it can go without one.
# A new service must either get a health check or a line here.
WITHOUT_HEALTH_CHECK = {
    "beat": "Celery beat answers no ping; nothing waits on it, and restart brings it back",
    "web": "nothing waits on it; nginx exits (and is restarted) when it cannot serve",
}

# A variable named like this holds a secret, whatever the service.
SECRET_NAME = re.compile(r"SECRET|PASSWORD|TOKEN|_KEY$")
# `${NAME}` or `${NAME:?message}`: taken from the environment, with no fallback value.
FROM_ENVIRONMENT = re.compile(r"\$\{[A-Z_][A-Z0-9_]*(?::?\?[^}]*)?\}")

# What bubblewrap needs to build its sandbox, and what the grader needs around it.
NAMESPACE_SYSCALLS = {"clone", "clone3", "unshare", "mount", "umount2", "pivot_root", "setns"}
GRADER_SYSCALLS = {
    "setresuid", "setresgid", "setgroups", "prctl", "prlimit64", "memfd_create", "flock",
    "kill", "wait4", "execve", "sethostname", "capset",
}  # fmt: skip
# Kernel surface no part of grading uses; the profile must keep denying it.
DENIED_SYSCALLS = {
    "bpf", "keyctl", "add_key", "request_key", "ptrace", "process_vm_readv",
    "process_vm_writev", "io_uring_setup", "io_uring_enter", "userfaultfd", "kexec_load",
    "init_module", "finit_module", "delete_module", "perf_event_open", "open_by_handle_at",
    "reboot", "swapon", "acct", "settimeofday", "clock_settime", "chroot",
}  # fmt: skip


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


@pytest.fixture(scope="module")
def worker(services) -> dict:
    return services["worker"]


@pytest.fixture(scope="module")
def seccomp_profile(worker) -> dict:
    return json.loads(_security_file(worker, "seccomp").read_text())


def _security_opts(service: dict) -> dict[str, str]:
    """`security_opt` as a mapping: "seccomp=path" -> {"seccomp": "path"}."""
    pairs = {}
    for entry in service.get("security_opt", []):
        key, _, value = re.split(r"([=:])", entry, maxsplit=1)
        pairs[key] = value
    return pairs


def _security_file(service: dict, key: str) -> Path:
    return REPO / _security_opts(service)[key]


def _environment(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {key: str(value) for key, value in env.items()}


def _tmpfs_paths(service: dict) -> set[str]:
    tmpfs = service.get("tmpfs", [])
    tmpfs = [tmpfs] if isinstance(tmpfs, str) else tmpfs
    return {entry.split(":", 1)[0] for entry in tmpfs}


def _command(service: dict) -> list[str]:
    command = service.get("command", [])
    return command.split() if isinstance(command, str) else list(command)


def _option(command: list[str], name: str) -> str:
    """The value of `--name=value` in a command line."""
    return next(arg.split("=", 1)[1] for arg in command if arg.startswith(f"--{name}="))


def _dockerfile_instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Dockerfile, continuation lines joined."""
    text = re.sub(r"\\\n", " ", path.read_text())
    lines = (line.strip() for line in text.splitlines())
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1])
        for line in lines
        if line and not line.startswith("#") and " " in line
    ]


def _allowed_unconditionally(profile: dict) -> set[str]:
    names = set()
    for rule in profile["syscalls"]:
        conditional = rule.get("args") or rule.get("includes") or rule.get("excludes")
        if rule["action"] == "SCMP_ACT_ALLOW" and not conditional:
            names.update(rule["names"])
    return names


def _allowed_at_all(profile: dict) -> set[str]:
    return {
        name
        for rule in profile["syscalls"]
        if rule["action"] == "SCMP_ACT_ALLOW"
        for name in rule["names"]
    }


# --- the compose file as a whole -------------------------------------------------------------


def test_the_compose_file_is_valid_against_the_compose_specification(compose):
    schema_file = resources.files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(compose), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_the_files_the_compose_file_refers_to_exist(services, worker):
    for service in services.values():
        if build := service.get("build"):
            assert (REPO / build["context"] / build.get("dockerfile", "Dockerfile")).is_file()
    assert ENV_EXAMPLE.is_file()
    assert _security_file(worker, "seccomp").is_file()


def test_only_web_publishes_a_host_port(services):
    # The database, the broker and gunicorn are reachable only through the stack's networks.
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"web"}


def test_no_service_has_a_fixed_container_name_so_workers_can_be_scaled(services):
    assert all("container_name" not in service for service in services.values())


# --- privileges -------------------------------------------------------------------------------


def test_no_service_is_privileged(services):
    privileged = {name for name, service in services.items() if service.get("privileged")}
    assert not privileged


@pytest.mark.parametrize("name", BACKEND_IMAGE_SERVICES)
def test_every_backend_service_drops_every_capability(services, name):
    assert services[name]["cap_drop"] == ["ALL"]


def test_only_the_worker_adds_capabilities_back_and_only_those_the_grader_uses(services):
    # SETUID/SETGID: switch each run to its slot uid; KILL: kill that uid's processes at the
    # deadline (the worker is uid 0, they are not). No SYS_ADMIN: bubblewrap builds its
    # sandbox in a user namespace instead.
    adding = {name: sorted(s["cap_add"]) for name, s in services.items() if s.get("cap_add")}
    assert adding == {"worker": ["KILL", "SETGID", "SETUID"]}


@pytest.mark.parametrize("name", OWN_SERVICES)
def test_every_service_built_here_forbids_new_privileges_through_exec(services, name):
    assert _security_opts(services[name])["no-new-privileges"] == "true"


@pytest.mark.parametrize("name", BACKEND_IMAGE_SERVICES)
def test_every_backend_service_has_a_read_only_root_and_a_tmpfs_for_tmp(services, name):
    assert services[name]["read_only"] is True
    assert "/tmp" in _tmpfs_paths(services[name])


def test_only_the_worker_runs_as_root_and_the_image_defaults_to_an_unprivileged_user(services):
    as_root = {name for name, s in services.items() if str(s.get("user")) in ("0", "0:0", "root")}
    assert as_root <= {"worker"}
    users = [args for op, args in _dockerfile_instructions(BACKEND / "Dockerfile") if op == "USER"]
    assert users and users[-1] not in ("root", "0", "0:0")


def test_beat_keeps_its_schedule_file_in_a_tmpfs_on_its_read_only_root(services):
    beat = services["beat"]
    path = _option(_command(beat), "schedule")
    assert any(path.startswith(tmpfs + "/") for tmpfs in _tmpfs_paths(beat))


# --- health and start order -------------------------------------------------------------------


def test_every_long_running_service_has_a_health_check_or_a_reason_not_to(services):
    unchecked = {name for name, service in services.items() if "healthcheck" not in service}
    assert unchecked == set(WITHOUT_HEALTH_CHECK)


def test_every_dependency_is_waited_for_until_it_is_healthy(services):
    for name, service in services.items():
        depends_on = service.get("depends_on", {})
        # The short (list) form only waits for the container to start, not to answer.
        assert isinstance(depends_on, dict), name
        for dependency, rule in depends_on.items():
            assert rule["condition"] == "service_healthy", (name, dependency)
            assert "healthcheck" in services[dependency], (name, dependency)


@pytest.mark.parametrize("name", BACKEND_IMAGE_SERVICES)
def test_every_backend_service_waits_for_the_database_and_the_broker(services, name):
    assert {"db", "redis"} <= set(services[name]["depends_on"])


def test_the_backend_reaches_the_database_and_broker_of_the_stack_with_the_cache_apart(services):
    env = _environment(services["api"])
    hosts = {
        re.search(r"@?([a-z0-9-]+):\d+/", env[key]).group(1)
        for key in ("DATABASE_URL", "CELERY_BROKER_URL", "CACHE_URL")
    }
    assert hosts <= set(services)
    # A cache flush must never drop the queued grading jobs.
    assert env["CACHE_URL"] != env["CELERY_BROKER_URL"]


def test_only_the_api_migrates_and_it_syncs_the_curriculum_after_migrating(services):
    # One migrating service, so scaled workers never race each other over the schema.
    migrating = {
        name
        for name, service in services.items()
        if _environment(service).get("STEPWISE_MIGRATE_ON_START") == "true"
    }
    assert migrating == {"api"}
    script = (BACKEND / "docker-entrypoint.sh").read_text()
    migrate = script.index("manage.py migrate --no-input")
    sync = script.index("manage.py content_sync")
    assert migrate < sync < script.index('exec "$@"')
    assert os.access(BACKEND / "docker-entrypoint.sh", os.X_OK)


def test_the_celery_services_start_an_app_that_exists(services):
    from celery import Celery

    import config

    for name in ("worker", "beat"):
        assert _option(_command(services[name]), "app") == "config"
    assert isinstance(config.celery_app, Celery)


# --- secrets ----------------------------------------------------------------------------------


def test_no_secret_value_is_written_into_the_compose_file(services):
    for name, service in services.items():
        for key, value in _environment(service).items():
            if SECRET_NAME.search(key):
                assert FROM_ENVIRONMENT.fullmatch(value), (name, key)
            # scheme://user:password@host, the user part possibly itself interpolated
            credentials = re.match(r"^\w+://(?:\$\{[^}]*\}|[^:@/]*):(.*)@", value)
            if credentials:
                assert FROM_ENVIRONMENT.fullmatch(credentials.group(1)), (name, key)


@pytest.mark.parametrize("name", BACKEND_IMAGE_SERVICES)
def test_every_backend_service_reads_its_secrets_from_the_env_file_in_production(services, name):
    service = services[name]
    assert service["env_file"] in (".env", [".env"])
    # The production settings insist on real secrets and keep DEBUG off.
    assert _environment(service)["DJANGO_SETTINGS_MODULE"] == "config.settings.production"


@pytest.mark.parametrize("dockerfile", DOCKERFILES, ids=lambda path: path.parent.name)
def test_no_image_bakes_a_secret_into_its_environment(dockerfile):
    # A RUN may set a throwaway value for one build step; ENV and ARG persist in the image.
    for op, args in _dockerfile_instructions(dockerfile):
        if op in ("ENV", "ARG"):
            names = re.findall(r"([A-Za-z_][A-Za-z0-9_]*)=", args) or args.split()[:1]
            assert not [n for n in names if SECRET_NAME.search(n.upper())], (op, args)


def test_the_env_example_secrets_are_placeholders_that_say_to_replace_them():
    values = dict(re.findall(r"^([A-Z_]+)=(.*)$", ENV_EXAMPLE.read_text(), flags=re.MULTILINE))
    secrets = {name for name in values if SECRET_NAME.search(name)}
    assert secrets >= {"DJANGO_SECRET_KEY", "JWT_SIGNING_KEY", "POSTGRES_PASSWORD"}
    for secret in secrets:
        assert values[secret].startswith("REPLACE-ME"), secret


def _variables_read_by_the_backend() -> set[str]:
    names = set()
    reader = re.compile(r"env_(?:str|bool|int|list)\(\s*\"([A-Z][A-Z0-9_]+)\"")
    for path in (BACKEND / "config" / "settings").glob("*.py"):
        if path.name not in ("test.py", "development.py"):
            names.update(reader.findall(path.read_text()))
    grading = (BACKEND / "grading" / "config.py").read_text()
    names.update(re.findall(r"\"(GRADING_[A-Z_]+)\"", grading))
    return names


def test_the_env_example_documents_every_variable_the_backend_reads():
    text = ENV_EXAMPLE.read_text()
    missing = {name for name in _variables_read_by_the_backend() if name not in text}
    assert not missing


def test_the_env_example_documents_every_variable_the_compose_file_interpolates():
    used = set(re.findall(r"\$\{([A-Z_]+)", COMPOSE_FILE.read_text()))
    defined = set(re.findall(r"^([A-Z_]+)=", ENV_EXAMPLE.read_text(), flags=re.MULTILINE))
    assert used <= defined


# --- the worker: what the sandbox needs -------------------------------------------------------


def test_the_backend_image_installs_bubblewrap():
    runs = [args for op, args in _dockerfile_instructions(BACKEND / "Dockerfile") if op == "RUN"]
    assert any(re.search(r"apt-get install .*\bbubblewrap\b", run) for run in runs)


def test_the_worker_refuses_to_start_without_the_sandbox(worker):
    assert _environment(worker)["GRADING_REQUIRE_SANDBOX"] == "true"


def test_the_worker_runs_as_root_to_switch_each_run_to_its_slot_uid(worker):
    assert str(worker["user"]) in ("0:0", "0", "root")


def test_the_worker_uses_the_committed_seccomp_profile(worker):
    path = _security_opts(worker)["seccomp"]
    assert path != "unconfined"
    assert (REPO / path).resolve().is_relative_to(REPO / "deploy" / "seccomp")


def test_the_worker_lifts_apparmor_and_the_proc_masks_bwrap_cannot_work_under(worker):
    # bubblewrap mounts a fresh /proc; Docker's masked /proc paths and its default AppArmor
    # profile both refuse that.
    opts = _security_opts(worker)
    assert opts["apparmor"] == "unconfined"
    assert opts["systempaths"] == "unconfined"


def test_the_worker_has_an_init_that_reaps_and_process_and_memory_limits(worker):
    assert worker["init"] is True
    assert isinstance(worker["pids_limit"], int) and worker["pids_limit"] > 0
    assert re.fullmatch(r"\d+[kmg]", str(worker["mem_limit"]))


def test_the_slot_locks_are_shared_by_every_worker_replica_of_a_host(compose, worker):
    lock_dir = _environment(worker)["GRADING_LOCK_DIR"]
    mounts = {m.split(":")[1]: m.split(":")[0] for m in worker["volumes"]}
    volume = mounts[lock_dir]
    assert volume in compose["volumes"]  # a named volume, not a per-container tmpfs
    assert compose["volumes"][volume]["driver_opts"]["type"] == "tmpfs"


def test_there_are_enough_slots_for_what_one_worker_replica_holds_at_once(worker):
    # Each Celery process runs one sandbox and keeps GRADING_WARM_POOL more waiting per
    # runtime, each on its own slot; with too few, runs wait for a slot instead of grading.
    concurrency = int(_option(_command(worker), "concurrency"))
    warm_pool = int(_environment(worker).get("GRADING_WARM_POOL", SandboxConfig.warm_pool))
    values = dict(re.findall(r"^([A-Z_]+)=(.*)$", ENV_EXAMPLE.read_text(), flags=re.MULTILINE))
    slots = int(values.get("GRADING_SLOTS", SandboxConfig.slots))
    assert slots >= concurrency * (1 + warm_pool * len(RUNTIMES))


def test_the_worker_has_no_route_to_the_outside_world(compose, worker):
    for network in worker["networks"]:
        assert compose["networks"][network].get("internal") is True


# --- the seccomp profile ----------------------------------------------------------------------


def test_the_seccomp_profile_denies_by_default(seccomp_profile):
    assert seccomp_profile["defaultAction"] == "SCMP_ACT_ERRNO"


def test_the_seccomp_profile_allows_the_namespace_calls_bubblewrap_needs(seccomp_profile):
    assert _allowed_unconditionally(seccomp_profile) >= NAMESPACE_SYSCALLS


def test_the_seccomp_profile_allows_what_the_grader_does_around_the_sandbox(seccomp_profile):
    assert _allowed_unconditionally(seccomp_profile) >= GRADER_SYSCALLS


def test_the_seccomp_profile_keeps_denying_kernel_surface_grading_never_uses(seccomp_profile):
    assert not _allowed_at_all(seccomp_profile) & DENIED_SYSCALLS


# --- nginx.conf -------------------------------------------------------------------------------


def _nginx_blocks(text: str) -> list:
    """Parse nginx syntax into [(name, args, children)], children None for simple directives."""
    tokens = re.findall(r"\"[^\"]*\"|'[^']*'|[{};]|[^\s{};\"']+", re.sub(r"#[^\n]*", "", text))
    position = 0

    def block() -> list:
        nonlocal position
        entries, words = [], []
        while position < len(tokens):
            token = tokens[position]
            position += 1
            if token == ";":
                entries.append((words[0], words[1:], None))
                words = []
            elif token == "{":
                entries.append((words[0], words[1:], block()))
                words = []
            elif token == "}":
                return entries
            else:
                # Only the enclosing quotes go: a value may end in a quote of its own ('self').
                words.append(token[1:-1] if token[0] in "\"'" else token)
        return entries

    return block()


@pytest.fixture(scope="module")
def nginx_server() -> list:
    servers = [c for (name, _, c) in _nginx_blocks(NGINX_CONF.read_text()) if name == "server"]
    assert len(servers) == 1
    return servers[0]


def _locations(server: list) -> dict[str, list]:
    return {" ".join(args): children for name, args, children in server if name == "location"}


def _directive(entries: list, name: str) -> list[str] | None:
    return next((args for n, args, _ in entries if n == name), None)


def _proxy_target(server: list, location: list) -> str | None:
    target = _directive(location, "proxy_pass")
    if target is None:
        return None
    variables = {args[0]: args[1] for n, args, _ in server if n == "set"}
    return variables.get(target[0], target[0])


@pytest.mark.parametrize("location", ["/api/", "/admin/", "/static/", "= /healthz", "= /readyz"])
def test_nginx_proxies_the_backend_paths_to_the_port_gunicorn_listens_on(nginx_server, location):
    port = runpy.run_path(str(BACKEND / "gunicorn.conf.py"))["bind"][0].rsplit(":", 1)[1]
    target = _proxy_target(nginx_server, _locations(nginx_server)[location])
    assert target == f"http://api:{port}"


def test_nginx_sends_every_other_path_to_the_spas_index_html(nginx_server):
    try_files = _directive(_locations(nginx_server)["/"], "try_files")
    assert try_files[0] == "$uri"
    assert try_files[-1] == "/index.html"


def test_nginx_serves_the_directory_the_web_image_copies_the_spa_into(nginx_server):
    copies = _dockerfile_instructions(REPO / "frontend" / "Dockerfile")
    spa = next(args.split()[-1] for op, args in copies if op == "COPY" and "--from=" in args)
    assert _directive(nginx_server, "root") == [spa]


def test_nginx_tells_the_api_the_original_host_and_scheme(nginx_server):
    # Django builds absolute URLs from Host, trusts X-Forwarded-Proto for HTTPS and counts the
    # client's address from X-Forwarded-For when it throttles.
    headers = {args[0]: args[1] for n, args, _ in nginx_server if n == "proxy_set_header"}
    assert headers["Host"] == "$http_host"
    assert headers["X-Forwarded-Proto"].startswith("$")
    assert headers["X-Forwarded-For"] == "$proxy_add_x_forwarded_for"


def test_nginx_locations_do_not_override_the_inherited_proxy_headers(nginx_server):
    # One proxy_set_header in a location silently drops every one it would inherit.
    for children in _locations(nginx_server).values():
        assert _directive(children, "proxy_set_header") is None
