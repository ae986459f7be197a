# Mistake: expects a failing SMS client to make order_shipped raise; the specification says
# the error is reported and the call carries on, so this fails on the correct implementation.
from unittest import mock

import pytest
from notifier import ShippingNotifier

ORDER = {"id": 42, "email": "ada@example.com", "phone": "+44 20 7946 0000", "sms_opt_in": True}


def test_a_failed_text_raises():
    email, sms = mock.Mock(), mock.Mock()
    sms.send.side_effect = ConnectionError("sms gateway down")
    with pytest.raises(ConnectionError):
        ShippingNotifier(email, sms).order_shipped(ORDER)


def test_no_text_without_consent():
    email, sms = mock.Mock(), mock.Mock()
    ShippingNotifier(email, sms).order_shipped({**ORDER, "sms_opt_in": False})
    sms.send.assert_not_called()
