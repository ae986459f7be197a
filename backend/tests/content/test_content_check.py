"""`manage.py content_check`: validation without a database, then every answer in the sandbox."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.content.conftest import ADD, HEADER, SORTED, STATUS

# No `django_db` here: pytest-django refuses any database access, which is the point.


def check(tree, *flags) -> tuple[list[str], str]:
    """Run the command; return its stdout lines and the CommandError message ("" on success)."""
    out = StringIO()
    try:
        call_command("content_check", "--path", str(tree.root), *flags, stdout=out,
                     stderr=StringIO())  # fmt: skip
    except CommandError as exc:
        return out.getvalue().splitlines(), str(exc)
    return out.getvalue().splitlines(), ""


def test_invalid_files_fail_the_check_before_anything_is_graded(tree):
    tree.remove(ADD)
    tree.remove(SORTED)
    tree.update_yaml(f"{STATUS}/exercise.yaml", correct=["z"])

    lines, error = check(tree)

    assert f"{STATUS}/exercise.yaml: correct names 'z', which is not an option id" in lines
    assert lines[-1] == (
        "content: 2 topics, 2 exercises (code 0, sql 0, http 0, pytest 0, django 0, choice 1, text 1); "
        "references accepted 0/0; starters rejected 0/0; wrong answers rejected 0/0; "
        "text samples accepted 1/1"
    )
    assert error.startswith("content check failed: 1 problem(s)")


@pytest.mark.sandbox
def test_a_valid_tree_passes_with_every_answer_graded_as_required(tree):
    lines, error = check(tree)

    assert error == ""
    assert lines == [
        "mutants killed 4/4 (code 2/2, sql 2/2, http 0/0, pytest 0/0, django 0/0); equivalent 0; "
        "unjustified survivors (debt): 0",
        "content: 2 topics, 4 exercises (code 1, sql 1, http 0, pytest 0, django 0, choice 1, text 1); "
        "references accepted 2/2; starters rejected 2/2; wrong answers rejected 2/2; "
        "text samples accepted 1/1",
    ]


@pytest.mark.sandbox
def test_a_wrong_answer_that_passes_the_tests_fails_the_check(tree):
    tree.write(f"{ADD}/wrong/swaps-operands.py", "# Swaps the operands.\ndef add(a, b):\n"
               "    return b + a\n")  # fmt: skip

    lines, error = check(tree, "--only", "add-numbers")

    assert (
        f"add-numbers: {ADD}/wrong/swaps-operands.py: this wrong answer must be rejected, "
        "but all 6 tests pass: the tests are too weak to catch it"
    ) in lines
    assert lines[-1].endswith(
        "references accepted 1/1; starters rejected 1/1; wrong answers rejected 1/2; "
        "text samples accepted 0/0"
    )
    assert error == "content check failed: 0 problem(s) in the files, 1 grading(s) not as required"


@pytest.mark.sandbox
def test_a_reference_solution_that_fails_is_reported_with_its_failing_tests(tree):
    tree.write(f"{ADD}/solution.py", "def add(a, b):\n    return a + b if b else 0\n")

    lines, error = check(tree, "--only", "add-numbers")

    assert (
        f"add-numbers: {ADD}/solution.py: the reference solution must be accepted, "
        "got wrong_answer (score 0.83)"
    ) in lines
    assert any(line.startswith("    adds zero [fail]: ") for line in lines)
    assert "references accepted 0/1" in lines[-1]
    assert error


@pytest.mark.sandbox
def test_a_starter_that_already_passes_fails_the_check(tree):
    tree.write(f"{SORTED}/starter.sql", "SELECT name FROM users ORDER BY name\n")

    lines, error = check(tree, "--only", "basics")

    assert any(line.startswith(f"names-in-order: {SORTED}/starter.sql: the starter must be "
                               "rejected") for line in lines)  # fmt: skip
    assert "starters rejected 1/2" in lines[-1]
    assert error


# Mutation analysis. The tests of add-numbers never add zero through the `else` branch below,
# and cannot: adding zero changes nothing, so forcing the condition to True is an equivalent
# mutant, the one survivor of this reference.
WEAK_ADD = "def add(a, b):\n    return a + b if b else a\n"
SURVIVOR = "add: condition: a + b if b else a -> a + b if True else a"


@pytest.mark.sandbox
def test_a_mutant_the_tests_accept_is_reported_and_fails_the_check(tree):
    tree.write(f"{ADD}/solution.py", WEAK_ADD)

    lines, error = check(tree, "--only", "add-numbers")

    assert f"add-numbers: {ADD}/solution.py: mutant survives, the tests accept it: {SURVIVOR}" in (
        lines
    )
    assert lines[-2] == (
        "mutants killed 4/5 (code 4/5, sql 0/0, http 0/0, pytest 0/0, django 0/0); equivalent 0; "
        "unjustified survivors (debt): 0"
    )
    assert error == "content check failed: 0 problem(s) in the files, 1 grading(s) not as required"


@pytest.mark.sandbox
def test_a_surviving_mutant_listed_as_equivalent_with_a_reason_passes(tree):
    tree.write(f"{ADD}/solution.py", WEAK_ADD)
    tree.update_yaml(f"{ADD}/exercise.yaml", equivalent_mutants=[
        {"mutant": SURVIVOR, "reason": "b is a number, so when it is falsy it is 0 and a + b is a"}
    ])  # fmt: skip

    lines, error = check(tree, "--only", "add-numbers", "--mutant-scores")

    assert error == ""
    assert lines[:-2] == [
        "add-numbers (code): mutants killed 4/4; equivalent 1; debt 0",
        f"    survives [equivalent: b is a number, so when it is falsy it is 0 and a + b is a]: "
        f"{SURVIVOR}",
    ]
    assert lines[-2].startswith("mutants killed 4/4 (code 4/4, sql 0/0, http 0/0, pytest 0/0, django 0/0); equivalent 1;")


@pytest.mark.sandbox
def test_a_surviving_mutant_recorded_as_debt_passes_and_is_counted_as_debt(tree):
    tree.write(f"{ADD}/solution.py", WEAK_ADD)
    tree.write("mutation-debt.yaml", f"add-numbers:\n  - '{SURVIVOR}'\n")

    lines, error = check(tree, "--only", "add-numbers")

    assert error == ""
    assert lines[-2] == (
        "mutants killed 4/5 (code 4/5, sql 0/0, http 0/0, pytest 0/0, django 0/0); equivalent 0; "
        "unjustified survivors (debt): 1"
    )


@pytest.mark.sandbox
def test_debt_whose_mutant_is_killed_fails_the_check_so_the_debt_only_shrinks(tree):
    killed = "add: return: return a + b -> return None"
    tree.write("mutation-debt.yaml", f"add-numbers:\n  - '{killed}'\n")

    lines, error = check(tree, "--only", "add-numbers")

    assert (
        "mutation-debt.yaml: add-numbers: 'add: return: return a + b -> return None' is killed "
        "now: remove it (the debt only shrinks)"
    ) in lines
    assert error == "content check failed: 1 problem(s) in the files, 0 grading(s) not as required"


@pytest.mark.sandbox
def test_an_equivalent_mutant_that_the_tests_kill_fails_the_check(tree):
    tree.update_yaml(f"{ADD}/exercise.yaml", equivalent_mutants=[
        {"mutant": "add: return: return a + b -> return None", "reason": "it is not"}
    ])  # fmt: skip

    lines, error = check(tree, "--only", "add-numbers")

    assert (
        f"{ADD}/exercise.yaml: equivalent_mutants: 'add: return: return a + b -> return None' "
        "is killed by the tests, so it is not equivalent: remove it"
    ) in lines
    assert error.startswith("content check failed: 1 problem(s) in the files")


@pytest.mark.sandbox
def test_debt_for_an_exercise_that_does_not_exist_fails_the_whole_check(tree):
    tree.write("mutation-debt.yaml", "no-such-exercise:\n  - 'f: remove: x = 1 -> (removed)'\n")

    lines, error = check(tree)

    assert lines[0] == (
        "mutation-debt.yaml: 'no-such-exercise' is not a code, sql or http exercise: "
        "remove its entry"
    )
    assert error.startswith("content check failed: 1 problem(s) in the files")


def test_writing_the_debt_needs_the_whole_curriculum(tree):
    lines, error = check(tree, "--only", "add-numbers", "--write-debt")

    assert (lines, error) == ([], "--write-debt needs the whole curriculum: drop --only and --sample-slow")
    assert not (tree.root / "mutation-debt.yaml").exists()


def test_only_an_unknown_slug_is_an_error(tree):
    with pytest.raises(CommandError, match="no code, sql, http or text exercise or topic"):
        call_command("content_check", "--path", str(tree.root), "--only", "nope",
                     stdout=StringIO())  # fmt: skip


# Text exercises are graded in-process: these runs start no sandbox (`--only` a text exercise).


def regex_header(tree, samples) -> None:
    tree.update_yaml(f"{HEADER}/exercise.yaml", match="regex", accepted=["(?i)(the )?location"],
                     sample_answers=samples)  # fmt: skip


def test_every_sample_answer_of_a_regex_exercise_is_graded_and_accepted(tree):
    regex_header(tree, ["Location", "the location"])

    lines, error = check(tree, "--only", "location-header")

    assert error == ""
    assert lines == [
        "content: 2 topics, 4 exercises (code 1, sql 1, http 0, pytest 0, django 0, choice 1, text 1); "
        "references accepted 0/0; starters rejected 0/0; wrong answers rejected 0/0; "
        "text samples accepted 2/2"
    ]


def test_a_sample_answer_the_regex_rejects_fails_the_check(tree):
    regex_header(tree, ["Location", "Location:"])

    lines, error = check(tree, "--only", "web")

    assert lines[:-1] == [
        f"location-header: {HEADER}/exercise.yaml: sample answer 'Location:' must be accepted, "
        "but the accepted patterns reject it"
    ]
    assert lines[-1].endswith("; text samples accepted 1/2")
    assert error == "content check failed: 0 problem(s) in the files, 1 grading(s) not as required"


def test_without_sample_answers_the_first_accepted_answer_is_the_sample(tree):
    tree.update_yaml(f"{HEADER}/exercise.yaml", match="number", accepted=["1e3", "1000"],
                     tolerance=0.5)  # fmt: skip

    lines, error = check(tree, "--only", "location-header")

    assert (lines[-1].rsplit("; ", 1)[-1], error) == ("text samples accepted 1/1", "")


def test_sample_answers_are_checked_for_exact_matches_too(tree):
    tree.update_yaml(f"{HEADER}/exercise.yaml", sample_answers=["location", "Location header"])

    lines, error = check(tree, "--only", "location-header")

    assert lines[0] == (
        f"location-header: {HEADER}/exercise.yaml: sample answer 'Location header' must be "
        "accepted, but the accepted answers reject it"
    )
    assert lines[-1].endswith("; text samples accepted 1/2")
    assert error


def test_a_regex_exercise_without_samples_fails_the_check_as_a_problem(tree):
    regex_header(tree, None)

    lines, error = check(tree, "--only", "location-header")

    assert lines[0] == (
        f"{HEADER}/exercise.yaml: a regex exercise needs sample_answers: one or two answers a "
        "learner would type, which the patterns must accept"
    )
    assert lines[-1].endswith("; text samples accepted 0/0")
    assert error.startswith("content check failed: 1 problem(s) in the files")
