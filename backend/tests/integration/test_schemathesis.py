"""Property-based tests of the whole API against a live server: schemathesis generates valid
and invalid requests from the committed openapi.yaml and runs every check it has, signed in
as a learner and as an instructor. Any failure fails the test with schemathesis' report."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rest_framework_simplejwt.tokens import RefreshToken

from tests.factories import ExerciseFactory, SubmissionFactory, TopicFactory, UserFactory

SCHEMA = Path(__file__).resolve().parents[3] / "openapi.yaml"
CONFIG = Path(__file__).resolve().parent / "schemathesis.toml"
# Fuzzed cases per operation beyond the coverage phase's (which covers every documented edge
# whatever this is): 6 keeps the run within `make test`'s budget now that the API has 52
# operations; set SCHEMATHESIS_MAX_EXAMPLES higher for a deeper run.
EXAMPLES_PER_OPERATION = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "6"))

pytestmark = [pytest.mark.integration, pytest.mark.long, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def populated(settings):
    # Throttles would turn a fuzzing run into a wall of 429s; they have their own tests.
    from stepwise.common.throttles import AuthRateThrottle, SubmissionRateThrottle

    saved = AuthRateThrottle.THROTTLE_RATES, SubmissionRateThrottle.THROTTLE_RATES
    # Every scope stays defined (runs, drafts and the others read these same rates).
    rates = dict.fromkeys(AuthRateThrottle.THROTTLE_RATES, "100000/min")
    AuthRateThrottle.THROTTLE_RATES = SubmissionRateThrottle.THROTTLE_RATES = rates
    learner = UserFactory(username="fuzz-learner")
    instructor = UserFactory(username="fuzz-instructor", instructor=True)
    topic = TopicFactory(slug="web")
    for kind in ("choice", "text", "code", "sql", "http"):
        exercise = ExerciseFactory(topic=topic, kind=kind, slug=f"{kind}-one")
        SubmissionFactory(user=learner, exercise=exercise)
    yield {"learner": learner, "instructor": instructor}
    AuthRateThrottle.THROTTLE_RATES, SubmissionRateThrottle.THROTTLE_RATES = saved


# Each role fuzzes the operations where it reaches the code, which halves the run: a learner
# gets nothing but a 403 from the instructors' operations (the API tests check those refusals),
# and the operations on one's own account, runs and drafts take the same path for any role.
INSTRUCTORS_ONLY = (
    r"^\w+ /api/v1/(audit-events/|classes/(?!join/)|markdown/"
    r"|exercises/\{slug\}/(checks|copy|regrades|stats)/)"
    r"|^(POST|PATCH|DELETE) /api/v1/(topics|exercises)/(\{slug\}/)?$"
)
SAME_FOR_EVERY_ROLE = r"^\w+ /api/v1/(auth/|me/|runs/|exercises/\{slug\}/runs/|classes/join/|$)"
SKIPPED = {"learner": INSTRUCTORS_ONLY, "instructor": SAME_FOR_EVERY_ROLE}


def _start_schemathesis(base_url: str, user, report_dir: Path, skipped: str) -> subprocess.Popen:
    token = RefreshToken.for_user(user).access_token
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG),
        "run", str(SCHEMA),
        "--url", base_url,
        "--exclude-name-regex", skipped,
        "--checks", "all",
        "--header", f"Authorization: Bearer {token}",
        "--max-examples", str(EXAMPLES_PER_OPERATION),
        "--seed", "20261121",
        "--phases", "examples,coverage,fuzzing",
        "--request-timeout", "20",
        "--no-color",
        "--generation-database", "none",
        "--report", "junit",
        "--report-dir", str(report_dir),
    ]  # fmt: skip
    report_dir.mkdir()
    log = (report_dir / "output.txt").open("w")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True)


def test_schemathesis_finds_no_failure_as_a_learner_or_an_instructor(
    live_server, populated, tmp_path
):
    # Both runs share the live server and go at the same time: half the wall time.
    runs = {
        who: _start_schemathesis(live_server.url, populated[who], tmp_path / who, SKIPPED[who])
        for who in ("learner", "instructor")
    }
    failures = []
    for who, process in runs.items():
        code = process.wait(timeout=900)
        output = (tmp_path / who / "output.txt").read_text()
        if code != 0:
            failures.append(f"--- as the {who} (exit {code}) ---\n{output[-15000:]}")
    assert not failures, "\n".join(failures)
