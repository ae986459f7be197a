# Mistake: only the happy paths; no client is ever made to fail (side_effect), so every bug in
# the error handling goes unnoticed.
from unittest import mock

from notifier import ShippingNotifier

ORDER = {"id": 42, "email": "ada@example.com", "phone": "+44 20 7946 0000", "sms_opt_in": True}


def test_an_opted_in_customer_gets_both():
    email, sms = mock.Mock(), mock.Mock()
    assert ShippingNotifier(email, sms).order_shipped(ORDER) == ["email", "sms"]
    sms.send.assert_called_once_with(to="+44 20 7946 0000", text="Order #42 has shipped.")


def test_no_text_without_consent():
    email, sms = mock.Mock(), mock.Mock()
    ShippingNotifier(email, sms).order_shipped({**ORDER, "sms_opt_in": False})
    sms.send.assert_not_called()


def test_no_text_without_a_phone():
    email, sms = mock.Mock(), mock.Mock()
    ShippingNotifier(email, sms).order_shipped({**ORDER, "phone": None})
    sms.send.assert_not_called()
