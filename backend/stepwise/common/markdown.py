"""Markdown to sanitised HTML for lessons and prompts."""

import markdown
import nh3
from markdown.extensions.toc import TocExtension

_ALLOWED_TAGS = {
    "a", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li",
    "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul", "del",
}  # fmt: skip
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"}, "code": {"class"}, "th": {"align"}, "td": {"align"},
    **{heading: {"id"} for heading in _HEADINGS},
}  # fmt: skip
# Every id in rendered text starts with this, so no id an author writes can take the place of
# one the page itself relies on (DOM clobbering). Headings get theirs from their text, so a
# table of contents can link to them.
HEADING_ID_PREFIX = "section-"


def render_markdown(text: str) -> str:
    """Return HTML safe to insert into a page: no scripts, no event handlers, no styles; each
    heading with a unique id made from its text and prefixed with `HEADING_ID_PREFIX`."""
    html = markdown.markdown(
        text or "", extensions=["fenced_code", "tables", "sane_lists", TocExtension(marker="")]
    )
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        id_prefix=HEADING_ID_PREFIX,
    )
