import re

MAX_LENGTH = 50


def slugify(title: str) -> str:
    slug = re.sub(r"\W+", "-", title.lower()).replace("_", "-").strip("-")
    if not slug:
        raise ValueError("a title needs at least one letter or digit")
    return slug[:MAX_LENGTH].rstrip("-")
