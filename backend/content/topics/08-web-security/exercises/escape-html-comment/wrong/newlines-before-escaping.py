# Mistake: inserts <br> before escaping, so the line breaks it added show up as "&lt;br&gt;".
import html


def escape_html(text):
    return html.escape(text)


def render_comment(author, body):
    return f'<p class="comment"><strong>{escape_html(author)}</strong>: {escape_html(body.replace(chr(10), "<br>"))}</p>'
