"""POST /api/v1/markdown/preview/: an author's Markdown rendered as saving it would store it."""

import pytest

from stepwise.common.throttles import MarkdownPreviewRateThrottle
from stepwise.curriculum.serializers import MARKDOWN_PREVIEW_MAX_CHARS
from stepwise.curriculum.services import topic_update
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/markdown/preview/"
HOSTILE = "# Hi\n\n<script>alert(1)</script>\n\n[a](javascript:x) <img src=x onerror=y>\n"


def test_the_preview_is_the_sanitised_html_a_saved_lesson_stores(instructor_api):
    topic = TopicFactory(slug="web")
    topic_update(topic=topic, lesson_markdown=HOSTILE)
    topic.refresh_from_db()

    response = instructor_api.post(URL, {"markdown": HOSTILE}, format="json")

    assert response.status_code == 200
    html = response.json()["html"]
    assert html == topic.lesson_html
    assert '<h1 id="section-hi">Hi</h1>' in html  # headings carry ids for a table of contents
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html
    assert instructor_api.post(URL, {"markdown": ""}, format="json").json() == {"html": ""}


def test_only_authors_may_preview_and_only_up_to_the_size_limit(api, learner_api, instructor_api):
    assert api.post(URL, {"markdown": "x"}, format="json").status_code == 401
    refused = learner_api.post(URL, {"markdown": "x"}, format="json")
    assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"

    too_long = instructor_api.post(
        URL, {"markdown": "a" * (MARKDOWN_PREVIEW_MAX_CHARS + 1)}, format="json"
    )
    assert too_long.status_code == 400
    assert "markdown" in too_long.json()["errors"]
    missing = instructor_api.post(URL, {}, format="json")
    assert missing.status_code == 400 and "markdown" in missing.json()["errors"]


def test_previews_are_rate_limited_per_user(instructor_api, monkeypatch):
    monkeypatch.setattr(
        MarkdownPreviewRateThrottle, "THROTTLE_RATES", {"markdown_previews": "2/min"}
    )
    codes = [instructor_api.post(URL, {"markdown": "x"}, format="json").status_code for _ in "abc"]
    assert codes == [200, 200, 429]
