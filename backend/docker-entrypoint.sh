#!/bin/sh
# Entrypoint of the backend image (api, worker and beat all use it).
#
#   docker-entrypoint.sh COMMAND...   run COMMAND; first, when STEPWISE_MIGRATE_ON_START=true
#                                     (the api service), apply migrations and sync the
#                                     curriculum from content/ (both idempotent)
#   docker-entrypoint.sh healthcheck  exit 0 when the API answers GET /healthz
set -eu

if [ "${1:-}" = "healthcheck" ]; then
    # Django refuses a Host it does not serve, so ask with the first of DJANGO_ALLOWED_HOSTS.
    exec python - <<'PY'
import os
import sys
import urllib.request

hosts = [h.strip() for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h.strip()]
host = (hosts[0].lstrip(".") if hosts else "") or "localhost"
if host == "*":
    host = "localhost"
request = urllib.request.Request("http://127.0.0.1:8000/healthz", headers={"Host": host})
try:
    with urllib.request.urlopen(request, timeout=4) as response:
        sys.exit(0 if response.status == 200 else 1)
except Exception as exc:
    print(f"healthz failed: {exc}", file=sys.stderr)
    sys.exit(1)
PY
fi

if [ "${STEPWISE_MIGRATE_ON_START:-false}" = "true" ]; then
    python manage.py migrate --no-input
    python manage.py content_sync
fi

exec "$@"
