# Mistake: replaces & after < and >, so "&lt;" turns into "&amp;lt;" and the page shows entity text.
def escape_html(text):
    for character, entity in [("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"), ("&", "&amp;")]:
        text = text.replace(character, entity)
    return text


def render_comment(author, body):
    return f'<p class="comment"><strong>{escape_html(author)}</strong>: {escape_html(body).replace(chr(10), "<br>")}</p>'
