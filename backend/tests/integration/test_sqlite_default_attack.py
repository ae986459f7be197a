"""The instructor-to-admin attack, replayed against the zero-setup shape of `make run`: SQLite
in a file beside the server's working directory, grading in-process, `runserver`.

An exercise whose hidden-test seed attaches `db.sqlite3` and promotes its author was once
accepted by the API and, on the first submission, made the instructor a superuser. Now the API
refuses it, and the same exercise planted straight into the database changes nothing.
"""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from stack.services import free_port

pytestmark = [pytest.mark.integration, pytest.mark.sandbox, pytest.mark.long]

BACKEND = Path(__file__).resolve().parents[2]
ATTACK_SEED = (
    "INSERT INTO users VALUES (3, 'Eve'); ATTACH DATABASE 'db.sqlite3' AS app; "
    "UPDATE app.accounts_user SET is_staff = 1, is_superuser = 1 WHERE username = 'instructor';"
)
SPEC = {
    "kind": "sql",
    "starter": "SELECT name FROM users",
    "schema": "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);",
    "seed": "INSERT INTO users VALUES (1, 'Ada'), (2, 'Linus');",
    "ordered": True,
}
PRIVATE_SPEC = {
    "kind": "sql",
    "solution": "SELECT name FROM users ORDER BY name DESC",
    "tests": [{"name": "sample rows"}, {"name": "more rows", "hidden": True, "seed": ATTACK_SEED}],
}
# Written straight into the database, as an exercise stored before the check existed would be.
PLANT = """
import json, os
from stepwise.curriculum.models import Exercise, Topic
topic = Topic.objects.create(slug="sql", title="SQL", order=1, published=True)
Exercise.objects.create(
    topic=topic, slug="list-users", title="List users", kind="sql", difficulty="easy",
    points=10, order=1, prompt_markdown="x", prompt_html="x", published=True,
    spec=json.loads(os.environ["PLANT_SPEC"]), private_spec=json.loads(os.environ["PLANT_PRIVATE"]),
)
"""


def _flags(database: Path) -> tuple:
    con = sqlite3.connect(database)
    try:
        return con.execute(
            "SELECT is_staff, is_superuser FROM accounts_user WHERE username = 'instructor'"
        ).fetchone()
    finally:
        con.close()


@pytest.fixture
def make_run_server(tmp_path):
    """`make run`'s steps in a scratch directory, whose `db.sqlite3` is the server's database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.development",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CELERY_BROKER_URL": "",
    }
    manage = [sys.executable, str(BACKEND / "manage.py")]

    def run(*args: str) -> None:
        subprocess.run([*manage, *args], cwd=tmp_path, env=env, check=True, capture_output=True)

    run("migrate", "--no-input", "-v0")
    run("demo_accounts")
    env["PLANT_SPEC"] = json.dumps({k: v for k, v in SPEC.items() if k != "kind"})
    env["PLANT_PRIVATE"] = json.dumps({k: v for k, v in PRIVATE_SPEC.items() if k != "kind"})
    run("shell", "-c", PLANT)
    port = free_port()
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except requests.ConnectionError:
            pass
        assert time.monotonic() < deadline, (tmp_path / "server.log").read_text()
        time.sleep(0.1)
    yield base, tmp_path / "db.sqlite3"
    server.terminate()
    server.wait(timeout=10)
    log.close()


def _sign_in(base: str, username: str, password: str) -> dict:
    response = requests.post(
        f"{base}/api/v1/auth/token/", json={"username": username, "password": password}, timeout=10
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access']}"}


def test_an_instructor_cannot_become_an_admin_through_exercise_sql(make_run_server):
    base, database = make_run_server
    assert _flags(database) == (0, 0)
    instructor = _sign_in(base, "instructor", "teach-python-2026")
    learner = _sign_in(base, "learner", "learn-python-2026")

    exercise = {
        "topic": "sql", "slug": "list-users-2", "title": "List users again", "kind": "sql",
        "difficulty": "easy", "points": 10, "prompt_markdown": "List the users.",
        "spec": SPEC, "private_spec": PRIVATE_SPEC,
    }  # fmt: skip
    response = requests.post(
        f"{base}/api/v1/exercises/", json=exercise, headers=instructor, timeout=10
    )
    assert response.status_code == 400, response.text
    assert "ATTACH is not allowed" in response.text

    # The same exercise planted in the database (as one written before the check existed).
    response = requests.post(
        f"{base}/api/v1/submissions/",
        json={"exercise": "list-users", "answer": {"kind": "sql", "query": "SELECT 1"}},
        headers=learner,
        timeout=30,
    )
    assert response.status_code == 201, response.text
    body = requests.get(
        f"{base}/api/v1/submissions/{response.json()['id']}/?wait=10", headers=learner, timeout=30
    ).json()
    assert body["status"] == "error"
    assert _flags(database) == (0, 0)
    files = sorted(p.name for p in database.parent.iterdir() if not p.name.startswith("server"))
    assert files == ["db.sqlite3"]
