# Mistake: trusts urlsplit alone; Python sees no host in /\evil.example, but browsers do.
from urllib.parse import urlsplit


def safe_redirect(target, default="/"):
    if not target or not target.startswith("/"):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target
