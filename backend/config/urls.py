"""Where every request enters: the versioned API, its docs, health probes, admin, the SPA."""

from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from config import health
from stepwise.accounts.admin_login import admin_login
from stepwise.common import api_docs, spa
from stepwise.common.errors import json_error_view

api_v1 = [
    path("", api_docs.ApiIndex.as_view(), name="api-index"),
    path("", include("stepwise.accounts.urls")),
    path("", include("stepwise.curriculum.urls")),
    path("", include("stepwise.submissions.urls")),
    path("", include("stepwise.progress.urls")),
    path("", include("stepwise.classes.urls")),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's init script as its own request, not inline, so the
    # docs' Content-Security-Policy can refuse inline scripts.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="swagger-ui"),
    path("redoc/", api_docs.RedocView.as_view(url_name="schema"), name="redoc"),
    path("redoc/redoc.standalone.js", api_docs.redoc_bundle, name="redoc-bundle"),
]

urlpatterns = [
    path("api/<version>/", include(api_v1)),
    re_path(r"^api/", json_error_view(404, "not_found", "No such API endpoint.")),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # Before the admin's own routes: its sign-in form goes through the throttle.
    path("admin/login/", admin_login, name="admin-login"),
    path("admin/", admin.site.urls),
    re_path(r"^(?!static/).*$", spa.spa_view, name="spa"),
]

handler404 = json_error_view(404, "not_found", "Not found.")
handler500 = json_error_view(500, "server_error", "Something went wrong on our side.")
