# Mistake: expects a pause after every failure, the last one included; the specification says
# there is none once the attempts are used up, so this fails on the correct implementation.
from unittest import mock

import pytest
from retries import call_with_retry


def test_three_failures_three_pauses():
    func = mock.Mock(side_effect=ConnectionError("down"))
    sleep = mock.Mock()
    with pytest.raises(ConnectionError):
        call_with_retry(func, attempts=3, sleep=sleep)
    assert sleep.call_args_list == [mock.call(0.5), mock.call(1.0), mock.call(2.0)]
