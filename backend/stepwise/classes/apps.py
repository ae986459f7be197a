from django.apps import AppConfig


class ClassesConfig(AppConfig):
    name = "stepwise.classes"
    label = "classes"
    verbose_name = "Classes"
