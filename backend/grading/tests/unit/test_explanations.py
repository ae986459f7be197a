"""The explanation of a choice or text exercise: which kinds carry one, and its bounds."""

from __future__ import annotations

import pytest

from grading import grade
from grading.explanations import EXPLAINED_KINDS, MAX_EXPLANATION_CHARS, explanation_problem


def test_only_choice_and_text_exercises_carry_an_explanation() -> None:
    assert EXPLAINED_KINDS == ("choice", "text")


@pytest.mark.parametrize(
    "explanation",
    ["`201 Created` names a new resource.", "x" * MAX_EXPLANATION_CHARS, "  two\n\nparagraphs \n"],
)
def test_it_accepts_markdown_up_to_the_bound(explanation: str) -> None:
    assert explanation_problem(explanation) == ""


@pytest.mark.parametrize(
    ("explanation", "problem"),
    [
        ("", "an explanation is not blank"),
        (" \n\t", "an explanation is not blank"),
        ("x" * (MAX_EXPLANATION_CHARS + 1), "at most 1200 characters, not 1201"),
        (None, "an explanation is Markdown text"),
        (["a", "list"], "an explanation is Markdown text"),
    ],
)
def test_it_refuses_a_blank_overlong_or_non_text_explanation(
    explanation: object, problem: str
) -> None:
    assert problem in explanation_problem(explanation)


def test_grading_ignores_the_explanation() -> None:
    choice = {"options": [{"id": "a", "text": "yes"}, {"id": "b", "text": "no"}], "correct": ["a"]}
    text = {"match": "exact", "accepted": ["201"]}
    cases = (("choice", choice, ["a"], ["b"]), ("text", text, "201", "200"))
    for kind, spec, right, wrong in cases:
        explained = {**spec, "explanation": "Because."}
        assert grade(kind, right, explained).verdict == grade(kind, right, spec).verdict
        assert grade(kind, wrong, explained).verdict == grade(kind, wrong, spec).verdict
        assert grade(kind, right, explained).verdict == "accepted"
