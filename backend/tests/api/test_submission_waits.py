"""Long-polls on a submission (`?wait=N`): rate-limited per user, and never held when the
process has no thread to spare. The caps across processes are tested against real gunicorn
servers in tests/integration/test_production_server.py."""

import time

import pytest

from stepwise.submissions import waiting
from tests.factories import ExerciseFactory, SubmissionFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/submissions/"


@pytest.fixture
def pending(learner):
    return SubmissionFactory(
        user=learner, exercise=ExerciseFactory(kind="code"), status="queued", verdict="", tests=[]
    )


@pytest.fixture
def final(learner):
    return SubmissionFactory(user=learner, exercise=ExerciseFactory(kind="choice"))


@pytest.fixture
def two_waits_a_minute(monkeypatch):
    from stepwise.common.throttles import SubmissionWaitRateThrottle

    monkeypatch.setattr(SubmissionWaitRateThrottle, "THROTTLE_RATES", {"submission_waits": "2/min"})


def test_asking_to_wait_is_throttled_per_user(learner_api, final, two_waits_a_minute):
    statuses = [learner_api.get(f"{URL}{final.pk}/?wait=5").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    refused = learner_api.get(f"{URL}{final.pk}/?wait=5")
    assert refused.json()["code"] == "throttled"
    assert int(refused.headers["Retry-After"]) > 0


def test_reads_that_do_not_wait_are_not_counted_by_the_wait_throttle(
    learner_api, other_learner_api, final, two_waits_a_minute
):
    for query in ("", "?wait=0", "?wait=00", "", ""):
        assert learner_api.get(f"{URL}{final.pk}/{query}").status_code == 200
    assert learner_api.get(f"{URL}{final.pk}/?wait=5").status_code == 200


def test_a_process_with_no_thread_to_spare_answers_a_wait_at_once(
    learner_api, pending, monkeypatch
):
    monkeypatch.setattr(waiting, "_process_slots", waiting._process_slots)
    waiting.limit_waits_per_process(threads=1)  # a single thread is never given to a wait

    started = time.monotonic()
    response = learner_api.get(f"{URL}{pending.pk}/?wait=10")

    assert time.monotonic() - started < 2
    assert response.status_code == 200
    assert response.json()["status"] == "queued"
    assert response.headers["Retry-After"] == str(waiting.RETRY_AFTER_SECONDS)


@pytest.mark.parametrize(("threads", "waits"), [(1, 0), (2, 1), (8, 4), (9, 4)])
def test_waits_may_hold_at_most_half_of_a_process_threads(threads, waits, monkeypatch):
    monkeypatch.setattr(waiting, "_process_slots", waiting._process_slots)
    waiting.limit_waits_per_process(threads=threads)

    taken = [waiting._process_slots.acquire(blocking=False) for _ in range(threads)]

    assert taken.count(True) == waits
