import os

TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("0", "false", "no", "off")


def _flag(name):
    raw = os.environ.get(name)
    if raw is None:
        return False
    word = raw.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"{name} must be true or false, not {raw!r}")


def load_settings():
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url:
        raise RuntimeError("DATABASE_URL is not set")
    raw_port = os.environ.get("APP_PORT", "8000")
    try:
        port = int(raw_port)
    except ValueError:
        raise ValueError(f"APP_PORT must be a whole number, not {raw_port!r}") from None
    if not 0 <= port <= 65535:
        raise ValueError(f"APP_PORT must be between 1 and 65535, not {port}")
    hosts = os.environ.get("APP_ALLOWED_HOSTS", "localhost")
    return {
        "database_url": database_url,
        "debug": _flag("APP_DEBUG"),
        "port": port,
        "allowed_hosts": [host.strip() for host in hosts.split(",") if host.strip()],
    }
