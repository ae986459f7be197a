# Mistake: checks that the SMS client was called, but not with which arguments, so a text
# sent to the email address passes.
from unittest import mock

import pytest
from notifier import ShippingNotifier

ORDER = {"id": 42, "email": "ada@example.com", "phone": "+44 20 7946 0000", "sms_opt_in": True}


def test_an_opted_in_customer_gets_a_text():
    email, sms = mock.Mock(), mock.Mock()
    ShippingNotifier(email, sms).order_shipped(ORDER)
    sms.send.assert_called_once()


def test_no_text_without_consent():
    email, sms = mock.Mock(), mock.Mock()
    ShippingNotifier(email, sms).order_shipped({**ORDER, "sms_opt_in": False})
    sms.send.assert_not_called()


def test_no_text_without_a_phone():
    email, sms = mock.Mock(), mock.Mock()
    ShippingNotifier(email, sms).order_shipped({**ORDER, "phone": None})
    sms.send.assert_not_called()


def test_a_failed_email_stops_everything():
    email, sms = mock.Mock(), mock.Mock()
    email.send.side_effect = ConnectionError("mail server down")
    with pytest.raises(ConnectionError):
        ShippingNotifier(email, sms).order_shipped(ORDER)
    sms.send.assert_not_called()


def test_a_failed_text_is_reported_and_left_out():
    email, sms = mock.Mock(), mock.Mock()
    error = ConnectionError("sms gateway down")
    sms.send.side_effect = error
    with mock.patch("notifier.report_error") as report:
        assert ShippingNotifier(email, sms).order_shipped(ORDER) == ["email"]
    report.assert_called_once_with(error)
