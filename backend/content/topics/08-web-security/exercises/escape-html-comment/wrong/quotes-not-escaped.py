# Mistake: escapes only & < >, so a value placed in a quoted attribute can break out of it.
import html


def escape_html(text):
    return html.escape(text, quote=False)


def render_comment(author, body):
    return f'<p class="comment"><strong>{escape_html(author)}</strong>: {escape_html(body).replace(chr(10), "<br>")}</p>'
