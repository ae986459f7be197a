import pytest

from grading import grade
from grading.jsondata import JSONObject


@pytest.mark.parametrize(
    ("spec", "answer", "verdict"),
    [
        ({"match": "exact", "accepted": ["Location"]}, "  Location \n", "accepted"),
        ({"match": "exact", "accepted": ["Location"]}, "location", "wrong_answer"),
        ({"match": "case_insensitive", "accepted": ["Location"]}, "LOCATION", "accepted"),
        (
            {"match": "case_insensitive", "accepted": ["Location"]},
            "Content-Location",
            "wrong_answer",
        ),
        ({"match": "regex", "accepted": [r"20[01]"]}, "201", "accepted"),
        ({"match": "regex", "accepted": [r"20[01]"]}, "2011", "wrong_answer"),
        ({"match": "number", "accepted": [3.14], "tolerance": 0.01}, "3.141", "accepted"),
        ({"match": "number", "accepted": [3.14], "tolerance": 0.01}, "3.2", "wrong_answer"),
        ({"match": "number", "accepted": ["42"], "tolerance": 0}, "42.0", "accepted"),
    ],
)
def test_each_match_mode_judges_the_answer(spec, answer, verdict):
    result = grade("text", answer, spec)
    assert result.status == "completed"
    assert result.verdict == verdict
    assert result.score == (1.0 if verdict == "accepted" else 0.0)


def test_a_number_answer_that_is_not_a_number_says_so():
    result = grade("text", "pi", {"match": "number", "accepted": [3.14]})
    assert result.verdict == "wrong_answer"
    assert "not a number" in result.tests[0].message


def test_nan_is_not_a_number():
    assert grade("text", "nan", {"match": "number", "accepted": [1], "tolerance": 1e9}).verdict == (
        "wrong_answer"
    )


def test_an_empty_answer_is_wrong():
    assert grade("text", "   ", {"match": "exact", "accepted": ["x"]}).verdict == "wrong_answer"


def test_an_unknown_match_mode_is_a_platform_error():
    result = grade("text", "x", {"match": "fuzzy", "accepted": ["x"]})
    assert result.status == "error"
    assert result.verdict is None


def _grade_elsewhere(answer: str, spec: JSONObject) -> str:
    """The verdict from a separate interpreter, so that a stalled match fails this test rather
    than freezing the run (a backtracking engine holds the GIL while it searches)."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    program = (
        "import json, sys; from grading import grade; "
        "print(grade('text', sys.argv[1], json.loads(sys.argv[2])).verdict)"
    )
    backend = Path(__file__).resolve().parents[2]
    try:
        done = subprocess.run(
            [sys.executable, "-c", program, answer, json.dumps(spec)],
            cwd=backend, capture_output=True, text=True, timeout=20, check=True,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("matching did not finish (RE2 answers in microseconds)")
    return done.stdout.strip()


def test_a_pattern_that_backtracks_catastrophically_still_answers_at_once():
    spec = {"match": "regex", "accepted": [r"(a+)+b"]}
    assert _grade_elsewhere("a" * 900 + "c", spec) == "wrong_answer"
    assert _grade_elsewhere("a" * 900 + "b", spec) == "accepted"


@pytest.mark.parametrize("pattern", [r"(", r"(a)\1", r"(?=a)a", "a" * 501])
def test_a_pattern_re2_cannot_use_is_a_platform_error_with_the_reason(pattern):
    from grading.patterns import pattern_problem

    assert pattern_problem(pattern)
    result = grade("text", "a", {"match": "regex", "accepted": [pattern]})
    assert result.status == "error"
    assert "invalid accepted pattern" in result.error


def test_word_classes_are_ascii_only():
    spec = {"match": "regex", "accepted": [r"\w+"]}
    assert grade("text", "jorg_42", spec).verdict == "accepted"
    assert grade("text", "jörg", spec).verdict == "wrong_answer"
