from unittest import mock

import pytest
from notifier import ShippingNotifier

ORDER = {"id": 42, "email": "ada@example.com", "phone": "+44 20 7946 0000", "sms_opt_in": True}


@pytest.fixture
def email():
    return mock.Mock()


@pytest.fixture
def sms():
    return mock.Mock()


def test_an_opted_in_customer_gets_a_text_on_their_phone(email, sms):
    ShippingNotifier(email, sms).order_shipped(ORDER)
    sms.send.assert_called_once_with(to="+44 20 7946 0000", text="Order #42 has shipped.")


def test_no_text_without_consent(email, sms):
    ShippingNotifier(email, sms).order_shipped({**ORDER, "sms_opt_in": False})
    sms.send.assert_not_called()


def test_no_text_without_a_phone(email, sms):
    ShippingNotifier(email, sms).order_shipped({**ORDER, "phone": None})
    sms.send.assert_not_called()


def test_a_failed_email_stops_everything(email, sms):
    email.send.side_effect = ConnectionError("mail server down")
    with pytest.raises(ConnectionError):
        ShippingNotifier(email, sms).order_shipped(ORDER)
    sms.send.assert_not_called()


def test_a_failed_text_is_reported_and_left_out(email, sms):
    error = ConnectionError("sms gateway down")
    sms.send.side_effect = error
    with mock.patch("notifier.report_error") as report:
        result = ShippingNotifier(email, sms).order_shipped(ORDER)
    assert result == ["email"]
    report.assert_called_once_with(error)
