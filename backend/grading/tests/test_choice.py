from grading import grade

SINGLE = {
    "multiple": False,
    "options": [{"id": "a", "text": "201 Created"}, {"id": "b", "text": "200 OK"}],
    "correct": ["a"],
}
MULTIPLE = {
    "multiple": True,
    "options": [{"id": x, "text": x} for x in "abcd"],
    "correct": ["a", "c"],
}


def test_it_accepts_the_correct_single_option():
    result = grade("choice", ["a"], SINGLE)
    assert (result.status, result.verdict, result.score) == ("completed", "accepted", 1.0)
    assert len(result.tests) == 1 and result.tests[0].status == "pass"
    assert result.sandboxed is False


def test_it_rejects_a_wrong_single_option():
    result = grade("choice", ["b"], SINGLE)
    assert (result.verdict, result.score) == ("wrong_answer", 0.0)
    assert result.tests[0].status == "fail"


def test_it_rejects_two_options_for_a_single_answer_question():
    result = grade("choice", ["a", "b"], SINGLE)
    assert result.verdict == "wrong_answer"
    assert "exactly one" in result.tests[0].message


def test_it_requires_the_exact_set_for_multiple_answers():
    assert grade("choice", ["c", "a"], MULTIPLE).verdict == "accepted"
    assert grade("choice", ["a"], MULTIPLE).verdict == "wrong_answer"
    assert grade("choice", ["a", "b", "c"], MULTIPLE).verdict == "wrong_answer"


def test_it_rejects_unknown_and_empty_choices():
    assert "unknown option" in grade("choice", ["z"], SINGLE).tests[0].message
    assert grade("choice", [], SINGLE).verdict == "wrong_answer"


def test_a_choice_without_correct_options_is_a_platform_error():
    result = grade("choice", ["a"], {**SINGLE, "correct": []})
    assert (result.status, result.verdict) == ("error", None)
