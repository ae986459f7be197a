def report_error(error):
    """Send an error to the error tracker. The real one makes a network call; this copy
    does nothing, and tests patch it anyway."""
    return None


class ShippingNotifier:
    def __init__(self, email_client, sms_client):
        self.email_client = email_client
        self.sms_client = sms_client

    def order_shipped(self, order):
        number = order["id"]
        self.email_client.send(
            to=order["email"],
            subject=f"Order #{number} has shipped",
            body=f"Your order #{number} is on its way.",
        )
        channels = ["email"]
        if order["sms_opt_in"] and order["phone"]:
            self.sms_client.send(to=order["phone"], text=f"Order #{number} has shipped.")
            channels.append("sms")
        return channels
