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
    """Builds notifiers by channel name; each factory has its own registry."""

    def __init__(self):
        self._registry = {}

    @staticmethod
    def _normalise(name):
        return name.strip().lower()

    def register(self, name, cls):
        key = self._normalise(name)
        if key in self._registry:
            raise ValueError(f"notifier {key!r} is already registered")
        self._registry[key] = cls

    def create(self, name, **options):
        key = self._normalise(name)
        try:
            cls = self._registry[key]
        except KeyError:
            available = ", ".join(self.names())
            raise ValueError(f"unknown notifier {key!r}; available: {available}") from None
        return cls(**options)

    def names(self):
        return sorted(self._registry)


def default_factory():
    factory = NotifierFactory()
    factory.register("email", EmailNotifier)
    factory.register("sms", SmsNotifier)
    return factory


def send_notification(factory, channel, to, text):
    return factory.create(channel).send(to, text)
