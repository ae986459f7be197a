"""Topics on the roadmap and the exercises that belong to them."""

import hashlib
import json

from django.conf import settings
from django.db import models

from grading.kinds import SANDBOXED
from grading.limits import Limits


class Origin(models.TextChoices):
    # Content synced from backend/content is owned by the files; the sync command leaves
    # rows written through the API alone unless asked.
    FILES = "files", "Content files"
    API = "api", "API or admin"


class Topic(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=500, blank=True)
    lesson_markdown = models.TextField(blank=True)
    lesson_html = models.TextField(blank=True, editable=False)
    order = models.PositiveIntegerField(default=0)
    prerequisites = models.ManyToManyField(
        "self", symmetrical=False, related_name="unlocks", blank=True
    )
    published = models.BooleanField(default=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.API)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.title


class Exercise(models.Model):
    class Kind(models.TextChoices):
        CHOICE = "choice", "Multiple choice"
        TEXT = "text", "Short text answer"
        CODE = "code", "Python code"
        SQL = "sql", "SQL query"
        HTTP = "http", "WSGI application"
        PYTEST = "pytest", "Tests written with pytest"
        DJANGO = "django", "A Django project"

    class Difficulty(models.TextChoices):
        EASY = "easy", "Easy"
        MEDIUM = "medium", "Medium"
        HARD = "hard", "Hard"

    SANDBOXED_KINDS = SANDBOXED  # from the grader's registry of kinds

    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="exercises")
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    difficulty = models.CharField(
        max_length=10, choices=Difficulty.choices, default=Difficulty.EASY
    )
    points = models.PositiveSmallIntegerField(default=10)
    order = models.PositiveIntegerField(default=0)
    prompt_markdown = models.TextField(blank=True)
    prompt_html = models.TextField(blank=True, editable=False)
    hints = models.JSONField(default=list, blank=True)
    limits = models.JSONField(default=dict, blank=True)
    # What learners may see (options, starter code, SQL schema) ...
    spec = models.JSONField(default=dict)
    # ... and what they must never see (correct options, accepted answers, tests, solution).
    private_spec = models.JSONField(default=dict)
    published = models.BooleanField(default=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.API)
    # The instructor who made it through the API (or copied it); only they and admins change
    # it. None for rows the files own and for rows made before owners were recorded.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )  # fmt: skip
    # Which version of its grading (kind, specs, limits) the exercise is at: 1 when created,
    # one more whenever what a grading depends on changes, however it is saved (API, admin,
    # content_sync). A submission records the version it was graded against.
    tests_version = models.PositiveIntegerField(default=1, editable=False)
    grading_digest = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["topic__order", "order", "slug"]
        indexes = [models.Index(fields=["topic", "order"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        digest = self.current_grading_digest()
        if digest != self.grading_digest:
            if self.grading_digest:  # not the first save: what grading depends on changed
                self.tests_version += 1
            self.grading_digest = digest
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "tests_version",
                                           "grading_digest"}  # fmt: skip
        super().save(*args, **kwargs)

    @property
    def effective_limits(self) -> dict[str, int]:
        """The limits grading applies: the exercise's own where it sets them, else the
        defaults (`limits` stores only what the author set)."""
        return Limits.from_dict(self.limits).to_dict()

    def current_grading_digest(self) -> str:
        grading = {"kind": self.kind, "spec": self.spec, "private_spec": self.private_spec,
                   "limits": self.limits}  # fmt: skip
        canonical = json.dumps(grading, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(canonical.encode()).hexdigest()

    @property
    def is_sandboxed(self) -> bool:
        return self.kind in self.SANDBOXED_KINDS


class ExerciseCheck(models.Model):
    """A check of an exercise as stored: its reference solution must pass every test, its
    starter and each listed wrong answer must fail at least one (for choice and text
    exercises, the correct options and accepted answers must be consistent). `results` holds
    one entry per answer, filled in as each is graded (see `curriculum.checks`). A check
    speaks for the content it checked, named by `grading_digest`: an edit makes it stale."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        ERROR = "error", "Error"

    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="checks")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    tests_version = models.PositiveIntegerField()
    grading_digest = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    passed = models.BooleanField(null=True, blank=True)
    results = models.JSONField(default=list)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["exercise", "grading_digest"])]

    def __str__(self) -> str:
        return f"check of {self.exercise_id} v{self.tests_version}: {self.status}"

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def checked(self) -> int:
        return sum(1 for result in self.results if result.get("ok") is not None)

    def problems(self) -> list[str]:
        """What failed, one sentence per answer that did not get what it must (none unless
        the check is done)."""
        if self.status != self.Status.DONE:
            return []
        return [_failure_sentence(entry) for entry in self.results if not entry.get("ok")]


def _failure_sentence(entry: dict) -> str:
    name = entry["name"]
    if entry.get("error"):
        return f"{name}: could not be graded ({entry['error']})"
    if entry["must_pass"]:
        tests = ", ".join(test["name"] for test in entry["failing_tests"]) or "none named"
        return f"{name} fails the tests: {tests}"
    return f"{name} passes every test, so the tests do not catch it"
