# Mistake: the registry is a class attribute, so every factory (and every test) shares one dict.
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
    _registry = {}

    def register(self, name, cls):
        key = name.strip().lower()
        if key in self._registry:
            raise ValueError(f"notifier {key!r} is already registered")
        self._registry[key] = cls

    def create(self, name, **options):
        key = name.strip().lower()
        if key not in self._registry:
            raise ValueError(f"unknown notifier {key!r}; available: {', '.join(self.names())}")
        return self._registry[key](**options)

    def names(self):
        return sorted(self._registry)


def default_factory():
    factory = NotifierFactory()
    for name, cls in (("email", EmailNotifier), ("sms", SmsNotifier)):
        if name not in factory.names():
            factory.register(name, cls)
    return factory


def send_notification(factory, channel, to, text):
    return factory.create(channel).send(to, text)
