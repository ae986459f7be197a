"""A Python client generated from the committed contract by openapi-python-client: generation
reports no warning, and a short script that signs in, lists exercises and submits an answer
with it type-checks under `mypy --strict` (type-check only: nothing is sent)."""

import os
import subprocess
import sys
from pathlib import Path

CONTRACT = Path(__file__).resolve().parents[2] / "openapi.yaml"
# mypy's incremental cache checks every module it reuses against its source, so a kept cache
# only saves re-reading httpx, attrs and the standard library: the client is new every run.
MYPY_CACHE = Path(__file__).resolve().parents[1] / ".mypy_cache" / "generated-client"

# The generator's own `Client.__exit__(*args: object)` passes `object` on to httpx's typed
# `__exit__`, which mypy >= 1.x refuses: a flaw of its template (the same in every client it
# generates), not of this contract, so only that error code and only in that module is let be.
MYPY_CONFIG = """
[mypy]
[mypy-stepwise_client.client]
disable_error_code = arg-type
"""

SCRIPT = """
from stepwise_client import AuthenticatedClient, Client
from stepwise_client.api.auth import auth_token_create
from stepwise_client.api.exercises import exercises_list, exercises_retrieve
from stepwise_client.api.submissions import submissions_create
from stepwise_client.models import (
    CodeAnswerRequest,
    CodeKindEnum,
    CodePrivateSpec,
    ExerciseDetail,
    ExercisesListKind,
    PaginatedExerciseSummaryList,
    SubmissionCreateRequest,
    SubmissionDetail,
    TokenObtainPairRequest,
    TokenPair,
    VerdictEnum,
)


def solve_the_first_code_exercise(base_url: str, username: str, password: str) -> str:
    tokens = auth_token_create.sync(
        client=Client(base_url=base_url),
        body=TokenObtainPairRequest(username=username, password=password),
    )
    if not isinstance(tokens, TokenPair):
        return "not signed in"
    client = AuthenticatedClient(base_url=base_url, token=tokens.access)
    page = exercises_list.sync(client=client, kind=ExercisesListKind.CODE, page_size=10)
    if not isinstance(page, PaginatedExerciseSummaryList) or not page.results:
        return "no code exercise"
    slug: str = page.results[0].slug
    exercise = exercises_retrieve.sync(slug, client=client)
    source = ""
    if isinstance(exercise, ExerciseDetail) and isinstance(exercise.private_spec, CodePrivateSpec):
        source = exercise.private_spec.solution  # instructors read the reference solution
    submission = submissions_create.sync(
        client=client,
        body=SubmissionCreateRequest(
            exercise=slug, answer=CodeAnswerRequest(kind=CodeKindEnum.CODE, source=source)
        ),
    )
    if not isinstance(submission, SubmissionDetail):
        return "refused"
    verdict: VerdictEnum | None = submission.verdict
    return submission.status.value if verdict is None else verdict.value
"""


def _run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    bin_dir = str(Path(sys.executable).parent)  # ruff, which the generator formats with
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_a_client_generated_from_the_contract_type_checks_under_mypy_strict(tmp_path):
    bin_dir = Path(sys.executable).parent
    generated = _run(
        str(bin_dir / "openapi-python-client"), "generate", "--path", str(CONTRACT),
        "--meta", "none", "--output-path", "stepwise_client",
        cwd=tmp_path,
    )  # fmt: skip
    output = generated.stdout + generated.stderr
    assert generated.returncode == 0, output
    assert "warning" not in output.lower(), output
    (tmp_path / "solve.py").write_text(SCRIPT)
    (tmp_path / "mypy.ini").write_text(MYPY_CONFIG)
    checked = _run(
        sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini",
        "--cache-dir", str(MYPY_CACHE), "solve.py",
        cwd=tmp_path,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
