from unittest import mock

from retries import call_with_retry


def test_a_call_that_works_is_made_once():
    func = mock.Mock(return_value="ok")
    sleep = mock.Mock()
    assert call_with_retry(func, sleep=sleep) == "ok"
    func.assert_called_once_with()
    sleep.assert_not_called()
