from unittest import mock

from notifier import ShippingNotifier

ORDER = {"id": 42, "email": "ada@example.com", "phone": None, "sms_opt_in": False}


def test_the_customer_gets_an_email():
    email, sms = mock.Mock(), mock.Mock()
    ShippingNotifier(email, sms).order_shipped(ORDER)
    email.send.assert_called_once_with(
        to="ada@example.com",
        subject="Order #42 has shipped",
        body="Your order #42 is on its way.",
    )
