# Mistake: only checks for a leading slash, but //evil.example is a protocol-relative URL to another host.
def safe_redirect(target, default="/"):
    if isinstance(target, str) and target.startswith("/"):
        return target
    return default
