# Cuts the title to max_length before making the slug, so leading spaces, symbols and
# accents use up characters the slug should have kept.
import re
import unicodedata


def slugify(title: str, max_length: int = 50) -> str:
    title = title[:max_length]
    decomposed = unicodedata.normalize("NFKD", title)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    if not slug:
        raise ValueError(f"cannot make a slug from {title!r}")
    return slug
