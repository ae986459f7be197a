# Mistake: every failure is the same error, so the test cannot tell the last one from the first,
# and the pauses are never counted when all attempts fail.
from unittest import mock

import pytest
from retries import call_with_retry


def test_succeeds_on_the_last_attempt_after_growing_pauses():
    func = mock.Mock(side_effect=[ConnectionError("down"), TimeoutError("slow"), "ok"])
    sleep = mock.Mock()
    assert call_with_retry(func, attempts=3, sleep=sleep) == "ok"
    assert sleep.call_args_list == [mock.call(0.5), mock.call(1.0)]


def test_gives_up_after_three_attempts():
    func = mock.Mock(side_effect=ConnectionError("down"))
    with pytest.raises(ConnectionError):
        call_with_retry(func, attempts=3, sleep=mock.Mock())
    assert func.call_count == 3


def test_an_error_that_is_not_listed_is_not_retried():
    func = mock.Mock(side_effect=[ValueError("bad input"), "ok"])
    with pytest.raises(ValueError):
        call_with_retry(func, attempts=3, sleep=mock.Mock())
