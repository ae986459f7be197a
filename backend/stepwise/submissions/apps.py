from django.apps import AppConfig


class SubmissionsConfig(AppConfig):
    name = "stepwise.submissions"
    label = "submissions"
