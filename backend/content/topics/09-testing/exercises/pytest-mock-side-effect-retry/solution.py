from unittest import mock

import pytest
from retries import call_with_retry


def test_succeeds_on_the_last_attempt_after_growing_pauses():
    func = mock.Mock(side_effect=[ConnectionError("down"), TimeoutError("slow"), "ok"])
    sleep = mock.Mock()
    assert call_with_retry(func, sleep=sleep) == "ok"
    assert sleep.call_args_list == [mock.call(0.5), mock.call(1.0)]


def test_gives_up_with_the_last_error_and_no_final_pause():
    errors = [ConnectionError("first"), ConnectionError("second"), ConnectionError("last")]
    func = mock.Mock(side_effect=[*errors, "too late"])
    sleep = mock.Mock()
    with pytest.raises(ConnectionError, match="last"):
        call_with_retry(func, attempts=3, sleep=sleep)
    assert sleep.call_count == 2


def test_an_error_that_is_not_listed_is_not_retried():
    func = mock.Mock(side_effect=[ValueError("bad input"), "ok"])
    with pytest.raises(ValueError):
        call_with_retry(func, sleep=mock.Mock())
