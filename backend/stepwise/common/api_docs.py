"""The API's root and documentation pages: an index of links at `GET /api/v1/`; ReDoc, served
with the vendored bundle patched so that the page requests nothing from another origin.
(Swagger UI is drf-spectacular's split view as is.)

The ReDoc bundle shipped by drf-spectacular-sidecar shows Redocly's logo in its sidebar from
`cdn.redoc.ly`, and ReDoc has no option to leave it out. `redoc_bundle` serves a copy with
that URL pointing at a local image instead.
"""

import functools
import hashlib
from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.views.decorators.http import condition, require_GET
from drf_spectacular.plumbing import get_relative_url
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularRedocView
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

REDOC_BUNDLE = "drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js"


def _replacements() -> dict[str, str]:
    return {
        "https://cdn.redoc.ly/redoc/logo-mini.svg": static("stepwise/api-docs-mark.svg"),
        # The bundle names its licence file and source map relative to its own URL, which
        # is no longer next to them.
        "see redoc.standalone.js.LICENSE.txt": f"see {static(REDOC_BUNDLE)}.LICENSE.txt",
        "sourceMappingURL=redoc.standalone.js.map": f"sourceMappingURL={static(REDOC_BUNDLE)}.map",
    }


@functools.cache
def patched_redoc_bundle() -> bytes:
    """The vendored ReDoc bundle with its third-party URL replaced; read once per process."""
    source = finders.find(REDOC_BUNDLE)
    if source is None:
        raise LookupError(f"{REDOC_BUNDLE} not found: is drf_spectacular_sidecar installed?")
    bundle = Path(source).read_bytes()
    for old, new in _replacements().items():
        bundle = bundle.replace(old.encode(), new.encode())
    return bundle


def _bundle_etag(request: HttpRequest, **kwargs) -> str:
    return hashlib.sha256(patched_redoc_bundle()).hexdigest()[:32]


@require_GET
@condition(etag_func=_bundle_etag)
def redoc_bundle(request: HttpRequest, **kwargs) -> HttpResponse:
    response = HttpResponse(patched_redoc_bundle(), content_type="text/javascript")
    # Not fingerprinted like a static file: browsers revalidate with the ETag after an hour.
    response["Cache-Control"] = "public, max-age=3600"
    return response


class RedocView(SpectacularRedocView):
    """drf-spectacular's ReDoc page, loading the patched bundle above."""

    def _redoc_standalone(self) -> str:
        return get_relative_url(reverse("redoc-bundle", request=self.request))


class ApiIndexSerializer(serializers.Serializer):
    version = serializers.CharField(help_text="The API version these links belong to.")
    schema = serializers.CharField(help_text="The OpenAPI contract (YAML; `?format=json`).")
    docs = serializers.CharField(help_text="Swagger UI: read and try every operation.")
    redoc = serializers.CharField(help_text="ReDoc: the same contract as a reference.")
    sign_in = serializers.CharField(help_text="Where to obtain an access token.")


@extend_schema(
    tags=["meta"],
    summary="Where to start: the contract and its documentation",
    responses={200: ApiIndexSerializer},
)
class ApiIndex(APIView):
    """`GET /api/v1/`: links to the schema and the docs, so the API's root is not a 404."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_classes: list = []

    def get(self, request, version, **kwargs):
        def link(name: str) -> str:
            return reverse(name, kwargs={"version": version}, request=request)

        return Response(
            ApiIndexSerializer(
                {
                    "version": version,
                    "schema": link("schema"),
                    "docs": link("swagger-ui"),
                    "redoc": link("redoc"),
                    "sign_in": link("auth-token"),
                }
            ).data
        )
