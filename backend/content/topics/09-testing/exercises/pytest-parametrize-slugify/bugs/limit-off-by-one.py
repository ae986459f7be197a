import re

MAX_LENGTH = 50


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if not slug:
        raise ValueError("a title needs at least one letter or digit")
    return slug[: MAX_LENGTH - 1].rstrip("-")
