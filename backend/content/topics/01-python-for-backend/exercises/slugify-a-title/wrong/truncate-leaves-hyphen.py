# Mistake: strips hyphens before truncating, so the cut can leave a trailing hyphen.
import re
import unicodedata


def slugify(title: str, max_length: int = 50) -> str:
    decomposed = unicodedata.normalize("NFKD", title)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    if not slug:
        raise ValueError(f"cannot make a slug from {title!r}")
    return slug[:max_length]
