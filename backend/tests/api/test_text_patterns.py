"""Regex answers: patterns are vetted when written (matching itself is RE2, linear in the
answer: see grading/tests/test_text.py)."""

import pytest

from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db


def _text_exercise(accepted):
    return {
        "topic": "git", "slug": "name-the-command", "title": "Name the command", "kind": "text",
        "difficulty": "easy", "points": 5, "prompt_markdown": "Which command?",
        "spec": {"kind": "text"},
        "private_spec": {"kind": "text", "match": "regex", "accepted": accepted},
    }  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [("(git +)?revert(", "missing )"), (r"(a)\1", "invalid escape"), ("(?=git)git", "(?=")],
)
def test_a_pattern_that_cannot_be_used_is_refused_with_the_reason(instructor_api, pattern, reason):
    TopicFactory(slug="git")
    body = _text_exercise(["git revert", pattern])
    response = instructor_api.post("/api/v1/exercises/", body, format="json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == ["private_spec.accepted.1"], errors
    assert reason in errors["private_spec.accepted.1"][0]


def test_a_usable_pattern_is_stored(instructor_api):
    TopicFactory(slug="git")
    body = _text_exercise([r"(?i)(git\s+)?revert(\s+\S+)*"])
    assert instructor_api.post("/api/v1/exercises/", body, format="json").status_code == 201
