"""The production shape (docker-compose.yml, the Dockerfiles, nginx.conf, the seccomp profile),
checked without a Docker engine: the compose file against the Compose Specification schema, and
the container settings the grading sandbox depends on, one property per test."""

import ast
import inspect
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

REPO = Path(settings.REPO_DIR)
BACKEND = Path(settings.BACKEND_DIR)
COMPOSE_FILE = REPO / "docker-compose.yml"
ENV_EXAMPLE = REPO / ".env.example"
NGINX_CONF = REPO / "frontend" / "nginx.conf"
BACKEND_IMAGE_SERVICES = ("api", "worker", "beat")

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


def _uses_backend_image(service: dict) -> bool:
    build = service.get("build") or {}
    context = build if isinstance(build, str) else build.get("context", "")
    return Path(context).name == "backend"


def _tmpfs_paths(service: dict) -> set[str]:
    tmpfs = service.get("tmpfs", [])
    tmpfs = [tmpfs] if isinstance(tmpfs, str) else tmpfs
    return {entry.split(":", 1)[0] for entry in tmpfs}


def _command(service: dict) -> list[str]:
    command = service.get("command", [])
    return command.split() if isinstance(command, str) else list(command)


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


def test_the_stack_has_the_six_services_of_the_production_shape(services):
    assert set(services) == {"db", "redis", "api", "worker", "beat", "web"}


def test_only_web_publishes_a_host_port(services):
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"web"}


def test_no_service_has_a_fixed_container_name_so_workers_can_be_scaled(services):
    assert all("container_name" not in service for service in services.values())
    assert "scale" not in services["worker"]


def test_postgres_is_version_16_on_a_named_volume_with_a_pg_isready_health_check(compose):
    db = compose["services"]["db"]
    assert db["image"].startswith("postgres:16")
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_redis_is_version_7_with_a_redis_cli_ping_health_check(services):
    redis = services["redis"]
    assert redis["image"].startswith("redis:7")
    assert redis["healthcheck"]["test"][-2:] == ["redis-cli", "ping"]


@pytest.mark.parametrize("name", BACKEND_IMAGE_SERVICES)
def test_every_backend_service_runs_the_production_settings_from_the_env_file(services, name):
    service = services[name]
    assert _uses_backend_image(service)
    assert _environment(service)["DJANGO_SETTINGS_MODULE"] == "config.settings.production"
    assert service["env_file"] in (".env", [".env"])


def test_no_other_service_is_built_from_the_backend_image(services):
    backend = {name for name, service in services.items() if _uses_backend_image(service)}
    assert backend == set(BACKEND_IMAGE_SERVICES)


@pytest.mark.parametrize("name", BACKEND_IMAGE_SERVICES)
def test_every_backend_service_waits_for_a_healthy_database_and_broker(services, name):
    depends_on = services[name]["depends_on"]
    assert depends_on["db"]["condition"] == "service_healthy"
    assert depends_on["redis"]["condition"] == "service_healthy"


def test_the_database_and_broker_urls_point_at_the_stacks_own_services(services):
    env = _environment(services["api"])
    assert "@db:5432/" in env["DATABASE_URL"]
    assert env["CELERY_BROKER_URL"].startswith("redis://redis:6379/")


@pytest.mark.parametrize("name", BACKEND_IMAGE_SERVICES)
def test_every_backend_service_shares_one_redis_cache_apart_from_the_broker(services, name):
    env = _environment(services[name])
    assert env["CACHE_URL"].startswith("redis://redis:6379/")
    assert env["CACHE_URL"] != env["CELERY_BROKER_URL"]


def test_the_files_the_compose_file_refers_to_exist(services, worker):
    for service in services.values():
        if build := service.get("build"):
            assert (REPO / build["context"] / build.get("dockerfile", "Dockerfile")).is_file()
    assert ENV_EXAMPLE.is_file()
    assert _security_file(worker, "seccomp").is_file()


# --- api, beat, web ---------------------------------------------------------------------------


def test_the_api_serves_config_wsgi_with_gunicorn_and_reports_its_health(services):
    api = services["api"]
    command = _command(api)
    assert command[0] == "gunicorn"
    assert "config.wsgi:application" in command
    assert "/healthz" in (BACKEND / "docker-entrypoint.sh").read_text()
    assert api["healthcheck"]["test"][-1] == "healthcheck"


def test_the_api_and_the_image_run_gunicorn_with_the_committed_config(services):
    assert "--config=gunicorn.conf.py" in _command(services["api"])
    cmd = re.search(r"^CMD\s+(\[.*\])$", (BACKEND / "Dockerfile").read_text(), re.MULTILINE)
    assert json.loads(cmd.group(1)) == _command(services["api"])


def test_gunicorn_serves_with_threads_and_caps_the_waits_in_each_worker():
    config = runpy.run_path(str(BACKEND / "gunicorn.conf.py"))
    assert config["worker_class"] == "gthread"
    assert config["threads"] >= 4
    assert config["bind"] == ["0.0.0.0:8000"]
    assert "limit_waits_per_process" in inspect.getsource(config["post_worker_init"])


def test_the_wsgi_module_the_api_serves_defines_application():
    tree = ast.parse((BACKEND / "config" / "wsgi.py").read_text())
    assigns = [node for node in ast.walk(tree) if isinstance(node, ast.Assign)]
    assigned = {target.id for node in assigns for target in node.targets}
    assert "application" in assigned


def test_the_api_migrates_and_syncs_the_curriculum_before_it_starts(services):
    assert _environment(services["api"])["STEPWISE_MIGRATE_ON_START"] == "true"
    script = (BACKEND / "docker-entrypoint.sh").read_text()
    migrate = script.index("manage.py migrate --no-input")
    sync = script.index("manage.py content_sync")
    assert migrate < sync < script.index('exec "$@"')
    assert os.access(BACKEND / "docker-entrypoint.sh", os.X_OK)


def test_only_the_api_migrates_on_start(services):
    migrating = {
        name
        for name in BACKEND_IMAGE_SERVICES
        if _environment(services[name]).get("STEPWISE_MIGRATE_ON_START") == "true"
    }
    assert migrating == {"api"}


def test_celery_commands_name_the_config_app_which_is_a_celery_application(services):
    from celery import Celery

    import config

    assert isinstance(config.celery_app, Celery)
    for name, subcommand in (("worker", "worker"), ("beat", "beat")):
        command = _command(services[name])
        assert command[:3] == ["celery", "--app=config", subcommand]


def test_the_worker_takes_two_jobs_at_a_time_and_prefetches_one(worker):
    command = _command(worker)
    assert "--concurrency=2" in command
    assert "--prefetch-multiplier=1" in command


def test_beat_keeps_its_schedule_file_in_a_tmpfs_on_a_read_only_root(services):
    beat = services["beat"]
    schedule = next(arg for arg in _command(beat) if arg.startswith("--schedule="))
    path = schedule.split("=", 1)[1]
    assert beat["read_only"] is True
    assert any(path.startswith(tmpfs + "/") for tmpfs in _tmpfs_paths(beat))


@pytest.mark.parametrize("name", ["api", "beat"])
def test_api_and_beat_run_read_only_without_capabilities_or_new_privileges(services, name):
    service = services[name]
    assert service["read_only"] is True
    assert service["cap_drop"] == ["ALL"]
    assert "cap_add" not in service
    assert _security_opts(service)["no-new-privileges"] == "true"
    assert "user" not in service  # the image's unprivileged user


def test_the_backend_image_defaults_to_an_unprivileged_user():
    dockerfile = (BACKEND / "Dockerfile").read_text()
    users = re.findall(r"^USER\s+(\S+)", dockerfile, flags=re.MULTILINE)
    assert users and users[-1] not in ("root", "0", "0:0")


def test_the_backend_image_is_python_311_slim_with_bubblewrap_and_the_locked_dependencies():
    dockerfile = (BACKEND / "Dockerfile").read_text()
    assert re.search(r"python:3\.11-slim", dockerfile)
    assert "install -y --no-install-recommends bubblewrap" in dockerfile
    assert "uv sync --frozen --no-dev" in dockerfile
    assert "collectstatic --no-input" in dockerfile
    assert 'ENTRYPOINT ["/app/docker-entrypoint.sh"]' in dockerfile


def test_the_web_image_builds_the_spa_with_node_20_and_serves_it_with_nginx():
    dockerfile = (REPO / "frontend" / "Dockerfile").read_text()
    stages = re.findall(r"^FROM\s+(\S+)", dockerfile, flags=re.MULTILINE)
    assert stages[0].startswith("node:20")
    assert stages[-1].startswith("nginx:")
    assert "npm ci" in dockerfile
    assert "npm run build" in dockerfile
    assert "COPY nginx.conf /etc/nginx/conf.d/default.conf" in dockerfile
    assert "COPY --from=build /src/dist /usr/share/nginx/html" in dockerfile


# --- the worker: what bubblewrap needs and nothing more ----------------------------------------


def test_the_worker_is_not_privileged(worker):
    assert worker.get("privileged", False) is False


def test_the_worker_drops_every_capability(worker):
    assert worker["cap_drop"] == ["ALL"]


def test_the_worker_adds_back_only_setuid_setgid_and_kill(worker):
    # SETUID/SETGID: switch each run to its slot uid; KILL: kill that uid's processes at the
    # deadline (the worker is uid 0, they are not). Nothing else: no SYS_ADMIN, no CHOWN.
    assert sorted(worker["cap_add"]) == ["KILL", "SETGID", "SETUID"]


def test_the_worker_runs_as_root_inside_the_container(worker):
    assert worker["user"] in ("0:0", "0", "root")


def test_the_worker_uses_the_committed_seccomp_profile(worker):
    path = _security_opts(worker)["seccomp"]
    assert path != "unconfined"
    assert (REPO / path).resolve().is_relative_to(REPO / "deploy" / "seccomp")


def test_the_worker_lifts_apparmor_and_the_proc_masks_bwrap_cannot_work_under(worker):
    opts = _security_opts(worker)
    assert opts["apparmor"] == "unconfined"
    assert opts["systempaths"] == "unconfined"


def test_the_worker_cannot_gain_privileges_through_exec(worker):
    assert _security_opts(worker)["no-new-privileges"] == "true"


def test_the_worker_has_an_init_a_read_only_root_and_a_tmpfs_for_tmp(worker):
    assert worker["init"] is True
    assert worker["read_only"] is True
    assert "/tmp" in _tmpfs_paths(worker)


def test_the_worker_has_process_and_memory_limits(worker):
    assert isinstance(worker["pids_limit"], int)
    assert 64 <= worker["pids_limit"] <= 4096
    assert re.fullmatch(r"\d+[kmg]", str(worker["mem_limit"]))


def test_the_worker_requires_the_sandbox(worker):
    assert _environment(worker)["GRADING_REQUIRE_SANDBOX"] == "true"


def test_the_slot_locks_are_shared_by_every_worker_replica_of_a_host(compose, worker):
    lock_dir = _environment(worker)["GRADING_LOCK_DIR"]
    mounts = {m.split(":")[1]: m.split(":")[0] for m in worker["volumes"]}
    volume = mounts[lock_dir]
    assert volume in compose["volumes"]  # a named volume, not a per-container tmpfs
    assert compose["volumes"][volume]["driver_opts"]["type"] == "tmpfs"


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


def test_the_seccomp_profile_only_uses_allow_rules_over_a_deny_default(seccomp_profile):
    assert {rule["action"] for rule in seccomp_profile["syscalls"]} == {"SCMP_ACT_ALLOW"}
    assert "SCMP_ARCH_X86_64" in {arch["architecture"] for arch in seccomp_profile["archMap"]}


# --- .env.example -----------------------------------------------------------------------------


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


def test_the_env_example_secrets_are_placeholders_that_say_to_replace_them():
    values = dict(re.findall(r"^([A-Z_]+)=(.*)$", ENV_EXAMPLE.read_text(), flags=re.MULTILINE))
    for secret in ("DJANGO_SECRET_KEY", "JWT_SIGNING_KEY", "POSTGRES_PASSWORD"):
        assert values[secret].startswith("REPLACE-ME")


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
def test_nginx_proxies_the_backend_paths_to_the_api_service(nginx_server, location):
    locations = _locations(nginx_server)
    assert _proxy_target(nginx_server, locations[location]) == "http://api:8000"


def test_nginx_sends_every_other_path_to_the_spas_index_html(nginx_server):
    try_files = _directive(_locations(nginx_server)["/"], "try_files")
    assert try_files[0] == "$uri"
    assert try_files[-1] == "/index.html"


def test_nginx_serves_the_directory_the_web_image_copies_the_spa_into(nginx_server):
    assert _directive(nginx_server, "root") == ["/usr/share/nginx/html"]


def test_nginx_tells_the_api_the_original_host_and_scheme(nginx_server):
    headers = {args[0]: args[1] for n, args, _ in nginx_server if n == "proxy_set_header"}
    assert headers["Host"] == "$http_host"
    assert headers["X-Forwarded-Proto"].startswith("$")
    assert headers["X-Forwarded-For"] == "$proxy_add_x_forwarded_for"


def test_nginx_locations_do_not_override_the_inherited_proxy_headers(nginx_server):
    for children in _locations(nginx_server).values():
        assert _directive(children, "proxy_set_header") is None
