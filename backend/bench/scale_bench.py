"""The reads that grow with the submissions table, at 1,000 and at 1,000,000 submissions.

    cd backend && uv run python -m bench.scale_bench [--submissions 1000000 --repeat 60]

One fresh PostgreSQL (started from the installed binaries in a temporary directory, removed
on exit) holds two copies of the tables, one schema each: 1,000 submissions from 100 learners,
and `--submissions` from `--submissions / 100` learners, over 120 exercises, with the same
class, instructor and rule of who submits what. The submissions are written by SQL
(`INSERT ... SELECT generate_series`), and what the services record and summarise as results
are stored (assignment work, progress, active days, exercise tallies) is computed from them
the same way, in bulk. Every read below is timed through DRF's test client at both sizes in
turns (`--repeat` pairs, response consumed, p50 and p95), and the ratio of the large size's p95
to the small size's is the figure: at most 1.5 means the read does not grow with the table.
Figures go to `bench/results/scale.json`; `--explain` also writes the
`EXPLAIN (ANALYZE, BUFFERS)` of every query of every read at the large size to
`bench/results/scale-plans.txt`.
"""

from __future__ import annotations

import argparse
import base64
import os
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

from bench.common import BACKEND, cores, load_average, percentile, write_results

RESULTS = BACKEND / "bench" / "results" / "scale.json"
PLANS = BACKEND / "bench" / "results" / "scale-plans.txt"
EXERCISES = 120
SMALL = 1_000
CLASS_SIZE = 30
ASSIGNMENTS = 4  # of 3 exercises each: the first 12 exercises
START = datetime(2026, 1, 5, tzinfo=UTC)
TARGET = 1.5
PAGE = 20  # the list's default page size

# The rule of the seed, as SQL over `i` (the submission's number, from 0): every 10th is the
# heaviest learner's, half of those on the first exercise (so that even at 1,000 submissions
# their list filtered by exercise or verdict fills pages: a half-empty page is cheaper, and the
# sizes would not compare like with like); the rest are spread over the other learners and the
# exercises; a third are accepted, 1 in 101 failed on the platform's side, the others are wrong
# with one failing test of four.
SUBMISSIONS_SQL = """
INSERT INTO submissions_submission
    (user_id, exercise_id, answer, status, verdict, score, tests, detail, warnings,
     grading_attempts, tests_version, created_at, updated_at, started_at, finished_at)
SELECT
    CASE WHEN i %% 10 = 0 THEN %(first_learner)s
         ELSE %(first_learner)s + 1 + (i * 7919) %% (%(learners)s - 1) END,
    %(first_exercise)s + CASE WHEN i %% 20 = 0 THEN 0
                              WHEN i %% 10 = 0 THEN (i / 10 * 13) %% 120
                              ELSE (i * 13 + i / 120) %% 120 END,
    '{"kind": "choice", "choices": ["a"]}',
    CASE WHEN i %% 101 = 0 THEN 'error' ELSE 'completed' END,
    CASE WHEN i %% 101 = 0 THEN '' WHEN i %% 3 = 0 THEN 'accepted' ELSE 'wrong_answer' END,
    CASE WHEN i %% 101 = 0 THEN NULL WHEN i %% 3 = 0 THEN 1.0 ELSE 0.5 END,
    CASE WHEN i %% 101 = 0 OR i %% 3 = 0 THEN '[]'::jsonb
         ELSE jsonb_build_array(
             jsonb_build_object('name', 'test ' || (i %% 4), 'status', 'fail',
                                'message', 'wrong', 'output', '', 'duration_ms', 1,
                                'hidden', false)) END,
    '', '[]', 1, 1, at, at, at, at + interval '1 second'
FROM (SELECT i, %(start)s::timestamptz + i * interval '30 seconds' AS at
      FROM generate_series(%(first)s::bigint, %(last)s) AS i) AS numbered
"""

# Each learner of the class answers every assignment exercise once, in the small step, so the
# gradebook has every cell at both sizes.
CLASS_WORK_SQL = """
INSERT INTO submissions_submission
    (user_id, exercise_id, answer, status, verdict, score, tests, detail, warnings,
     grading_attempts, tests_version, created_at, updated_at, started_at, finished_at)
SELECT learner_id, exercise_id, '{"kind": "choice", "choices": ["a"]}', 'completed',
       'accepted', 1.0, '[]', '', '[]', 1, 1, at, at, at, at
FROM (SELECT m.learner_id, ae.exercise_id,
             %(start)s::timestamptz - row_number() OVER () * interval '1 minute' AS at
      FROM classes_membership m
      JOIN classes_assignment a ON a.classroom_id = m.classroom_id
      JOIN classes_assignmentexercise ae ON ae.assignment_id = a.id) AS work
"""

# What `submission_create` records for the class's assignments (every submission here is on
# time: the assignments are open for the whole seed).
WORK_SQL = """
INSERT INTO submissions_assignmentwork (submission_id, assignment_id, learner_id, exercise_id,
                                        timing)
SELECT s.id, a.id, s.user_id, s.exercise_id, 'on_time'
FROM submissions_submission s
JOIN classes_membership m ON m.learner_id = s.user_id
JOIN classes_assignment a ON a.classroom_id = m.classroom_id
JOIN classes_assignmentexercise ae ON ae.assignment_id = a.id AND ae.exercise_id = s.exercise_id
WHERE s.id > %(after)s
"""

# The summaries `progress_record_result` and `tally_change` keep, recomputed in bulk.
SUMMARIES_SQL = [
    "SET work_mem = '256MB'",
    "TRUNCATE progress_exerciseprogress, progress_activeday, submissions_learnertally, "
    "submissions_exercisetally",
    """
    INSERT INTO progress_exerciseprogress
        (user_id, exercise_id, attempts, best_score, solved_at, last_submission_id, updated_at)
    SELECT user_id, exercise_id, count(*), max(score),
           min(finished_at) FILTER (WHERE verdict = 'accepted'), max(id), max(finished_at)
    FROM submissions_submission WHERE status = 'completed' GROUP BY user_id, exercise_id
    """,
    """
    INSERT INTO progress_activeday (user_id, day)
    SELECT DISTINCT user_id, (finished_at AT TIME ZONE 'UTC')::date
    FROM submissions_submission WHERE status = 'completed'
    """,
    """
    INSERT INTO submissions_learnertally
        (user_id, exercise_id, attempts, graded, accepted, scored, score_sum, verdicts, failures)
    WITH counted AS (
        SELECT user_id, exercise_id, count(*) AS attempts,
               count(*) FILTER (WHERE status = 'completed') AS graded,
               count(*) FILTER (WHERE status = 'completed' AND verdict = 'accepted') AS accepted,
               count(score) FILTER (WHERE status = 'completed') AS scored,
               coalesce(sum(score) FILTER (WHERE status = 'completed'), 0) AS score_sum
        FROM submissions_submission GROUP BY user_id, exercise_id
    ), verdicts AS (
        SELECT user_id, exercise_id, jsonb_object_agg(verdict, n) AS verdicts
        FROM (SELECT user_id, exercise_id, verdict, count(*) AS n FROM submissions_submission
              WHERE status = 'completed' GROUP BY 1, 2, 3) AS per_verdict
        GROUP BY user_id, exercise_id
    ), failures AS (
        SELECT user_id, exercise_id, jsonb_object_agg(name, n) AS failures
        FROM (SELECT user_id, exercise_id, t->>'name' AS name, count(*) AS n
              FROM submissions_submission, jsonb_array_elements(tests) AS t
              WHERE status = 'completed' AND verdict <> 'accepted' AND t->>'status' <> 'pass'
              GROUP BY 1, 2, 3) AS per_test
        GROUP BY user_id, exercise_id
    )
    SELECT c.user_id, c.exercise_id, attempts, graded, accepted, scored, score_sum,
           coalesce(verdicts, '{}'), coalesce(failures, '{}')
    FROM counted c
    LEFT JOIN verdicts v USING (user_id, exercise_id)
    LEFT JOIN failures f USING (user_id, exercise_id)
    """,
    """
    INSERT INTO submissions_exercisetally
        (exercise_id, attempts, graded, accepted, scored, score_sum, learners, solved_by,
         verdicts, failures)
    SELECT exercise_id, sum(attempts), sum(graded), sum(accepted), sum(scored), sum(score_sum),
           count(*) FILTER (WHERE attempts > 0), count(*) FILTER (WHERE accepted > 0),
           coalesce((SELECT jsonb_object_agg(key, n) FROM (
               SELECT key, sum(value::int) AS n FROM submissions_learnertally v,
                      jsonb_each_text(v.verdicts)
               WHERE v.exercise_id = l.exercise_id GROUP BY key) AS summed), '{}'),
           coalesce((SELECT jsonb_object_agg(key, n) FROM (
               SELECT key, sum(value::int) AS n FROM submissions_learnertally f,
                      jsonb_each_text(f.failures)
               WHERE f.exercise_id = l.exercise_id GROUP BY key) AS summed), '{}')
    FROM submissions_learnertally l GROUP BY exercise_id
    """,
    "ANALYZE",
]


def _start_database() -> tuple[Path, str]:
    from stack import services

    base = Path(tempfile.mkdtemp(prefix="stepwise-scale-"))
    os.chmod(base, 0o755)  # noqa: S103 - the postgres account must reach its data dir
    url = services.start_postgres(base / "pg")
    services.create_database(url)
    return base, url


class World:
    """The people and content every read is about; made once, before the small step."""

    def __init__(self, learners: int):
        from django.contrib.auth.models import Group

        from stepwise.accounts.models import INSTRUCTOR_GROUP, User
        from stepwise.classes.models import (
            Assignment,
            AssignmentExercise,
            Classroom,
            Membership,
        )
        from stepwise.curriculum.models import Exercise, Topic

        self.admin = User.objects.create(username="admin", email="a@example.org", is_staff=True)
        self.instructor = User.objects.create(username="teacher", email="t@example.org")
        self.instructor.groups.add(Group.objects.get_or_create(name=INSTRUCTOR_GROUP)[0])
        people = User.objects.bulk_create(
            (User(username=f"learner-{n}", email="", display_name=f"Learner {n}")
             for n in range(learners)),
            batch_size=2000,
        )  # fmt: skip
        self.heaviest, self.learners = people[0], people
        topics = [Topic.objects.create(slug=f"t{n}", title=f"T{n}", order=n) for n in range(6)]
        self.exercises = Exercise.objects.bulk_create(
            Exercise(topic=topics[n % 6], slug=f"e{n:03d}", title=f"E{n}", kind="choice",
                     order=n, spec={"options": [{"id": "a", "text": "A"}]},
                     private_spec={"correct": ["a"]})
            for n in range(EXERCISES)
        )  # fmt: skip
        self.classroom = Classroom.objects.create(
            name="Scale", owner=self.instructor, join_code="SCALE"
        )
        Membership.objects.bulk_create(
            Membership(classroom=self.classroom, learner=p) for p in people[1 : CLASS_SIZE + 1]
        )
        for number in range(ASSIGNMENTS):
            assignment = Assignment.objects.create(
                classroom=self.classroom, title=f"Week {number + 1}", opens_at=START,
                due_at=datetime(2030, 1, 1, tzinfo=UTC), late_multiplier=0.5,
            )  # fmt: skip
            AssignmentExercise.objects.bulk_create(
                AssignmentExercise(
                    assignment=assignment, exercise=self.exercises[number * 3 + e], position=e
                )
                for e in range(3)
            )


def _fill(world: World, total: int) -> None:
    """The class's work, then numbered submissions up to `total`, then what the services
    would have recorded and summarised for them."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(CLASS_WORK_SQL, {"start": START})
        params = {
            "first_learner": world.learners[0].pk,
            "learners": len(world.learners),
            "first_exercise": world.exercises[0].pk,
            "start": START,
            "first": 0,
            "last": total - _count(cursor) - 1,
        }
        cursor.execute(SUBMISSIONS_SQL, params)
        cursor.execute(WORK_SQL, {"after": 0})
        for statement in SUMMARIES_SQL:
            cursor.execute(statement)


def _count(cursor) -> int:
    cursor.execute("SELECT count(*) FROM submissions_submission")
    return cursor.fetchone()[0]


def _cursor_at(url: str, position) -> str:
    """The link DRF's cursor pagination gives for the page that starts after `position`."""
    token = base64.b64encode(urlencode({"p": str(position)}).encode()).decode()
    return url + ("&" if "?" in url else "?") + urlencode({"cursor": token})


def _reads(world: World) -> dict[str, tuple[object, str]]:
    """Each read: the user making it and the URL, deep pages positioned 90% of the way
    through the rows the list shows."""
    from stepwise.submissions import selectors

    exercise = world.exercises[0]
    room = world.classroom.pk
    lists = {
        "learner": (world.heaviest, ""),
        "learner_exercise": (world.heaviest, f"exercise={exercise.slug}"),
        "learner_verdict": (world.heaviest, "verdict=accepted"),
        "instructor": (world.instructor, ""),
        "instructor_exercise": (world.instructor, f"exercise={exercise.slug}"),
        "instructor_verdict": (world.instructor, "verdict=accepted"),
        "instructor_class": (world.instructor, f"class={room}"),
    }
    reads: dict[str, tuple[object, str]] = {
        "progress_heaviest": (world.heaviest, "/api/v1/me/progress/"),
    }
    for name, (user, query) in lists.items():
        url = "/api/v1/submissions/" + (f"?{query}" if query else "")
        reads[f"{name}_list_first"] = (user, url)
        shown = selectors.submission_list(user=user)
        if "exercise=" in query:
            shown = shown.filter(exercise=exercise)
        if "verdict=" in query:
            shown = shown.filter(verdict="accepted")
        if "class=" in query:
            shown = shown.filter(user__class_memberships__classroom_id=room)
        rows = shown.order_by("-created_at", "-id").values_list("created_at", flat=True)
        count = shown.count()
        # 90% of the way through, but never so deep that the page is not a full one.
        depth = max(min(int(count * 0.9), count - PAGE - 1), 0)
        reads[f"{name}_list_deep"] = (user, _cursor_at(url, rows[depth]))
    stats = f"/api/v1/exercises/{exercise.slug}/stats/"
    reads["stats_instructor"] = (world.instructor, stats)
    reads["stats_class"] = (world.instructor, f"{stats}?class={room}")
    reads["stats_admin"] = (world.admin, stats)
    reads["gradebook_json"] = (world.instructor, f"/api/v1/classes/{room}/gradebook/")
    reads["gradebook_csv"] = (world.instructor, f"/api/v1/classes/{room}/gradebook.csv")
    return reads


def _get(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def _time(reads: dict[str, dict], repeat: int) -> dict[str, dict]:
    """Each read at both sizes, the two requests of a pair one after the other (in turns,
    which goes first), so that load from other work on the machine hits both sizes alike."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from rest_framework.test import APIClient

    figures: dict[str, dict] = {label: {} for label in reads}
    labels = list(reads)
    for name in reads[labels[0]]:
        clients, times = {}, {label: [] for label in labels}
        for label in labels:
            _use_schema(label)
            user, url = reads[label][name]
            clients[label] = APIClient()
            clients[label].force_authenticate(user)
            with CaptureQueriesContext(connection) as captured:
                body = _get(clients[label], url)  # a warm-up, and the query count
            figures[label][name] = {"queries": len(captured), "bytes": len(body)}
        for turn in range(repeat):
            for label in labels[turn % 2 :] + labels[: turn % 2]:
                _use_schema(label)
                started = time.perf_counter()
                _get(clients[label], reads[label][name][1])
                times[label].append((time.perf_counter() - started) * 1000)
        for label in labels:
            figures[label][name]["p50_ms"] = round(percentile(times[label], 50), 2)
            figures[label][name]["p95_ms"] = round(percentile(times[label], 95), 2)
    return figures


def _explain(reads: dict) -> str:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from rest_framework.test import APIClient

    out = []
    for name, (user, url) in reads.items():
        client = APIClient()
        client.force_authenticate(user)
        with CaptureQueriesContext(connection) as captured:
            _get(client, url)
        out.append(f"===== {name}: GET {url}")
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                plan = "\n".join(row[0] for row in cursor.fetchall())
            out.append(f"--- {sql}\n{plan}\n")
    return "\n".join(out)


_schema = {"current": "public"}


def _use_schema(name: str) -> None:
    """Point the connection (and any it is replaced by) at one size's tables."""
    from django.db import connection

    _schema["current"] = f"scale_{name}"
    with connection.cursor() as cursor:
        cursor.execute(f"SET search_path TO {_schema['current']}")


def _set_search_path(sender, connection, **kwargs) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"SET search_path TO {_schema['current']}")


def _seed(label: str, total: int, learners: int) -> tuple[World, float]:
    """A schema named `label` with the tables, the people and `total` submissions."""
    from django.core.management import call_command
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"CREATE SCHEMA scale_{label}")
    _use_schema(label)
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    world = World(learners)
    _fill(world, total)
    return world, time.perf_counter() - started


def measure(total: int, repeat: int, explain: bool) -> dict:
    base, url = _start_database()
    try:
        os.environ.update({"DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings.test",
                           "THROTTLE_SUBMISSIONS": "1000000/min"})  # fmt: skip
        import django

        django.setup()
        from django.db import connection
        from django.db.backends.signals import connection_created

        connection_created.connect(_set_search_path)
        figures: dict = {"scale_exercises": EXERCISES}
        sizes = {"1k": (SMALL, 100), "1m": (total, max(100, total // 100))}
        reads = {}
        for label, (size, learners) in sizes.items():
            world, seconds = _seed(label, size, learners)
            with connection.cursor() as cursor:
                figures[f"scale_submissions_{label}"] = _count(cursor)
            figures[f"scale_learners_{label}"] = learners
            figures[f"scale_seed_seconds_{label}"] = round(seconds, 1)
            reads[label] = _reads(world)
            print(f"{label}: {figures[f'scale_submissions_{label}']} submissions from {learners} "
                  f"learners seeded in {seconds:.1f} s")  # fmt: skip
        timings = _time(reads, repeat)
        if explain:
            _use_schema("1m")
            PLANS.write_text(_explain(reads["1m"]))
            print(f"plans written to {PLANS}")
        for name in timings["1k"]:
            small, large = timings["1k"][name], timings["1m"][name]
            for key in ("p50_ms", "p95_ms", "queries"):
                figures[f"{name}_{key}_1k"] = small[key]
                figures[f"{name}_{key}_1m"] = large[key]
            figures[f"{name}_p95_ratio"] = round(large["p95_ms"] / small["p95_ms"], 2)
        from django.db import connections

        connections.close_all()
        return figures
    finally:
        from stack import services

        services.stop_all()
        shutil.rmtree(base, ignore_errors=True)


def _table(figures: dict) -> None:
    names = [key.removesuffix("_p95_ratio") for key in figures if key.endswith("_p95_ratio")]
    width = max(len(name) for name in names)
    print(f"{'read':<{width}}  {'p50 1k':>8}  {'p95 1k':>8}  {'p50 1M':>8}  {'p95 1M':>8}  "
          f"{'ratio':>6}  target  met?")  # fmt: skip
    for name in names:
        ratio = figures[f"{name}_p95_ratio"]
        print(
            f"{name:<{width}}  {figures[f'{name}_p50_ms_1k']:>8.2f}  "
            f"{figures[f'{name}_p95_ms_1k']:>8.2f}  {figures[f'{name}_p50_ms_1m']:>8.2f}  "
            f"{figures[f'{name}_p95_ms_1m']:>8.2f}  {ratio:>6.2f}  <= {TARGET}  "
            f"{'yes' if ratio <= TARGET else 'NO'}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--submissions", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures = {"bench_cores": cores(), "bench_load_average_start": load_average()}
    figures.update(measure(args.submissions, args.repeat, args.explain))
    figures["bench_load_average_end"] = load_average()
    figures["bench_seconds"] = round(time.perf_counter() - started, 1)
    figures["scale_measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    _table(figures)
    print(f"load average: {figures['bench_load_average_start']} at the start, "
          f"{figures['bench_load_average_end']} at the end")  # fmt: skip
    if not args.no_write:
        write_results(figures, RESULTS)
        print(f"written to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
