from django.apps import AppConfig


class CurriculumConfig(AppConfig):
    name = "stepwise.curriculum"
    label = "curriculum"

    def ready(self) -> None:
        from stepwise.curriculum.cache import connect_signals

        connect_signals()
