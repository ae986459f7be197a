"""Production settings: secrets only from the environment, and `check --deploy` clean."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "JWT_SIGNING_KEY": secrets.token_urlsafe(50),
    "DATABASE_URL": "postgres://stepwise:secret@db:5432/stepwise",
    "DJANGO_ALLOWED_HOSTS": "stepwise.example.org",
    "CACHE_URL": "redis://redis:6379/1",
}


def _manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "JWT_"))}
    clean.pop("DATABASE_URL", None)
    clean.pop("CACHE_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BACKEND,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_reports_nothing_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_each_secret():
    required = ("DJANGO_SECRET_KEY", "JWT_SIGNING_KEY", "DATABASE_URL", "DJANGO_ALLOWED_HOSTS",
                "CACHE_URL")  # fmt: skip
    for missing in required:
        env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
        result = _manage("check", env=env)
        assert result.returncode != 0, missing
        assert missing in result.stderr, (missing, result.stderr[-500:])


def test_the_repository_holds_no_production_secret():
    base = (BACKEND / "config" / "settings" / "base.py").read_text()
    production = (BACKEND / "config" / "settings" / "production.py").read_text()
    assert 'env_str("DJANGO_SECRET_KEY")' in base  # no default: required
    assert 'env_str("JWT_SIGNING_KEY")' in base
    assert "dev-only" not in base + production


def test_production_keeps_the_throttle_counters_in_the_shared_redis_cache():
    result = _manage(
        "shell", "-c", "from django.conf import settings; print(settings.CACHES['default'])",
        env=PRODUCTION_ENV,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "django.core.cache.backends.redis.RedisCache" in result.stdout
    assert "redis://redis:6379/1" in result.stdout


def test_a_cache_url_that_is_not_redis_is_refused():
    result = _manage("check", env={**PRODUCTION_ENV, "CACHE_URL": "memcached://cache:11211"})
    assert result.returncode != 0
    assert "CACHE_URL" in result.stderr
