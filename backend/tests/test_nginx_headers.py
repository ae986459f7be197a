"""frontend/nginx.conf sends the SPA's security headers on everything it serves itself, and
passes Django's own through, undoubled, on everything it proxies: read from the file, then
checked on the wire with Debian's nginx in front of a live Django."""

import http.client
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from stack.services import free_port
from tests.test_docker_compose import NGINX_CONF, _directive, _locations, _nginx_blocks

HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
)
SPA_PATHS = ["/", "/index.html", "/topics/python", "/assets/index-abc123.js", "/assets/gone.js"]
PROXIED_PATHS = ["/api/v1/docs/", "/api/v1/redoc/", "/admin/login/", "/api/v1/topics/", "/healthz"]


@pytest.fixture
def spa_dist(settings, tmp_path) -> Path:
    """A built SPA as Vite shapes it, served by Django (make run) and by nginx (compose)."""
    dist = tmp_path / "html"
    (dist / "assets").mkdir(parents=True)
    (dist / "assets" / "index-abc123.js").write_text("console.log('spa')")
    (dist / "index.html").write_text('<div id="root"></div>')
    settings.SPA_DIST_DIR = dist
    return dist


@pytest.fixture
def django_spa_headers(db, client, spa_dist) -> dict[str, str]:
    response = client.get("/topics/python")
    return {name: response.headers[name] for name in HEADERS}


def _server() -> list:
    (server,) = [c for name, _, c in _nginx_blocks(NGINX_CONF.read_text()) if name == "server"]
    return server


def _added_headers(entries: list) -> dict[str, list[str]]:
    return {args[0]: args[1:] for name, args, _ in entries if name == "add_header"}


# --- read from the file -----------------------------------------------------------------------


def test_every_location_nginx_serves_itself_sends_the_headers_django_sends_for_the_spa(
    django_spa_headers,
):
    own = {path: c for path, c in _locations(_server()).items() if not _directive(c, "proxy_pass")}
    assert {"/", "= /index.html", "/assets/"} <= set(own)
    for path, children in own.items():
        added = _added_headers(children)
        # nginx drops the server block's add_header in a location that has one of its own, so
        # each location must carry the whole set; `always` keeps it on error responses too.
        assert {name: added.get(name) for name in HEADERS} == {
            name: [value, "always"] for name, value in django_spa_headers.items()
        }, path


def test_proxied_locations_and_the_server_block_add_none_of_them():
    # Django chooses each proxied page's policy; a second one from nginx would be enforced too.
    server = _server()
    assert not set(_added_headers(server)) & set(HEADERS)
    for path, children in _locations(server).items():
        if _directive(children, "proxy_pass"):
            assert not set(_added_headers(children)) & set(HEADERS), path


# --- on the wire --------------------------------------------------------------------------------


def _nginx_binary() -> str:
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if not found:
        raise RuntimeError("nginx was not found; install Debian's nginx-light (.ci/run does).")
    return found


def _substitute(text: str, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        assert old in text, f"nginx.conf no longer contains {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture
def nginx(live_server, spa_dist, tmp_path):
    """frontend/nginx.conf, as the web image installs it, on a free port, proxying to Django."""
    port = free_port()
    upstream = live_server.url.replace("localhost", "127.0.0.1")
    site = _substitute(
        NGINX_CONF.read_text(),
        {
            "listen 80 default_server;": f"listen 127.0.0.1:{port};",
            "root /usr/share/nginx/html;": f"root {spa_dist};",
            "set $stepwise_api http://api:8000;": f"set $stepwise_api {upstream};",
        },
    )
    run = tmp_path / "nginx"
    run.mkdir()
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp_paths = " ".join(f"{kind}_temp_path {run / kind};" for kind in kinds)
    # The image's nginx.conf around conf.d/default.conf, reduced to what the site needs; one
    # process, so it runs as the test's user and reads the temporary directory.
    (run / "nginx.conf").write_text(
        f"daemon off; master_process off; pid {run / 'nginx.pid'}; error_log {run / 'error.log'};\n"
        f"events {{}}\nhttp {{ include /etc/nginx/mime.types; access_log off; {temp_paths}\n"
        f"{site}\n}}\n"
    )
    command = [_nginx_binary(), "-p", str(run), "-e", str(run / "error.log")]
    process = subprocess.Popen(
        [*command, "-c", str(run / "nginx.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).connect()
                break
            except OSError:
                assert process.poll() is None, (run / "error.log").read_text()
                assert time.monotonic() < deadline, "nginx did not start listening"
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _get(port: int, path: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def _security_headers(response) -> dict[str, list[str]]:
    return {name: response.headers.get_all(name) or [] for name in HEADERS}


def test_nginx_sends_the_spas_headers_once_on_everything_it_serves_itself(
    nginx, django_spa_headers
):
    for path in SPA_PATHS:
        response = _get(nginx, path)
        assert response.status in (200, 404), path
        assert _security_headers(response) == {
            name: [value] for name, value in django_spa_headers.items()
        }, path


def test_nginx_passes_djangos_own_headers_through_undoubled(nginx, client):
    for path in PROXIED_PATHS:
        through_nginx = _get(nginx, path)
        direct = client.get(path)
        assert through_nginx.status == direct.status_code, path
        assert _security_headers(through_nginx) == {
            name: [direct.headers[name]] for name in HEADERS
        }, path
