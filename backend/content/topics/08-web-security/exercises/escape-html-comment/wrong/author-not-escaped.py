# Mistake: escapes the body but trusts the author name, which the user also chose.
import html


def escape_html(text):
    return html.escape(text)


def render_comment(author, body):
    return f'<p class="comment"><strong>{author}</strong>: {escape_html(body).replace(chr(10), "<br>")}</p>'
