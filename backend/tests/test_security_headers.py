"""The security headers of each surface Django serves (the SPA, Swagger UI, ReDoc, the admin,
the API) and the pages' own markup: what the policy refuses, the page must not need."""

import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db

USUAL_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
PAGES = ["/", "/api/v1/docs/", "/api/v1/redoc/", "/admin/login/"]


def _directives(response) -> dict[str, list[str]]:
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    parsed = {}
    for directive in filter(None, (part.strip() for part in header.split(";"))):
        name, *sources = directive.split()
        parsed[name] = sources
    return parsed


def _sources(directives: dict, name: str) -> list[str]:
    """The sources a fetch directive allows, following CSP's fallback to default-src."""
    fallbacks = {"style-src-elem": "style-src", "style-src-attr": "style-src"}
    for candidate in (name, fallbacks.get(name), "default-src"):
        if candidate in directives:
            return directives[candidate]
    return ["*"]


class _Markup(HTMLParser):
    """What a page embeds: inline scripts and styles, style attributes, URLs it loads."""

    def __init__(self):
        super().__init__()
        self.inline_scripts, self.inline_styles, self.style_attributes = 0, 0, 0
        self.urls: list[str] = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "style" in attrs:
            self.style_attributes += 1
        if any(name.startswith("on") for name in attrs):
            self.inline_scripts += 1  # an event handler attribute is inline script too
        url = attrs.get("src") or (attrs.get("href") if tag == "link" else None)
        if url:
            self.urls.append(url)
        if tag == "script" and not attrs.get("src"):
            self._in = "script" if attrs.get("type") != "application/json" else None
        elif tag == "style":
            self._in = "style"

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script" and data.strip():
            self.inline_scripts += 1
        elif self._in == "style" and data.strip():
            self.inline_styles += 1


def _markup(response) -> _Markup:
    parser = _Markup()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture
def built_spa(settings, tmp_path):
    """A stand-in for frontend/dist shaped like Vite's output."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log('spa')")
    (tmp_path / "index.html").write_text(
        '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js">'
        '</script></head><body><div id="root"></div></body></html>'
    )
    settings.SPA_DIST_DIR = tmp_path
    return tmp_path


@pytest.mark.parametrize("path", [*PAGES, "/topics/python", "/api/v1/topics/", "/healthz"])
def test_every_surface_sends_the_usual_security_headers(api, built_spa, path):
    response = api.get(path)
    for name, value in USUAL_HEADERS.items():
        assert response.headers.get(name) == value, (path, name)
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "geolocation=()" in response.headers["Permissions-Policy"]


@pytest.mark.parametrize("path", [*PAGES, "/topics/python", "/api/v1/topics/"])
def test_every_surface_refuses_other_origins_plugins_base_and_framing(api, built_spa, path):
    directives = _directives(api.get(path))
    assert directives["default-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    for name in ("script-src", "style-src", "img-src", "connect-src", "font-src", "object-src"):
        assert not {"*", "http:", "https:"} & set(_sources(directives, name)), (path, name)


@pytest.mark.parametrize("path", [*PAGES, "/topics/python"])
def test_no_page_may_run_inline_or_evaluated_script(api, built_spa, path):
    scripts = _sources(_directives(api.get(path)), "script-src")
    assert scripts == ["'self'"], path


@pytest.mark.parametrize("path", PAGES)
def test_no_page_needs_more_than_its_policy_allows(api, built_spa, path):
    response = api.get(path)
    directives = _directives(response)
    markup = _markup(response)
    assert markup.inline_scripts == 0, path
    if "'unsafe-inline'" not in _sources(directives, "style-src-elem"):
        assert markup.inline_styles == 0, path
    if "'unsafe-inline'" not in _sources(directives, "style-src-attr"):
        assert markup.style_attributes == 0, path
    assert markup.urls, path
    assert all(re.match(r"/(?!/)", url) or url.startswith("data:") for url in markup.urls), (
        markup.urls
    )


def test_the_spa_and_its_landing_page_share_the_spas_policy(api, built_spa, settings, tmp_path):
    spa = api.get("/topics/python")["Content-Security-Policy"]
    settings.SPA_DIST_DIR = tmp_path / "not-built"
    landing = api.get("/")
    assert b"/api/v1/docs/" in landing.content  # the page shown before the SPA is built
    assert landing["Content-Security-Policy"] == spa
    assert _markup(landing).inline_styles == 0


def test_the_admin_policy_allows_posting_its_forms_to_itself_and_no_inline_style(api):
    directives = _directives(api.get("/admin/login/"))
    assert directives["form-action"] == ["'self'"]
    assert _sources(directives, "style-src") == ["'self'"]


def test_the_api_answers_with_a_policy_that_allows_nothing(learner_api):
    directives = _directives(learner_api.get("/api/v1/topics/"))
    assert set(directives) == {"default-src", "base-uri", "form-action", "frame-ancestors"}
    assert all(sources == ["'none'"] for sources in directives.values())


def test_swagger_ui_loads_its_init_script_as_a_script_of_its_own(api):
    page = _markup(api.get("/api/v1/docs/"))
    init = next(url for url in page.urls if "script" in url and url.startswith("/api/v1/docs/"))
    script = api.get(init)
    assert script["Content-Type"].startswith("application/javascript")
    assert b"SwaggerUIBundle(" in script.content


def test_swagger_ui_never_sends_the_schema_to_the_public_validator(api):
    page = _markup(api.get("/api/v1/docs/"))
    init = next(url for url in page.urls if url.startswith("/api/v1/docs/"))
    assert re.search(rb'"validatorUrl":\s*null', api.get(init).content)


def test_redoc_loads_a_bundle_that_refers_to_no_other_origins_images(api):
    page = _markup(api.get("/api/v1/redoc/"))
    bundle_url = next(url for url in page.urls if url.endswith(".js"))
    response = api.get(bundle_url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    bundle = response.content.decode()
    assert "Redoc" in bundle
    assert "cdn.redoc.ly" not in bundle
    # The local image that replaces Redocly's logo exists.
    logo = re.search(r'src:"(/static/[^"]+\.svg)"', bundle).group(1)
    assert api.get(logo).status_code == 200


def test_a_view_that_sets_its_own_policy_keeps_it(rf):
    from django.http import HttpResponse

    from stepwise.common.security_headers import SecurityHeadersMiddleware

    def view(request):
        response = HttpResponse()
        response["Content-Security-Policy"] = "default-src 'self'"
        return response

    response = SecurityHeadersMiddleware(view)(rf.get("/"))
    assert response["Content-Security-Policy"] == "default-src 'self'"
