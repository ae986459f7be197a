"""Authoring in the Django admin, through the same services as the API: the same checks on
specs, limits, hints and prerequisites, reported next to the fields, and the same rendering.
The code inside an exercise's specs is edited as code (`admin_code`)."""

import copy

from django import forms
from django.contrib import admin, messages

from stepwise.common.domain import DomainError, InvalidChange
from stepwise.common.forms import add_domain_errors
from stepwise.curriculum import admin_code, checks, services
from stepwise.curriculum.models import Exercise, ExerciseCheck, Topic


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
    spec = admin_code.PrettyJSONField(
        help_text="What learners see, but for the code below.", required=False
    )
    private_spec = admin_code.PrettyJSONField(
        help_text="What only instructors and the grader see, but for the code below.",
        required=False,
    )

    class Meta:
        model = Exercise
        fields = "__all__"  # noqa: DJ007 - every editable field; what the services keep is not

    # One textarea per piece of code in the specs (admin_code.CODE_PIECES).
    code_starter = admin_code.code_field("Starter")
    code_solution = admin_code.code_field("Reference solution")
    code_wrong_answers = admin_code.code_field("Wrong answers")
    code_harness = admin_code.code_field("Test harness")
    code_reference = admin_code.code_field("Reference implementation (pytest)")
    code_schema = admin_code.code_field("SQL schema")
    code_seed = admin_code.code_field("SQL seed")
    code_check_query = admin_code.code_field("SQL check query")
    code_files = admin_code.code_field("Project files")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        admin_code.show_code(self)

    def clean(self):
        cleaned = super().clean()
        _refuse_file_owned(self)
        if self.errors or not cleaned.get("kind"):
            return cleaned  # the fields' own errors first
        admin_code.merge_code_fields(self, cleaned)
        if self.errors:
            return cleaned
        try:
            cleaned.update(
                services.exercise_clean(
                    kind=cleaned["kind"],
                    spec=cleaned["spec"],
                    private_spec=cleaned["private_spec"],
                    hints=cleaned.get("hints"),
                    limits=cleaned.get("limits"),
                )
            )
            services.exercise_check_publishable(exercise=self._as_saved(cleaned))
        except InvalidChange as exc:
            add_domain_errors(self, exc)
        return cleaned

    def _as_saved(self, cleaned: dict) -> Exercise:
        """The row as this form would store it (the instance is updated only after clean)."""
        candidate = copy.copy(self.instance)
        for field in ("kind", "spec", "private_spec", "limits", "published"):
            setattr(candidate, field, cleaned.get(field, getattr(candidate, field)))
        return candidate


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    form = ExerciseAdminForm
    list_display = ["title", "slug", "topic", "kind", "difficulty", "points", "published"]
    list_filter = ["kind", "difficulty", "published", "topic", "origin"]
    search_fields = ["title", "slug"]
    list_select_related = ["topic"]
    readonly_fields = ["origin", "owner"]  # origin changes only through content_sync --adopt
    fieldsets = [
        (None, {"fields": ["topic", "slug", "title", "kind", "difficulty", "points", "order",
                           "published", "origin", "owner"]}),
        ("Prompt", {"fields": ["prompt_markdown", "hints"]}),
        ("Code", {"fields": [name for name, *_ in admin_code.CODE_PIECES]}),
        ("Specs and limits", {"fields": ["spec", "private_spec", "limits"]}),
    ]  # fmt: skip
    actions = ["run_check"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.owner = request.user
        services.exercise_save(exercise=obj)

    @admin.action(description="Check the selected exercises (reference, starter, wrong answers)")
    def run_check(self, request, queryset):
        for exercise in queryset:
            check = checks.check_start(exercise=exercise, user=request.user)
            if check.status == ExerciseCheck.Status.DONE:
                level = messages.SUCCESS if check.passed else messages.WARNING
                outcome = (
                    "passed"
                    if check.passed
                    else "failed: "
                    + "; ".join(checks.failure_sentence(e) for e in check.results if not e["ok"])
                )
                self.message_user(request, f"{exercise.slug}: check {outcome}", level)
            else:
                self.message_user(
                    request, f"{exercise.slug}: check {check.pk} queued for the workers"
                )


@admin.register(ExerciseCheck)
class ExerciseCheckAdmin(admin.ModelAdmin):
    list_display = ["exercise", "tests_version", "status", "passed", "created_at"]
    list_filter = ["status", "passed"]
    list_select_related = ["exercise"]
    readonly_fields = [f.name for f in ExerciseCheck._meta.fields]

    def has_add_permission(self, request):
        return False  # a check starts from the exercise (the action above, or the API)

    def has_change_permission(self, request, obj=None):
        return False
