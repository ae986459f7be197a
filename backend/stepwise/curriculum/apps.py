from django.apps import AppConfig


class CurriculumConfig(AppConfig):
    name = "stepwise.curriculum"
    label = "curriculum"
