"""Laptop defaults for `make run`: SQLite, in-process grading, debug on, local origins only.

The keys below are public by design and only used when the environment sets none; the
production settings never fall back to them.
"""

import os

os.environ.setdefault(
    "DJANGO_SECRET_KEY", "dev-only-secret-key-never-used-in-production-0123456789"
)
os.environ.setdefault("JWT_SIGNING_KEY", "dev-only-jwt-signing-key-never-used-in-production-0123")
os.environ.setdefault("DJANGO_DEBUG", "true")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
os.environ.setdefault("CORS_ALLOWED_ORIGINS", "http://127.0.0.1:5173,http://localhost:5173")

from config.settings.base import *  # noqa: F403
