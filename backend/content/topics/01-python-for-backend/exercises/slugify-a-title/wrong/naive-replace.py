# Mistake: only lower-cases and swaps spaces for hyphens; punctuation and accents survive.
def slugify(title: str, max_length: int = 50) -> str:
    slug = title.strip().lower().replace(" ", "-")[:max_length]
    if not slug:
        raise ValueError("empty slug")
    return slug
