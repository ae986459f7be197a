import re
import unicodedata


def slugify(title: str, max_length: int = 50) -> str:
    raise NotImplementedError
