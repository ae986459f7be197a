"""Production: every secret from the environment, HTTPS only, PostgreSQL, a real broker.

`DJANGO_SECRET_KEY`, `JWT_SIGNING_KEY`, `DATABASE_URL`, `DJANGO_ALLOWED_HOSTS` and `CACHE_URL`
are required; the process refuses to start without them.
"""

from django.core.exceptions import ImproperlyConfigured

from config.settings.base import *  # noqa: F403
from config.settings.env import env_bool, env_int, env_str

DEBUG = False
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS to the host names this API answers.")
env_str("DATABASE_URL")  # required: no SQLite fallback in production
# Required: with a memory cache per process, each gunicorn worker and each api replica would
# count throttles on its own, multiplying every limit by their number.
if not CACHE_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "Set CACHE_URL to a Redis URL (e.g. redis://redis:6379/1): the throttles and the "
        "long-poll limits must be shared by every server process."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
GRADING_REQUIRE_SANDBOX = env_bool("GRADING_REQUIRE_SANDBOX", True)
