"""The API under gunicorn as production runs it (the api service's command, production
settings, the real PostgreSQL and Redis): long-polls do not hold back everyone else, and the
throttles count across server processes."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from rest_framework_simplejwt.tokens import RefreshToken

from stepwise.submissions.models import Submission
from stepwise.submissions.notifications import notify_final
from tests.factories import PASSWORD, ExerciseFactory, SubmissionFactory, UserFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

WAITERS = 50
FAST = 0.2  # seconds


def _timed(method: str, url: str, **kwargs) -> tuple[float, int]:
    """Seconds until the answer and its status; a request that times out counts as 0."""
    started = time.perf_counter()
    try:
        status = requests.request(method, url, timeout=3, **kwargs).status_code
    except requests.Timeout:
        status = 0
    return time.perf_counter() - started, status


def _pending_submissions(learners: list) -> list[Submission]:
    exercise = ExerciseFactory(kind="code")
    return [
        SubmissionFactory(
            user=learner, exercise=exercise, status=Submission.Status.QUEUED, verdict="", tests=[]
        )
        for learner in learners
    ]


def _finish(submissions: list[Submission]) -> None:
    """Grading is done: store the results and wake the waits through Redis, as a worker does."""
    Submission.objects.filter(pk__in=[s.pk for s in submissions]).update(
        status=Submission.Status.COMPLETED, verdict=Submission.Verdict.ACCEPTED
    )
    for submission in submissions:
        notify_final(Submission, pk=submission.pk)


def _wait_for(url: str, token: str) -> requests.Response | None:
    try:
        return requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=15)
    except requests.RequestException:
        return None


def test_fifty_waits_on_unfinished_submissions_leave_health_and_sign_in_answering_fast(
    start_gunicorn,
):
    # One learner per wait, so that the per-user cap cannot be what keeps the server free.
    pending = _pending_submissions(UserFactory.create_batch(WAITERS))
    UserFactory(username="arriving")
    server = start_gunicorn({"WEB_THREADS": "8"})

    with ThreadPoolExecutor(max_workers=WAITERS) as pool:
        waits = [
            pool.submit(
                _wait_for,
                f"{server.url}/api/v1/submissions/{submission.pk}/?wait=10",
                str(RefreshToken.for_user(submission.user).access_token),
            )
            for submission in pending
        ]
        time.sleep(1.0)  # every wait has arrived and is held, or was answered at once

        health = [_timed("GET", f"{server.url}/healthz") for _ in range(5)]
        sign_in = [
            _timed(
                "POST",
                f"{server.url}/api/v1/auth/token/",
                json={"username": "arriving", "password": PASSWORD},
            )
            for _ in range(3)
        ]

        released = time.perf_counter()
        _finish(pending)  # the waits still held are woken and answer at once
        answers = [wait.result() for wait in waits]
        release_seconds = time.perf_counter() - released

    assert [status for _, status in health] == [200] * 5, health
    assert [status for _, status in sign_in] == [200] * 3, sign_in
    health_seconds = [seconds for seconds, _ in health]
    sign_in_seconds = [seconds for seconds, _ in sign_in]
    print(f"healthz {health_seconds}, sign-in {sign_in_seconds}, release {release_seconds:.2f}")
    assert max(health_seconds) < FAST, health_seconds
    assert max(sign_in_seconds) < FAST, sign_in_seconds
    # Every wait answered: held ones with the result, refused ones at once with the state.
    assert None not in answers
    assert {answer.status_code for answer in answers} == {200}
    held = [answer for answer in answers if answer.json()["status"] == "completed"]
    refused = [answer for answer in answers if answer.json()["status"] == "queued"]
    assert len(held) + len(refused) == WAITERS
    assert 1 <= len(held) <= 4  # half of the process's 8 threads at most
    assert all(answer.headers["Retry-After"] == "2" for answer in refused)
    assert release_seconds < 5


def test_a_user_holds_at_most_two_waits_across_server_processes(start_gunicorn):
    learner = UserFactory()
    pending = _pending_submissions([learner] * 4)
    token = str(RefreshToken.for_user(learner).access_token)
    servers = [start_gunicorn(wait=False) for _ in range(2)]
    for server in servers:
        server.wait_ready()

    with ThreadPoolExecutor(max_workers=4) as pool:
        waits = [
            pool.submit(
                _wait_for,
                f"{servers[n % 2].url}/api/v1/submissions/{submission.pk}/?wait=10",
                token,
            )
            for n, submission in enumerate(pending)
        ]
        time.sleep(1.5)
        answered_at_once = [wait for wait in waits if wait.done()]
        _finish(pending)
        answers = [wait.result() for wait in waits]

    assert len(answered_at_once) == 2, [a.json()["status"] for a in answers if a is not None]
    refused = [wait.result() for wait in answered_at_once]
    assert [answer.status_code for answer in refused] == [200, 200]
    assert [answer.json()["status"] for answer in refused] == ["queued", "queued"]
    assert (
        sorted(answer.json()["status"] for answer in answers) == ["completed"] * 2 + ["queued"] * 2
    )


def test_the_sign_in_limit_holds_across_two_server_processes(start_gunicorn):
    UserFactory(username="target")
    servers = [start_gunicorn({"THROTTLE_AUTH": "20/min"}, wait=False) for _ in range(2)]
    for server in servers:
        server.wait_ready()

    statuses = []
    for attempt in range(40):
        server = servers[attempt % 2]
        response = requests.post(
            f"{server.url}/api/v1/auth/token/",
            json={"username": "target", "password": "a-wrong-guess"},
            timeout=5,
        )
        statuses.append(response.status_code)

    through = [status for status in statuses if status != 429]
    print(f"{len(through)} of {len(statuses)} attempts got through: {statuses}")
    assert len(through) <= 20, statuses
    assert set(through) == {401}
    assert 429 in statuses[1::2] and 429 in statuses[0::2]  # both processes refuse
