# Mistake: treats only code points below 32 as control characters and lets DEL (127) through.
from urllib.parse import urlsplit


def safe_redirect(target, default="/"):
    if not isinstance(target, str) or not target:
        return default
    if not target.startswith("/") or target.startswith("//"):
        return default
    if "\\" in target or any(ord(ch) < 32 for ch in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target
