"""Security headers on every response Django sends: a Content-Security-Policy chosen by the
surface that answered (the SPA, Swagger UI, ReDoc, the admin, or anything else: the JSON API,
the health probes, static files) and one Permissions-Policy.

X-Content-Type-Options, Referrer-Policy, Cross-Origin-Opener-Policy and X-Frame-Options come
from Django's SecurityMiddleware and XFrameOptionsMiddleware (see `config/settings/base.py`).
`frontend/nginx.conf` repeats the SPA's headers for the files nginx serves itself; a test keeps
the two in step.

Each policy starts from nothing and allows what its pages were seen to load in Chromium, no
more; the browser tests fail on any violation, so a page that needs more says so.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

Policy = dict[str, tuple[str, ...]]

SELF, NONE, DATA, BLOB = "'self'", "'none'", "data:", "blob:"
UNSAFE_INLINE = "'unsafe-inline'"

# A response that is not a page (JSON, YAML, a probe, a static file) needs nothing; any page
# starts here too: no plugins, no <base>, no native form posts, never inside a frame.
NOTHING: Policy = {
    "default-src": (NONE,),
    "base-uri": (NONE,),
    "form-action": (NONE,),
    "frame-ancestors": (NONE,),
}

# The SPA: Vite's module scripts and stylesheet from /assets/, API calls to its own origin.
# - style-src-elem 'unsafe-inline': CodeMirror puts its theme in a <style> element whose text
#   changes as extensions load, so neither a hash nor (on a static index.html) a nonce fits.
#   style="" attributes stay refused (React styles through the CSSOM, which CSP leaves alone).
# - img-src data: the favicon is an inline SVG in index.html.
# - form-action stays 'none': every form is handled by script; a native submission would put
#   a password in a URL.
SPA: Policy = {
    **NOTHING,
    "script-src": (SELF,),
    "style-src": (SELF,),
    "style-src-elem": (SELF, UNSAFE_INLINE),
    "img-src": (SELF, DATA),
    "connect-src": (SELF,),
}

# Swagger UI (the split view: its init script is a request of its own, not inline).
# - img-src data: swagger-ui.css draws its icons as data: SVGs.
# - connect-src 'self': the schema and "Try it out" requests.
SWAGGER_UI: Policy = {
    **NOTHING,
    "script-src": (SELF,),
    "style-src": (SELF,),
    "img-src": (SELF, DATA),
    "connect-src": (SELF,),
}

# ReDoc (the patched bundle of stepwise/common/api_docs.py).
# - style-src-elem 'unsafe-inline': styled-components writes every style into <style> elements.
# - img-src data: its styles draw the heading-link icon as a data: SVG.
# - worker-src blob: the search index runs in a worker the bundle builds from a blob: URL.
REDOC: Policy = {
    **NOTHING,
    "script-src": (SELF,),
    "style-src": (SELF,),
    "style-src-elem": (SELF, UNSAFE_INLINE),
    "img-src": (SELF, DATA),
    "connect-src": (SELF,),
    "worker-src": (BLOB,),
}

# The Django admin: 5.2 has no inline script or style; its forms post to itself, its
# autocomplete widgets fetch from it.
ADMIN: Policy = {
    **NOTHING,
    "script-src": (SELF,),
    "style-src": (SELF,),
    "img-src": (SELF,),
    "connect-src": (SELF,),
    "form-action": (SELF,),
}

# Powerful browser features no page of Stepwise uses, denied to it and to anything it embeds.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


def render(policy: Policy) -> str:
    """The header value of a policy: directives in the order given, separated by '; '."""
    return "; ".join(" ".join((name, *sources)) for name, sources in policy.items())


# By the name of the URL pattern that answered (see config/urls.py); the admin's sign-in form
# is routed outside the admin's namespace, through the throttle.
_BY_URL_NAME = {
    "spa": render(SPA),
    "swagger-ui": render(SWAGGER_UI),
    "redoc": render(REDOC),
    "admin-login": render(ADMIN),
}
_ADMIN, _NOTHING = render(ADMIN), render(NOTHING)


def content_security_policy(request: HttpRequest) -> str:
    """The Content-Security-Policy header value for the surface that answered `request`."""
    match = getattr(request, "resolver_match", None)
    if match is None:  # answered before URL resolution: WhiteNoise's static files
        return _NOTHING
    if "admin" in match.namespaces:
        return _ADMIN
    return _BY_URL_NAME.get(match.url_name, _NOTHING)


def _is_debug_error_page(response: HttpResponse) -> bool:
    # With DEBUG on, Django's technical 404/500 pages are inline-styled and scripted HTML.
    return (
        settings.DEBUG
        and response.status_code >= 400
        and response.get("Content-Type", "").startswith("text/html")
    )


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy unless the view set its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not _is_debug_error_page(response):
            response.headers.setdefault("Content-Security-Policy", content_security_policy(request))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
