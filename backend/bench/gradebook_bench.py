"""The gradebook of a large class, on a real PostgreSQL: JSON and CSV times, and the queries.

    cd backend && uv run python -m bench.gradebook_bench [--learners 500 --assignments 20]

Seeds a fresh database (started from the installed binaries in a temporary directory, removed
on exit) with one class of `--learners` learners and `--assignments` assignments of 3
exercises each; every learner has work for every exercise of every assignment: on-time, late
and too-late submissions, several per exercise (about 4 x learners x assignments x 3
submissions in all). Then it times `GET /classes/{id}/gradebook/` and `gradebook.csv` (medians
of `--repeat` requests through Django's test client, streaming consumed) and the same for a
class of 2 learners and 1 assignment, and counts the queries of each. Figures are merged into
`bench/results/gradebook.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

BACKEND = Path(__file__).resolve().parent.parent
if str(BACKEND) not in sys.path:
    sys.path.insert(0, str(BACKEND))

RESULTS = BACKEND / "bench" / "results" / "gradebook.json"
OPENS = datetime(2027, 1, 4, tzinfo=UTC)


def _start_database() -> tuple[Path, str]:
    from stack import services

    base = Path(tempfile.mkdtemp(prefix="stepwise-gradebook-"))
    os.chmod(base, 0o755)  # noqa: S103 - the postgres account must reach its data dir
    url = services.start_postgres(base / "pg")
    services.create_database(url)
    return base, url


def _seed(learners: int, assignments: int, tag: str):
    """A class with its learners, assignments and work, written in bulk."""
    from stepwise.accounts.models import User
    from stepwise.classes.models import Assignment, AssignmentExercise, Classroom, Membership
    from stepwise.curriculum.models import Exercise, Topic
    from stepwise.submissions.models import AssignmentWork, Submission

    owner = User.objects.create(username=f"owner-{tag}", email="o@example.org")
    classroom = Classroom.objects.create(name=f"Class {tag}", owner=owner, join_code=f"C{tag}")
    topic, _ = Topic.objects.get_or_create(slug="bench", defaults={"title": "Bench", "order": 1})
    people = User.objects.bulk_create(
        User(username=f"{tag}-learner-{n}", email="", display_name=f"Learner {n}")
        for n in range(learners)
    )
    Membership.objects.bulk_create(Membership(classroom=classroom, learner=p) for p in people)
    plan = []
    for number in range(assignments):
        due = OPENS + timedelta(days=7 * (number + 1))
        assignment = Assignment.objects.create(
            classroom=classroom, title=f"Week {number + 1}", opens_at=OPENS, due_at=due,
            late_multiplier=0.5, cutoff_at=due + timedelta(days=2),
        )  # fmt: skip
        exercises = [
            Exercise.objects.create(
                topic=topic,
                slug=f"{tag}-a{number}-e{e}",
                title="E",
                kind="choice",
                points=10,
                spec={},
                private_spec={},
            )
            for e in range(3)
        ]
        AssignmentExercise.objects.bulk_create(
            AssignmentExercise(assignment=assignment, exercise=ex, position=i)
            for i, ex in enumerate(exercises, start=1)
        )
        plan.append((assignment, exercises))
    timings = [("on_time", 0.5), ("on_time", 1.0), ("late", 1.0), ("too_late", 1.0)]
    for assignment, exercises in plan:
        submissions, kinds = [], []
        for person in people:
            for exercise in exercises:
                for when, score in timings:
                    submissions.append(Submission(
                        user=person, exercise=exercise, answer={"kind": "choice", "choices": []},
                        status="completed", verdict="accepted" if score == 1 else "wrong_answer",
                        score=score, tests=[], tests_version=1,
                    ))  # fmt: skip
                    kinds.append(when)
        Submission.objects.bulk_create(submissions, batch_size=2000)
        AssignmentWork.objects.bulk_create(
            (AssignmentWork(submission=s, assignment=assignment, learner_id=s.user_id,
                            exercise_id=s.exercise_id, timing=when)
             for s, when in zip(submissions, kinds, strict=True)),
            batch_size=2000,
        )  # fmt: skip
    return classroom, owner


def _time(client, url: str, repeat: int) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            if getattr(response, "streaming", False):
                b"".join(response.streaming_content)
            else:
                response.content  # noqa: B018 - rendered already; read like a client would
            times.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
        queries = len(captured)
    return statistics.median(times) * 1000, queries


def measure(learners: int, assignments: int, repeat: int) -> dict:
    base, url = _start_database()
    try:
        os.environ.update({"DATABASE_URL": url,
                           "DJANGO_SETTINGS_MODULE": "config.settings.test"})  # fmt: skip
        import django

        django.setup()
        from django.core.management import call_command
        from rest_framework.test import APIClient

        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        large, owner = _seed(learners, assignments, "big")
        seed_s = time.perf_counter() - started
        small, small_owner = _seed(2, 1, "small")
        figures = {"gradebook_learners": learners, "gradebook_assignments": assignments,
                   "gradebook_seed_seconds": round(seed_s, 1)}  # fmt: skip
        from stepwise.submissions.models import Submission

        figures["gradebook_submissions"] = Submission.objects.count()
        for name, classroom, user in (("large", large, owner), ("small", small, small_owner)):
            client = APIClient()
            client.force_authenticate(user)
            user.is_staff = True  # an admin reads every class; the class's owner would too
            user.save()
            for kind, suffix in (("json", "gradebook/"), ("csv", "gradebook.csv")):
                ms, queries = _time(client, f"/api/v1/classes/{classroom.pk}/{suffix}", repeat)
                figures[f"gradebook_{kind}_{name}_ms"] = round(ms, 1)
                figures[f"gradebook_{kind}_{name}_queries"] = queries
        from django.db import connections

        connections.close_all()
        return figures
    finally:
        from stack import services

        services.stop_all()
        shutil.rmtree(base, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=500)
    parser.add_argument("--assignments", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.learners, args.assignments, args.repeat)
    figures["gradebook_measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    for key, value in figures.items():
        print(f"{key:36s} {value}")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
        print(f"written to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
