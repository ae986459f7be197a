"""Authoring in the Django admin. Specs are validated by the same rules as the API."""

from django import forms
from django.contrib import admin
from rest_framework.exceptions import ValidationError

from stepwise.common.markdown import render_markdown
from stepwise.curriculum.models import Exercise, Topic
from stepwise.curriculum.specs import validate_spec_pair


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["order", "title", "slug", "published", "origin"]
    list_display_links = ["title"]
    list_filter = ["published", "origin"]
    search_fields = ["title", "slug"]
    filter_horizontal = ["prerequisites"]

    def save_model(self, request, obj, form, change):
        obj.lesson_html = render_markdown(obj.lesson_markdown)
        super().save_model(request, obj, form, change)


class ExerciseAdminForm(forms.ModelForm):
    class Meta:
        model = Exercise
        fields = "__all__"  # noqa: DJ007

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind:
            try:
                cleaned["spec"], cleaned["private_spec"] = validate_spec_pair(
                    kind, cleaned.get("spec") or {}, cleaned.get("private_spec") or {}
                )
            except ValidationError as exc:
                raise forms.ValidationError(str(exc.detail)) from exc
        return cleaned


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    form = ExerciseAdminForm
    list_display = ["title", "slug", "topic", "kind", "difficulty", "points", "published"]
    list_filter = ["kind", "difficulty", "published", "topic", "origin"]
    search_fields = ["title", "slug"]
    list_select_related = ["topic"]

    def save_model(self, request, obj, form, change):
        obj.prompt_html = render_markdown(obj.prompt_markdown)
        super().save_model(request, obj, form, change)
