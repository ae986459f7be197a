from urllib.parse import urlsplit


def safe_redirect(target: str | None, default: str = "/") -> str:
    """Return target when it is a same-site relative path, otherwise default."""
    if not isinstance(target, str) or not target:
        return default
    if not target.startswith("/") or target.startswith("//"):
        return default
    if "\\" in target:
        return default
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target
