"""The Django-free loader: a valid tree loads cleanly, and every broken rule is reported
with the path of the file that breaks it."""

import json

import pytest
from jsonschema import Draft202012Validator

from stepwise.curriculum.content import (
    SCHEMA_DIR,
    exercise_fields,
    exercise_specs,
    grading_spec,
    load_content,
    text_samples,
    topic_fields,
)
from tests.content.conftest import ADD, BASICS, HEADER, SORTED, STATUS, WEB


def messages(tree) -> list[str]:
    return [str(problem) for problem in load_content(tree.root).problems]


def tree_text(tree, path: str) -> str:
    return (tree.root / path).read_text()


def assert_reported(tree, path: str, fragment: str) -> None:
    found = messages(tree)
    assert any(m.startswith(f"{path}: ") and fragment in m for m in found), found


@pytest.mark.parametrize("name", [p.name for p in sorted(SCHEMA_DIR.glob("*.schema.json"))])
def test_every_schema_is_a_valid_draft_2020_12_schema(name):
    Draft202012Validator.check_schema(json.loads((SCHEMA_DIR / name).read_text()))


def test_a_valid_tree_loads_without_problems(tree):
    content = load_content(tree.root)

    assert content.problems == []
    assert [t.slug for t in content.topics] == ["basics", "web"]
    assert [e.slug for e in content.exercises] == [
        "add-numbers", "names-in-order", "created-status", "location-header",
    ]  # fmt: skip
    assert content.kind_counts() == {
        "choice": 1, "text": 1, "code": 1, "sql": 1, "http": 0, "pytest": 0, "django": 0,
    }  # fmt: skip
    assert all(e.valid for e in content.exercises)


def test_it_reads_the_topic_fields_with_the_lesson_and_prerequisites(tree):
    web = load_content(tree.root).topics[1]

    assert topic_fields(web) == {
        "slug": "web",
        "title": "The web",
        "summary": "Requests and responses.",
        "order": 2,
        "published": True,
        "lesson_markdown": "# The web\n\nA server answers requests.\n",
        "prerequisites": ["basics"],
    }


def test_it_builds_the_code_exercise_fields_and_grading_spec(tree):
    add = load_content(tree.root).exercises[0]

    fields = exercise_fields(add)
    assert fields["limits"] == {"time_ms": 3000}
    assert fields["prompt_markdown"] == "Write `add(a, b)`.\n"
    assert fields["spec"] == {"starter": "def add(a, b):\n    raise NotImplementedError\n"}
    assert fields["private_spec"]["harness"] == ""
    assert len(fields["private_spec"]["tests"]) == 6
    assert add.wrong == {f"{ADD}/wrong/subtracts.py": tree_text(tree, f"{ADD}/wrong/subtracts.py")}
    spec = grading_spec(add)
    assert spec["solution"] == "def add(a, b):\n    return a + b\n"
    assert set(spec) == {"starter", "solution", "harness", "tests"}


def test_it_builds_the_sql_spec_from_the_sql_files_and_omits_a_null_check_query(tree):
    sql = load_content(tree.root).exercises[1]

    spec, private = exercise_specs(sql)
    assert spec["schema"].startswith("CREATE TABLE users")
    assert spec["seed"].startswith("INSERT INTO users")
    assert spec["ordered"] is True
    assert "check_query" not in private
    assert private["solution"] == "SELECT name FROM users ORDER BY name\n"


def test_it_builds_choice_and_text_specs_with_the_answers_kept_private(tree):
    choice, text = load_content(tree.root).exercises[2:]

    assert exercise_specs(choice) == (
        {"multiple": False, "options": [{"id": "a", "text": "200 OK"},
                                        {"id": "b", "text": "201 Created"}]},
        {"correct": ["b"], "explanation": "**201 Created** says that the request made a new "
                                          "resource; 200 says only that it worked.\n"},
    )  # fmt: skip
    assert exercise_specs(text) == (
        {"placeholder": "Header name"},
        {"match": "case_insensitive", "accepted": ["Location"], "tolerance": 0,
         "explanation": "The `Location` header gives the URL of what was created."},
    )  # fmt: skip


def test_a_regex_text_exercise_without_sample_answers_is_a_problem(tree):
    tree.update_yaml(f"{HEADER}/exercise.yaml", match="regex", accepted=["(?i)location"])

    content = load_content(tree.root)

    assert [str(p) for p in content.problems] == [
        f"{HEADER}/exercise.yaml: a regex exercise needs sample_answers: one or two answers a "
        "learner would type, which the patterns must accept"
    ]
    assert not content.exercises[3].valid


def test_text_samples_are_the_sample_answers_or_else_the_first_accepted_entry(tree):
    tree.update_yaml(f"{HEADER}/exercise.yaml", accepted=["Location", "Content-Location"])
    assert text_samples(load_content(tree.root).exercises[3]) == ["Location"]

    tree.update_yaml(f"{HEADER}/exercise.yaml", match="regex", accepted=["(?i)location"],
                     sample_answers=["location", "LOCATION"])  # fmt: skip
    content = load_content(tree.root)

    assert content.problems == []
    assert text_samples(content.exercises[3]) == ["location", "LOCATION"]
    assert [text_samples(e) for e in content.exercises[:3]] == [[], [], []]


def test_sample_answers_are_kept_out_of_both_specs(tree):
    tree.update_yaml(f"{HEADER}/exercise.yaml", match="regex", accepted=["(?i)location"],
                     sample_answers=["the-sample-answer"])  # fmt: skip
    text = load_content(tree.root).exercises[3]

    fields = exercise_fields(text)

    assert fields["private_spec"] == {
        "match": "regex", "accepted": ["(?i)location"], "tolerance": 0,
        "explanation": "The `Location` header gives the URL of what was created.",
    }  # fmt: skip
    assert "the-sample-answer" not in json.dumps(fields)
    assert "sample_answers" not in grading_spec(text)


@pytest.mark.parametrize(
    ("path", "samples", "fragment"),
    [
        (STATUS, ["b"], "'sample_answers' was unexpected"),
        (HEADER, [], "sample_answers: give one to ten sample answers"),
        (HEADER, ["Location", "  "], "sample_answers[1]: a sample answer is not blank"),
        (HEADER, "Location", "sample_answers: 'Location' is not of type 'array'"),
    ],
)
def test_it_reports_misused_sample_answers(tree, path, samples, fragment):
    tree.update_yaml(f"{path}/exercise.yaml", sample_answers=samples)

    assert_reported(tree, f"{path}/exercise.yaml", fragment)


@pytest.mark.parametrize(
    ("path", "explanation", "fragment"),
    [
        (STATUS, None, "'explanation' is a required property"),
        (HEADER, None, "'explanation' is a required property"),
        (HEADER, "   ", "explanation: an explanation is not blank"),
        (STATUS, "why " * 301, "explanation: an explanation has at most 1200 characters, not 1203"),
        (HEADER, ["a list"], "explanation: an explanation is text"),
        (ADD, "A code exercise explains itself with its tests.", "'explanation' was unexpected"),
    ],
)
def test_a_choice_or_text_exercise_needs_a_short_explanation_and_no_other_kind_has_one(
    tree, path, explanation, fragment
):
    tree.update_yaml(f"{path}/exercise.yaml", explanation=explanation)  # None removes it

    assert_reported(tree, f"{path}/exercise.yaml", fragment)


def test_it_reports_a_duplicate_exercise_slug_at_the_second_file(tree):
    copy = f"{BASICS}/exercises/created-status"
    for name in ("exercise.yaml", "prompt.md"):
        tree.write(f"{copy}/{name}", tree_text(tree, f"{STATUS}/{name}"))

    assert_reported(
        tree, f"{WEB}/exercises/created-status/exercise.yaml",
        f"slug 'created-status' is already used by {copy}/exercise.yaml",
    )  # fmt: skip


def test_it_reports_a_duplicate_topic_slug(tree):
    tree.write("topics/03-again/topic.yaml", tree_text(tree, f"{WEB}/topic.yaml").replace(
        "order: 2", "order: 3"))  # fmt: skip
    tree.write("topics/03-again/lesson.md", "Again.\n")

    assert_reported(tree, "topics/03-again/topic.yaml", "slug 'web' is already used by")


def test_it_reports_an_unknown_prerequisite(tree):
    tree.update_yaml(f"{WEB}/topic.yaml", prerequisites=["basics", "networking"])

    assert_reported(tree, f"{WEB}/topic.yaml", "prerequisite 'networking' is not a topic")


def test_it_reports_a_prerequisite_that_comes_later_on_the_roadmap(tree):
    tree.update_yaml(f"{BASICS}/topic.yaml", prerequisites=["web"])

    assert_reported(tree, f"{BASICS}/topic.yaml", "prerequisite 'web' must come earlier")


def test_it_reports_a_topic_folder_that_does_not_match_the_slug(tree):
    tree.update_yaml(f"{BASICS}/topic.yaml", slug="fundamentals")
    tree.update_yaml(f"{WEB}/topic.yaml", prerequisites=["fundamentals"])

    assert_reported(tree, f"{BASICS}/topic.yaml", "the folder is named '01-basics'")


def test_it_reports_an_exercise_folder_that_does_not_match_the_slug(tree):
    tree.update_yaml(f"{STATUS}/exercise.yaml", slug="status-created")

    assert_reported(tree, f"{STATUS}/exercise.yaml", "must be equal")


def test_it_reports_an_unknown_kind(tree):
    tree.update_yaml(f"{STATUS}/exercise.yaml", kind="quiz")

    assert_reported(tree, f"{STATUS}/exercise.yaml", "kind: 'quiz' is not one of")


def test_it_reports_a_misspelt_key(tree):
    tree.update_yaml(f"{HEADER}/exercise.yaml", placeholdr="typo")

    assert_reported(tree, f"{HEADER}/exercise.yaml", "'placeholdr' was unexpected")


def test_it_reports_limits_on_an_exercise_that_runs_no_code(tree):
    tree.update_yaml(f"{STATUS}/exercise.yaml", limits={"time_ms": 1000})

    assert_reported(tree, f"{STATUS}/exercise.yaml", "'limits' was unexpected")


@pytest.mark.parametrize("hints", [[], ["one", "two", "three", "four"]])
def test_it_requires_one_to_three_hints(tree, hints):
    tree.update_yaml(f"{STATUS}/exercise.yaml", hints=hints)

    assert_reported(tree, f"{STATUS}/exercise.yaml", "give one to three hints")


def test_it_reports_a_hint_that_yaml_read_as_a_mapping(tree):
    tree.write(f"{STATUS}/exercise.yaml", tree_text(tree, f"{STATUS}/exercise.yaml").replace(
        "  - Think of what POST does.", "  - Careful: POST creates."))  # fmt: skip

    assert_reported(tree, f"{STATUS}/exercise.yaml", "hints[0]: a hint is text")


def test_it_reports_too_few_tests(tree):
    tests = tree.read_yaml(f"{ADD}/tests.yaml")
    tree.update_yaml(f"{ADD}/tests.yaml", tests=tests["tests"][2:])

    assert_reported(tree, f"{ADD}/tests.yaml", "has 4 tests; at least 5 are required")


def test_it_requires_a_hidden_and_a_visible_test(tree):
    tests = tree.read_yaml(f"{SORTED}/tests.yaml")["tests"]
    tree.update_yaml(f"{SORTED}/tests.yaml", tests=[{**t, "hidden": False} for t in tests])
    assert_reported(tree, f"{SORTED}/tests.yaml", "at least one test must be hidden")

    tree.update_yaml(f"{SORTED}/tests.yaml", tests=[{**t, "hidden": True} for t in tests])
    assert_reported(tree, f"{SORTED}/tests.yaml", "at least one test must be visible")


def test_it_reports_a_code_test_with_both_call_and_expr(tree):
    tests = tree.read_yaml(f"{ADD}/tests.yaml")["tests"]
    tests[0]["expr"] = "add(1, 2)"
    tree.update_yaml(f"{ADD}/tests.yaml", tests=tests)

    assert_reported(
        tree, f"{ADD}/tests.yaml", "tests[0]: a test has exactly one of call, object or expr"
    )


def test_it_reports_a_missing_wrong_answer(tree):
    tree.remove(f"{ADD}/wrong")

    assert_reported(tree, f"{ADD}/wrong", "at least one wrong answer is required")


def test_it_reports_a_wrong_answer_that_does_not_name_its_mistake(tree):
    tree.write(f"{ADD}/wrong/subtracts.py", "def add(a, b):\n    return a - b\n")

    assert_reported(tree, f"{ADD}/wrong/subtracts.py", "starts with a comment")


def test_it_reports_a_missing_starter_and_solution(tree):
    tree.remove(f"{SORTED}/starter.sql")
    tree.remove(f"{SORTED}/solution.sql")

    assert_reported(tree, f"{SORTED}/starter.sql", "the file is missing")
    assert_reported(tree, f"{SORTED}/solution.sql", "the file is missing")


def test_it_reports_a_file_the_kind_does_not_use(tree):
    tree.write(f"{ADD}/test.yaml", "tests: []\n")

    assert_reported(tree, f"{ADD}/test.yaml", "unexpected file")


def test_it_reports_a_correct_id_that_is_not_an_option(tree):
    tree.update_yaml(f"{STATUS}/exercise.yaml", correct=["c"])

    assert_reported(tree, f"{STATUS}/exercise.yaml", "correct names 'c', which is not an option")


def test_it_reports_a_single_answer_question_with_two_correct_options(tree):
    tree.update_yaml(f"{STATUS}/exercise.yaml", correct=["a", "b"])

    assert_reported(tree, f"{STATUS}/exercise.yaml", "has exactly one correct id, not 2")


def test_it_reports_invalid_yaml_with_its_line(tree):
    tree.write(f"{WEB}/topic.yaml", "slug: web\ntitle: [unclosed\n")

    assert_reported(tree, f"{WEB}/topic.yaml", "is not valid YAML: line")


def test_it_reports_a_value_that_yaml_read_as_a_date(tree):
    tests = tree.read_yaml(f"{ADD}/tests.yaml")
    tree.write(
        f"{ADD}/tests.yaml",
        json.dumps(tests).replace('"expect": 3', '"expect": 2024-01-31'),
    )

    assert_reported(tree, f"{ADD}/tests.yaml", "tests[0].expect: 2024-01-31 was read as a date")


def test_it_collects_every_problem_instead_of_stopping_at_the_first(tree):
    tree.update_yaml(f"{WEB}/topic.yaml", prerequisites=["nowhere"])
    tree.update_yaml(f"{STATUS}/exercise.yaml", kind="quiz")
    tree.remove(f"{ADD}/wrong")
    tree.remove(f"{SORTED}/prompt.md")

    content = load_content(tree.root)

    paths = {problem.path for problem in content.problems}
    assert {f"{WEB}/topic.yaml", f"{STATUS}/exercise.yaml", f"{ADD}/wrong",
            f"{SORTED}/prompt.md"} <= paths  # fmt: skip
    assert [e.slug for e in content.exercises if e.valid] == ["location-header"]


def test_it_reports_a_content_folder_without_topics(tmp_path):
    assert [str(p) for p in load_content(tmp_path).problems] == ["topics: the folder is missing"]


def test_a_sandboxed_exercise_without_generated_tests_must_say_why(tree):
    path = f"{ADD}/tests.yaml"
    text = tree_text(tree, path)
    tree.write(path, "\n".join(line for line in text.splitlines() if "no_generated" not in line))
    assert_reported(tree, path, "add generated hidden tests, or say in no_generated why")


def test_generated_tests_and_a_reason_for_having_none_do_not_go_together(tree):
    path = f"{ADD}/tests.yaml"
    text = tree_text(tree, path)
    block = "generated:\n  - {name: random, call: add, args: [{int: [0, 9]}, {int: [0, 9]}]}\n"
    tree.write(path, block + text)
    assert any(m.startswith(f"{path}: ") for m in messages(tree)), messages(tree)
