"""The read-path benchmark's URLconf: every shipped route, plus ``bench/constant/<bytes>/``,
a plain Django view answering a constant JSON body of exactly that many bytes. It is the
baseline the API's list endpoints are divided by: the same process, middleware and server
settings, with none of DRF, authentication, the database or serialization."""

from functools import lru_cache

from django.http import HttpResponse
from django.urls import path

from config import urls as shipped

MAX_CONSTANT_BYTES = 1_000_000


@lru_cache(maxsize=16)
def _constant_body(size: int) -> bytes:
    skeleton = b'{"constant":""}'
    return skeleton[:-2] + b"x" * max(size - len(skeleton), 0) + skeleton[-2:]


def constant_json(request, size: int) -> HttpResponse:
    if size > MAX_CONSTANT_BYTES:
        return HttpResponse(status=404)
    return HttpResponse(_constant_body(size), content_type="application/json")


urlpatterns = [
    path("bench/constant/<int:size>/", constant_json, name="bench-constant-json"),
    *shipped.urlpatterns,
]
handler404 = shipped.handler404
handler500 = shipped.handler500
