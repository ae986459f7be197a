"""Authoring in the Django admin, through the same services as the API: the same checks on
specs, limits, hints and prerequisites, reported next to the fields, and the same rendering."""

from django import forms
from django.contrib import admin

from stepwise.common.domain import DomainError, InvalidChange
from stepwise.common.forms import add_domain_errors
from stepwise.curriculum import services
from stepwise.curriculum.models import Exercise, Topic


def _refuse_file_owned(form: forms.ModelForm) -> None:
    """The services refuse changes to rows the curriculum files own; say so at the top of the
    form (the instance still holds the stored origin while the form is cleaned)."""
    if form.instance.pk is None:
        return
    try:
        services.ensure_editable(form.instance)
    except DomainError as exc:
        add_domain_errors(form, exc)


class TopicAdminForm(forms.ModelForm):
    class Meta:
        model = Topic
        fields = "__all__"  # noqa: DJ007 - every editable field; the lesson HTML is not one

    def clean(self):
        cleaned = super().clean()
        _refuse_file_owned(self)
        if "prerequisites" in cleaned:
            try:
                services.topic_check_prerequisites(
                    topic=self.instance, prerequisites=list(cleaned["prerequisites"])
                )
            except InvalidChange as exc:
                add_domain_errors(self, exc)
        return cleaned


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    form = TopicAdminForm
    list_display = ["order", "title", "slug", "published", "origin"]
    list_display_links = ["title"]
    list_filter = ["published", "origin"]
    search_fields = ["title", "slug"]
    filter_horizontal = ["prerequisites"]
    readonly_fields = ["origin"]  # who owns a row changes only through content_sync --adopt

    def save_model(self, request, obj, form, change):
        services.topic_save(topic=obj)  # the admin then stores the prerequisites


class ExerciseAdminForm(forms.ModelForm):
    class Meta:
        model = Exercise
        fields = "__all__"  # noqa: DJ007 - every editable field; what the services keep is not

    def clean(self):
        cleaned = super().clean()
        _refuse_file_owned(self)
        if self.errors or not cleaned.get("kind"):
            return cleaned  # the fields' own errors first
        try:
            cleaned.update(
                services.exercise_clean(
                    kind=cleaned["kind"],
                    spec=cleaned.get("spec") or {},
                    private_spec=cleaned.get("private_spec") or {},
                    hints=cleaned.get("hints"),
                    limits=cleaned.get("limits"),
                )
            )
        except InvalidChange as exc:
            add_domain_errors(self, exc)
        return cleaned


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    form = ExerciseAdminForm
    list_display = ["title", "slug", "topic", "kind", "difficulty", "points", "published"]
    list_filter = ["kind", "difficulty", "published", "topic", "origin"]
    search_fields = ["title", "slug"]
    list_select_related = ["topic"]
    readonly_fields = ["origin"]  # who owns a row changes only through content_sync --adopt

    def save_model(self, request, obj, form, change):
        services.exercise_save(exercise=obj)
