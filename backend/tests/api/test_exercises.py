"""Exercises: filters, search, the public/private split, authoring, stats."""

import json

import pytest

from tests.factories import (
    SPECS,
    ClassroomFactory,
    ExerciseFactory,
    SubmissionFactory,
    TopicFactory,
    enrol,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each_kind():
    topic = TopicFactory(slug="web")
    return {kind: ExerciseFactory(topic=topic, kind=kind, slug=f"{kind}-one") for kind in SPECS}


def test_learners_list_published_exercises_and_filter_them(learner_api, one_of_each_kind):
    ExerciseFactory(slug="draft", published=False)
    all_slugs = {e["slug"] for e in learner_api.get("/api/v1/exercises/").json()["results"]}
    assert all_slugs == {f"{kind}-one" for kind in SPECS}

    code_only = learner_api.get("/api/v1/exercises/?kind=code").json()["results"]
    assert [e["slug"] for e in code_only] == ["code-one"]
    by_topic = learner_api.get("/api/v1/exercises/?topic=web&difficulty=easy").json()
    assert by_topic["count"] == len(SPECS)
    assert learner_api.get("/api/v1/exercises/?topic=elsewhere").json()["count"] == 0


def test_exercises_can_be_searched_and_ordered(learner_api):
    ExerciseFactory(slug="paginate", title="Paginate a list", points=5)
    ExerciseFactory(slug="upsert", title="Idempotent upsert", points=50)
    found = learner_api.get("/api/v1/exercises/?search=paginate").json()["results"]
    assert [e["slug"] for e in found] == ["paginate"]
    ordered = learner_api.get("/api/v1/exercises/?ordering=-points").json()["results"]
    assert [e["slug"] for e in ordered] == ["upsert", "paginate"]


def test_an_invalid_filter_value_is_a_400(learner_api):
    response = learner_api.get("/api/v1/exercises/?kind=poetry")
    assert response.status_code == 400
    assert "kind" in response.json()["errors"]


@pytest.mark.parametrize("kind", list(SPECS))
def test_a_learner_never_receives_the_private_part(learner_api, one_of_each_kind, kind):
    body = learner_api.get(f"/api/v1/exercises/{kind}-one/").json()
    assert body["private_spec"] is None
    assert body["spec"]["kind"] == kind
    for key in ("solution", "tests", "correct", "accepted", "harness", "check_query", "match",
                "explanation"):  # fmt: skip
        assert key not in body["spec"]
    text = json.dumps(body)
    assert "explanation" not in text and "names the new resource" not in text
    assert "is *201*" not in text
    if kind == "code":
        assert "secret case" not in text  # the hidden test's name, inputs and expectation
        spec_text = json.dumps(body["spec"])
        assert "40" not in spec_text and "42" not in spec_text
        assert body["spec"]["examples"][0] == {
            "name": "adds small numbers",
            "input": "add(1, 2)",
            "expected": "3",
        }
    if kind == "choice":
        assert body["spec"]["options"][1]["id"] == "b"
        assert "correct" not in text


def test_an_instructor_reads_the_private_part(instructor_api, one_of_each_kind):
    body = instructor_api.get("/api/v1/exercises/code-one/").json()
    assert body["private_spec"]["solution"].startswith("def add")
    assert [t["name"] for t in body["private_spec"]["tests"]][-1] == "secret case"
    choice = instructor_api.get("/api/v1/exercises/choice-one/").json()
    assert choice["private_spec"] == {
        "kind": "choice",
        "correct": ["b"],
        "explanation": "A POST that made something is *201*.",
    }


def test_an_unpublished_exercise_or_one_in_an_unpublished_topic_is_404(learner_api):
    ExerciseFactory(slug="draft", published=False)
    ExerciseFactory(slug="in-draft-topic", topic=TopicFactory(published=False))
    assert learner_api.get("/api/v1/exercises/draft/").status_code == 404
    assert learner_api.get("/api/v1/exercises/in-draft-topic/").status_code == 404


def _new_code_exercise(**overrides):
    body = {
        "topic": "web",
        "slug": "double-it",
        "title": "Double it",
        "kind": "code",
        "difficulty": "medium",
        "points": 20,
        "prompt_markdown": "Write `double(x)`.",
        "hints": ["Multiply."],
        "limits": {"time_ms": 1500},
        "spec": {"kind": "code", "starter": "def double(x):\n    pass\n"},
        "private_spec": {
            "kind": "code",
            "solution": "def double(x):\n    return 2 * x\n",
            "tests": [{"name": "two", "call": "double", "args": [1], "expect": 2}],
        },
    }
    body.update(overrides)
    return body


def test_an_instructor_creates_an_exercise(instructor_api):
    TopicFactory(slug="web")
    response = instructor_api.post("/api/v1/exercises/", _new_code_exercise(), format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["prompt_html"] == "<p>Write <code>double(x)</code>.</p>"
    assert body["spec"]["examples"] == [{"name": "two", "input": "double(1)", "expected": "2"}]
    # The limits grading applies: the author's time limit, the defaults for the rest.
    assert body["limits"] == {"time_ms": 1500, "memory_mb": 256, "output_kb": 64}


@pytest.mark.parametrize(
    ("change", "error_key"),
    [
        ({"private_spec": {"kind": "code", "solution": "x", "tests": []}}, "private_spec.tests"),
        (
            {"private_spec": {"kind": "code", "solution": "x", "tests": [{"name": "t"}]}},
            "private_spec.tests.0.non_field_errors",
        ),
        ({"spec": {"kind": "sql", "starter": ""}}, "spec"),
        ({"limits": {"time_ms": 10**9}}, "limits.time_ms"),
        ({"hints": ["a", "b", "c", "d"]}, "hints"),
        ({"kind": "poem"}, "kind"),
        ({"topic": "nowhere"}, "topic"),
    ],
)
def test_an_invalid_exercise_is_rejected_per_field(instructor_api, change, error_key):
    TopicFactory(slug="web")
    response = instructor_api.post(
        "/api/v1/exercises/", _new_code_exercise(**change), format="json"
    )
    assert response.status_code == 400
    assert any(key.startswith(error_key) for key in response.json()["errors"]), response.json()


def test_a_choice_exercise_must_name_existing_correct_options_and_explain_briefly(
    instructor_api,
):
    TopicFactory(slug="web")

    options = [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]

    def post(private_spec):
        body = _new_code_exercise(
            kind="choice",
            spec={"kind": "choice", "options": options},
            private_spec={"kind": "choice", **private_spec},
        )
        return instructor_api.post("/api/v1/exercises/", body, format="json")

    response = post({"correct": ["z"]})
    assert response.status_code == 400
    assert "private_spec.correct" in response.json()["errors"]
    for explanation in ("  ", "x" * 1201):
        response = post({"correct": ["a"], "explanation": explanation})
        assert response.status_code == 400
        assert "private_spec.explanation" in response.json()["errors"]
    response = post({"correct": ["a"], "explanation": "Because **A**.\n"})
    assert response.status_code == 201, response.json()
    assert response.json()["private_spec"]["explanation"] == "Because **A**."


def test_a_learner_cannot_create_or_change_exercises(learner_api):
    ExerciseFactory(slug="existing")
    assert learner_api.post("/api/v1/exercises/", {}, format="json").status_code == 403
    response = learner_api.patch("/api/v1/exercises/existing/", {"title": "x"}, format="json")
    assert response.status_code == 403


def test_an_instructor_changes_an_exercise(instructor_api):
    # A draft: changing the tests of a published exercise needs a check (test_exercise_checks).
    ExerciseFactory(slug="existing", kind="text", published=False)
    response = instructor_api.patch(
        "/api/v1/exercises/existing/",
        {"title": "Renamed", "private_spec": {"kind": "text", "accepted": ["201"]}},
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert response.json()["title"] == "Renamed"
    assert response.json()["private_spec"]["accepted"] == ["201"]


def test_changing_the_kind_needs_both_specs(instructor_api):
    ExerciseFactory(slug="existing", kind="text")
    response = instructor_api.patch("/api/v1/exercises/existing/", {"kind": "code"}, format="json")
    assert response.status_code == 400


def test_stats_are_for_instructors_only(learner_api, instructor_api, instructor):
    exercise = ExerciseFactory(slug="quiz")
    first = SubmissionFactory(exercise=exercise)
    second = SubmissionFactory(exercise=exercise, verdict="accepted", score=1.0, tests=[])
    enrol(ClassroomFactory(owner=instructor), first.user, second.user)
    assert learner_api.get("/api/v1/exercises/quiz/stats/").status_code == 403

    stats = instructor_api.get("/api/v1/exercises/quiz/stats/").json()
    assert stats["attempts"] == 2
    assert stats["learners"] == 2
    assert stats["solved_by"] == 1
    assert stats["pass_rate"] == 0.5
    assert stats["verdicts"] == {"accepted": 1, "wrong_answer": 1}
    assert stats["most_failed_tests"] == [{"name": "answer", "failures": 1}]


def test_stats_of_an_unknown_exercise_are_404(instructor_api):
    assert instructor_api.get("/api/v1/exercises/nope/stats/").status_code == 404


def test_an_exercise_the_curriculum_files_own_says_so_and_refuses_changes(instructor_api):
    """content_sync puts the files' version back at every start: an edit through the API
    would be undone silently, so it is refused with the reason, and nothing changes."""
    owned = ExerciseFactory(slug="from-files", origin="files", title="As the files say")
    mine = ExerciseFactory(slug="made-here")
    assert instructor_api.get("/api/v1/exercises/from-files/").json()["origin"] == "files"
    assert instructor_api.get("/api/v1/exercises/made-here/").json()["origin"] == "api"
    listed = instructor_api.get("/api/v1/exercises/").json()["results"]
    assert {e["slug"]: e["origin"] for e in listed} == {"from-files": "files", "made-here": "api"}

    response = instructor_api.patch(
        "/api/v1/exercises/from-files/", {"title": "Changed here"}, format="json"
    )
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "conflict" and "curriculum files" in body["detail"]
    owned.refresh_from_db()
    assert owned.title == "As the files say"
    changed = instructor_api.patch("/api/v1/exercises/made-here/", {"title": "Mine"}, format="json")
    mine.refresh_from_db()
    assert changed.status_code == 200 and mine.title == "Mine"


def test_a_topic_the_curriculum_files_own_is_neither_changed_nor_deleted(instructor_api):
    TopicFactory(slug="owned-topic", origin="files")
    assert instructor_api.get("/api/v1/topics/owned-topic/").json()["origin"] == "files"
    listed = instructor_api.get("/api/v1/topics/").json()["results"]
    assert [t["origin"] for t in listed] == ["files"]
    patched = instructor_api.patch("/api/v1/topics/owned-topic/", {"title": "x"}, format="json")
    deleted = instructor_api.delete("/api/v1/topics/owned-topic/")
    assert (patched.status_code, deleted.status_code) == (409, 409)


def test_an_exercise_names_the_next_one_in_the_roadmap_that_the_reader_may_open(
    learner_api, instructor_api
):
    first = TopicFactory(slug="first", title="First", order=1)
    ExerciseFactory(topic=first, slug="one", order=1)
    ExerciseFactory(topic=first, slug="two", title="Two", order=2)
    ExerciseFactory(topic=first, slug="draft", order=3, published=False)
    hidden = TopicFactory(slug="hidden", order=2, published=False)
    ExerciseFactory(topic=hidden, slug="in-hidden-topic")
    empty = TopicFactory(slug="empty", order=3)
    ExerciseFactory(topic=empty, slug="only-a-draft", published=False)
    last = TopicFactory(slug="last", title="Last", order=3)  # same order: after "empty" by slug
    ExerciseFactory(topic=last, slug="last-b", title="B", order=5)
    ExerciseFactory(topic=last, slug="last-a", title="A", order=5)

    def following(client, slug):
        return client.get(f"/api/v1/exercises/{slug}/").json()["next_exercise"]

    assert following(learner_api, "one")["slug"] == "two"
    assert following(learner_api, "two") == {
        "slug": "last-a", "title": "A", "topic": "last", "topic_title": "Last",
    }  # fmt: skip
    assert following(learner_api, "last-a")["slug"] == "last-b"
    assert following(learner_api, "last-b") is None
    # Instructors open drafts, so theirs come next for them.
    assert following(instructor_api, "two")["slug"] == "draft"
    assert following(instructor_api, "draft")["slug"] == "in-hidden-topic"
