"""Settings for the test suite: the PostgreSQL and Redis the test run starts (the plugin
tests/plugins/services.py starts them with stack/services.py and exports DATABASE_URL and
TEST_REDIS_URL before Django loads)."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-secret-key-0123456789abcdef0123456789abcdef")
os.environ.setdefault("JWT_SIGNING_KEY", "test-jwt-signing-key-0123456789abcdef0123456789ab")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("THROTTLE_AUTH", "1000/min")
os.environ.setdefault("THROTTLE_SUBMISSIONS", "1000/min")
os.environ.setdefault("THROTTLE_WAITS", "1000/min")
os.environ.setdefault("THROTTLE_RUNS", "1000/min")
os.environ.setdefault("THROTTLE_DRAFTS", "1000/min")
os.environ.setdefault("THROTTLE_PREVIEWS", "1000/min")

from config.settings.base import *  # noqa: F403

# Hashing with Argon2's full cost in every test that creates a user is slow and tests nothing.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The test run never collects static files; serve them from the apps directly.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
