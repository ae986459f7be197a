REPLACEMENTS = [
    ("&", "&amp;"),  # first, so the entities added below are not escaped again
    ("<", "&lt;"),
    (">", "&gt;"),
    ('"', "&quot;"),
    ("'", "&#x27;"),
]


def escape_html(text: str) -> str:
    """Return text with & < > " ' replaced by their HTML entities."""
    for character, entity in REPLACEMENTS:
        text = text.replace(character, entity)
    return text


def render_comment(author: str, body: str) -> str:
    """Return the comment as a <p class="comment"> element with escaped content."""
    safe_body = escape_html(body).replace("\n", "<br>")
    return f'<p class="comment"><strong>{escape_html(author)}</strong>: {safe_body}</p>'
