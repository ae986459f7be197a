import re

MAX_LENGTH = 50


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:MAX_LENGTH].rstrip("-")
