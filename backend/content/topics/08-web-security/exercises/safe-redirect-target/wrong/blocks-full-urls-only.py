# Mistake: a deny-list that only looks for "://", missing //host, javascript: and paths without a slash.
def safe_redirect(target, default="/"):
    if not target or "://" in target:
        return default
    return target
