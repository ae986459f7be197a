"""Exercise SQL written by an instructor is untrusted: it is refused when it could reach past
its in-memory database, and an exercise that carries such SQL anyway (written before the check
existed, or straight into the database) can still touch nothing when a learner submits."""

import sqlite3

import pytest

from stepwise.submissions.models import Submission
from stepwise.submissions.services import submission_grade
from tests.factories import SQL, ExerciseFactory, TopicFactory

pytestmark = [pytest.mark.django_db, pytest.mark.sandbox]


def _victim(tmp_path):
    """A SQLite file the grading process could write: the platform's own database under the
    zero-setup default, or any file the worker can reach."""
    path = tmp_path / "db.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE accounts_user (id INTEGER PRIMARY KEY, is_staff INTEGER)")
    con.execute("INSERT INTO accounts_user VALUES (1, 0)")
    con.commit()
    con.close()
    return path


def _attack(path) -> str:
    return (
        f"INSERT INTO users VALUES (3, 'Eve'); ATTACH DATABASE '{path}' AS app; "
        "UPDATE app.accounts_user SET is_staff = 1, is_superuser = 1 WHERE id = 1;"
    )


def _sql_exercise(private_tests, **spec_changes):
    return {
        "topic": "sql",
        "slug": "list-users",
        "title": "List users",
        "kind": "sql",
        "difficulty": "easy",
        "points": 10,
        "prompt_markdown": "List the users.",
        "spec": {"kind": "sql", **SQL["spec"], **spec_changes},
        "private_spec": {
            "kind": "sql",
            "solution": SQL["private_spec"]["solution"],
            "tests": private_tests,
        },
    }


@pytest.mark.parametrize("field", ["tests.1.seed", "seed", "schema", "solution", "check_query"])
def test_an_instructor_cannot_write_sql_that_attaches_a_file(instructor_api, tmp_path, field):
    TopicFactory(slug="sql")
    attack = _attack(_victim(tmp_path))
    tests = [{"name": "sample rows"}, {"name": "hidden rows", "hidden": True}]
    body = _sql_exercise(tests)
    if field == "tests.1.seed":
        tests[1]["seed"] = attack
    elif field in ("seed", "schema"):
        body["spec"][field] += attack
    else:
        body["private_spec"][field] = f"ATTACH DATABASE '{tmp_path}/db.sqlite3' AS app"
    response = instructor_api.post("/api/v1/exercises/", body, format="json")
    assert response.status_code == 400, response.json()
    prefix = "spec" if field in ("seed", "schema") else "private_spec"
    errors = response.json()["errors"]
    assert f"{prefix}.{field}" in errors, errors
    assert "ATTACH is not allowed" in str(errors[f"{prefix}.{field}"])


@pytest.mark.parametrize("statement", ["PRAGMA writable_schema = 1", "SELECT load_extension('x')"])
def test_an_instructor_cannot_write_pragmas_or_load_extensions(instructor_api, statement):
    TopicFactory(slug="sql")
    body = _sql_exercise([{"name": "sample rows"}])
    body["private_spec"]["solution"] = statement
    response = instructor_api.post("/api/v1/exercises/", body, format="json")
    assert response.status_code == 400
    assert "private_spec.solution" in response.json()["errors"]


def test_a_stored_attack_in_a_hidden_seed_changes_no_file_and_no_user(
    learner_api, instructor, tmp_path
):
    victim = _victim(tmp_path)
    before = victim.read_bytes()
    private = dict(SQL["private_spec"])
    private["tests"] = [{"name": "sample rows"}, {"name": "hidden", "hidden": True}]
    private["tests"][1]["seed"] = _attack(victim)
    ExerciseFactory(slug="list-users", kind="sql", private_spec=private)
    response = learner_api.post(
        "/api/v1/submissions/",
        {"exercise": "list-users", "answer": {"kind": "sql", "query": "SELECT 1"}},
        format="json",
    )
    assert response.status_code == 201
    submission_grade(submission_id=response.json()["id"])  # what the worker's job calls
    submission = Submission.objects.get(pk=response.json()["id"])
    assert submission.status == Submission.Status.ERROR
    assert "authoriz" in submission.detail
    assert victim.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["db.sqlite3"]
    instructor.refresh_from_db()
    assert not instructor.is_staff and not instructor.is_superuser


def test_exercise_sql_cannot_read_the_platform_database_into_a_visible_message(
    learner_api, instructor_api, tmp_path
):
    """The other half of the attack: a visible test's seed copying password hashes into the
    exercise's table, so that a wrong answer's message shows them. Nothing of the file may
    reach any reader of the submission, and nothing of the hidden test reaches the learner."""
    victim = _victim(tmp_path)
    con = sqlite3.connect(victim)
    con.execute("ALTER TABLE accounts_user ADD COLUMN password TEXT")
    con.execute("UPDATE accounts_user SET password = 'argon2$leaked-hash-marker'")
    con.commit()
    con.close()
    steal = (
        f"ATTACH DATABASE '{victim}' AS app; "
        "INSERT INTO users SELECT id + 10, password FROM app.accounts_user;"
    )
    private = dict(SQL["private_spec"])
    private["tests"] = [
        {"name": "sample rows", "seed": steal},
        {"name": "hidden-secret-name", "hidden": True, "seed": "INSERT INTO users VALUES (9, 'Z')"},
    ]
    ExerciseFactory(slug="list-users", kind="sql", private_spec=private)
    response = learner_api.post(
        "/api/v1/submissions/",
        {"exercise": "list-users", "answer": {"kind": "sql", "query": "SELECT 1 AS name"}},
        format="json",
    )
    submission_grade(submission_id=response.json()["id"])
    url = f"/api/v1/submissions/{response.json()['id']}/"
    for client in (learner_api, instructor_api):
        text = client.get(url).content.decode()
        assert "leaked-hash-marker" not in text
    learner_view = (
        learner_api.get(url).content.decode()
        + learner_api.get("/api/v1/exercises/list-users/").content.decode()
    )
    for secret in ("INSERT INTO users VALUES (9", SQL["private_spec"]["solution"], "ATTACH"):
        assert secret not in learner_view
