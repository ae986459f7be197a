# Mistake: caches one instance per name like a singleton, so later options are ignored and state is shared.
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
        self._instances = {}

    def register(self, name, cls):
        key = name.strip().lower()
        if key in self._registry:
            raise ValueError(f"notifier {key!r} is already registered")
        self._registry[key] = cls

    def create(self, name, **options):
        key = name.strip().lower()
        if key not in self._registry:
            raise ValueError(f"unknown notifier {key!r}; available: {', '.join(self.names())}")
        if key not in self._instances:
            self._instances[key] = self._registry[key](**options)
        return self._instances[key]

    def names(self):
        return sorted(self._registry)


def default_factory():
    factory = NotifierFactory()
    factory.register("email", EmailNotifier)
    factory.register("sms", SmsNotifier)
    return factory


def send_notification(factory, channel, to, text):
    return factory.create(channel).send(to, text)
