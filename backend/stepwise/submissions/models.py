"""Submissions: a learner's answer to an exercise and, once graded, its result."""

from django.conf import settings
from django.db import models

from grading.results import TestStatus
from grading.results import Verdict as GradingVerdict
from stepwise.common.querysets import OwnedRowsQuerySet

TEST_STATUS_CHOICES = [
    (status.value, status.value.replace("_", " ").capitalize()) for status in TestStatus
]


class Submission(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        COMPLETED = "completed", "Completed"
        # The platform failed, not the learner: no verdict is given.
        ERROR = "error", "Error"

    # The grader's verdicts, stated once in `grading.results`, as model choices with labels
    # ("wrong_answer" -> "Wrong answer").
    Verdict = models.TextChoices(
        "Verdict",
        [(v.name, (v.value, v.value.replace("_", " ").capitalize())) for v in GradingVerdict],
    )

    FINAL_STATUSES = (Status.COMPLETED, Status.ERROR)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions"
    )
    exercise = models.ForeignKey(
        "curriculum.Exercise", on_delete=models.CASCADE, related_name="submissions"
    )
    answer = models.JSONField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    verdict = models.CharField(max_length=24, choices=Verdict.choices, blank=True, default="")
    score = models.FloatField(null=True, blank=True)
    tests = models.JSONField(default=list, blank=True)
    # What the answer as a whole did, said once (a syntax error, what raised, a limit hit),
    # and the line of the answer it points at.
    message = models.TextField(blank=True, default="")
    error_line = models.PositiveIntegerField(null=True, blank=True)
    # A platform error's explanation, or the grader's warnings (e.g. no sandbox available).
    detail = models.TextField(blank=True, default="")
    warnings = models.JSONField(default=list, blank=True)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    peak_memory_kb = models.PositiveIntegerField(null=True, blank=True)
    grading_attempts = models.PositiveSmallIntegerField(default=0)
    # The exercise's `tests_version` this result was graded against (None: not graded yet).
    tests_version = models.PositiveIntegerField(null=True, blank=True)
    regraded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = OwnedRowsQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        # One index per way the list is read, each ending in the list's order (newest first,
        # id to break ties) so a page is the first rows of one index range, however long the
        # history: a learner's own list, filtered by exercise or by verdict, and everyone's
        # work on one exercise (an admin's filter, the stats and regrade scopes).
        indexes = [
            models.Index(fields=["user", "-created_at", "-id"], name="submission_user_new"),
            models.Index(
                fields=["user", "exercise", "-created_at", "-id"],
                name="submission_user_exercise_new",
            ),
            models.Index(
                fields=["user", "verdict", "-created_at", "-id"],
                name="submission_user_verdict_new",
            ),
            models.Index(fields=["exercise", "-created_at", "-id"], name="submission_exercise_new"),
            models.Index(fields=["status", "updated_at"]),
        ]

    def __str__(self) -> str:
        return f"Submission {self.pk} ({self.status})"

    @property
    def is_final(self) -> bool:
        return self.status in self.FINAL_STATUSES


class AssignmentWork(models.Model):
    """A submission as work for one assignment that includes its exercise, with when it came
    (see `classes.models.timing`): recorded when the submission is made, so a gradebook needs no
    date arithmetic and a later change of the deadline does not rewrite history silently."""

    class Timing(models.TextChoices):
        EARLY = "early", "Before the assignment opened"
        ON_TIME = "on_time", "On time"
        LATE = "late", "Late"
        TOO_LATE = "too_late", "After the cut-off"

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="work")
    assignment = models.ForeignKey(
        "classes.Assignment", on_delete=models.CASCADE, related_name="work"
    )
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    exercise = models.ForeignKey("curriculum.Exercise", on_delete=models.CASCADE)
    timing = models.CharField(max_length=10, choices=Timing.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "assignment"], name="submissions_work_once_per_assignment"
            ),
        ]
        indexes = [models.Index(fields=["assignment", "learner"])]

    def __str__(self) -> str:
        return f"{self.submission_id} for {self.assignment_id}: {self.timing}"


class SubmissionHistory(models.Model):
    """A result a submission had before a regrade replaced it."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="history")
    verdict = models.CharField(max_length=24, blank=True)
    score = models.FloatField(null=True)
    tests = models.JSONField(default=list)
    tests_version = models.PositiveIntegerField(null=True)
    graded_at = models.DateTimeField(null=True)
    replaced_at = models.DateTimeField(auto_now_add=True)
    reason = models.CharField(max_length=200)

    class Meta:
        ordering = ["-replaced_at", "-id"]

    def __str__(self) -> str:
        return f"{self.submission_id}: {self.verdict or '-'} (v{self.tests_version})"


class RegradeJob(models.Model):
    """Regrading an exercise's submissions against its current tests: all of them (admins),
    or those of the learners of one class, or of every class the requester teaches. It goes in
    steps (tasks that each regrade a batch and queue the next), so it survives a worker dying:
    a submission already at `tests_version` is never regraded twice."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        SUPERSEDED = "superseded", "Superseded by a newer version of the tests"

    exercise = models.ForeignKey(
        "curriculum.Exercise", on_delete=models.CASCADE, related_name="regrades"
    )
    classroom = models.ForeignKey(
        "classes.Classroom", on_delete=models.SET_NULL, null=True, blank=True
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    everyone = models.BooleanField(default=False)  # an admin's regrade of every submission
    tests_version = models.PositiveIntegerField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    regraded = models.PositiveIntegerField(default=0)
    changed = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"regrade {self.exercise_id} to v{self.tests_version}: {self.status}"


class Tally(models.Model):
    """Running counts of submissions to an exercise, from which its stats are read without
    counting submissions. Kept by `tallies` in the transaction that makes, grades or regrades
    a submission, so they always agree with the submissions table."""

    exercise = models.ForeignKey("curriculum.Exercise", on_delete=models.CASCADE, related_name="+")
    attempts = models.PositiveIntegerField(default=0)  # submissions made, graded or not
    graded = models.PositiveIntegerField(default=0)  # status `completed`
    accepted = models.PositiveIntegerField(default=0)
    scored = models.PositiveIntegerField(default=0)  # graded with a score
    score_sum = models.FloatField(default=0.0)
    verdicts = models.JSONField(default=dict)  # verdict -> graded submissions
    failures = models.JSONField(default=dict)  # test name -> times it failed (not accepted)

    class Meta:
        abstract = True


class LearnerTally(Tally):
    """One learner's submissions to one exercise. A class's stats sum the rows of its
    learners, so joining or leaving a class needs no bookkeeping."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["exercise", "user"], name="one_tally_per_learner")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.exercise_id}: {self.attempts}"


class ExerciseTally(Tally):
    """Everyone's submissions to one exercise (the sum of its `LearnerTally` rows), with
    how many learners submitted and how many had an answer accepted."""

    exercise = models.OneToOneField(
        "curriculum.Exercise", on_delete=models.CASCADE, related_name="tally"
    )
    learners = models.PositiveIntegerField(default=0)
    solved_by = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.exercise_id}: {self.attempts}"


class Run(models.Model):
    """An answer tried against the visible tests of its exercise before it is submitted. Graded
    in the same sandbox and by the same workers as a submission, but never an attempt: nothing
    that counts submissions (history, stats, progress, gradebook, regrades) reads this table.
    Only the newest `KEPT_PER_EXERCISE` per learner and exercise are kept."""

    KEPT_PER_EXERCISE = 5

    Status = Submission.Status
    FINAL_STATUSES = Submission.FINAL_STATUSES

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    exercise = models.ForeignKey("curriculum.Exercise", on_delete=models.CASCADE, related_name="+")
    answer = models.JSONField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    verdict = models.CharField(
        max_length=24, choices=Submission.Verdict.choices, blank=True, default=""
    )
    score = models.FloatField(null=True, blank=True)
    tests = models.JSONField(default=list, blank=True)
    message = models.TextField(blank=True, default="")
    error_line = models.PositiveIntegerField(null=True, blank=True)
    detail = models.TextField(blank=True, default="")
    warnings = models.JSONField(default=list, blank=True)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    peak_memory_kb = models.PositiveIntegerField(null=True, blank=True)
    grading_attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "exercise", "-created_at", "-id"], name="run_user_new")
        ]

    def __str__(self) -> str:
        return f"Run {self.pk} ({self.status})"

    @property
    def is_final(self) -> bool:
        return self.status in self.FINAL_STATUSES


class Draft(models.Model):
    """A learner's unsubmitted answer to an exercise, saved as they type: one per learner and
    exercise, in the shape of a submission's answer."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    exercise = models.ForeignKey("curriculum.Exercise", on_delete=models.CASCADE, related_name="+")
    answer = models.JSONField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "exercise"], name="one_draft_per_exercise")
        ]
        indexes = [models.Index(fields=["user", "-updated_at", "-id"], name="draft_user_recent")]

    def __str__(self) -> str:
        return f"Draft of {self.user_id} on {self.exercise_id}"
