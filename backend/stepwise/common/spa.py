"""Serves the built SPA (index.html for every client route, assets from dist/), or a small
landing page linking to the API docs when the SPA has not been built."""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils._os import safe_join
from django.views.decorators.http import require_GET


@require_GET
def spa_view(request):
    dist = settings.SPA_DIST_DIR
    index = dist / "index.html"
    if not index.is_file():
        return render(request, "landing.html")
    relative = request.path.lstrip("/")
    if relative:
        try:
            candidate = safe_join(dist, relative)
        except Exception as exc:  # SuspiciousFileOperation: a path outside dist/
            raise Http404 from exc
        if (candidate_path := Path(candidate)).is_file():
            content_type, _ = mimetypes.guess_type(candidate_path.name)
            response = FileResponse(candidate_path.open("rb"), content_type=content_type)
            if relative.startswith("assets/"):
                # Vite fingerprints asset names, so they never change under the same URL.
                response["Cache-Control"] = "public, max-age=31536000, immutable"
            return response
    response = HttpResponse(index.read_bytes(), content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response
