from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "stepwise.common"
    label = "common"
