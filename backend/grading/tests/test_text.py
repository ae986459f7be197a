import pytest

from grading import grade


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
