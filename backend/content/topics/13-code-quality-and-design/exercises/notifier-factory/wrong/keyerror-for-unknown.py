# Mistake: lets the dictionary's KeyError escape for an unknown name instead of a helpful ValueError.
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
    def __init__(self):
        self._registry = {}

    def register(self, name, cls):
        key = name.strip().lower()
        if key in self._registry:
            raise ValueError(f"notifier {key!r} is already registered")
        self._registry[key] = cls

    def create(self, name, **options):
        return self._registry[name.strip().lower()](**options)

    def names(self):
        return sorted(self._registry)


def default_factory():
    factory = NotifierFactory()
    factory.register("email", EmailNotifier)
    factory.register("sms", SmsNotifier)
    return factory


def send_notification(factory, channel, to, text):
    return factory.create(channel).send(to, text)
