from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "stepwise.common"
    label = "common"

    def ready(self) -> None:
        from stepwise.common import strict_json

        strict_json.install()
