class EmailNotifier:
    def __init__(self, sender="noreply@stepwise.dev"):
        self.sender = sender

    def send(self, to, text):
        return f"email from {self.sender} to {to}: {text}"


class SmsNotifier:
    def __init__(self, sender_id="STEPWISE"):
        self.sender_id = sender_id

    def send(self, to, text):
        return f"sms from {self.sender_id} to {to}: {text[:160]}"


class NotifierFactory:
    def register(self, name, cls):
        raise NotImplementedError

    def create(self, name, **options):
        raise NotImplementedError

    def names(self):
        raise NotImplementedError


def default_factory():
    raise NotImplementedError


def send_notification(factory, channel, to, text):
    raise NotImplementedError
