"""Classes: an instructor's group of learners. Who teaches a class decides whose work an
instructor may read (see `selectors.learners_taught_by`)."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q


class Classroom(models.Model):
    """A class ("class" is a Python keyword). Its owner created it; co-instructors teach it
    too. Learners join with `join_code` while it is set (None: joining is closed). An archived
    class is read-only: nobody joins, leaves or is removed, and its details do not change."""

    name = models.CharField(max_length=120)
    description = models.TextField(blank=True, max_length=2000)
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="owned_classes"
    )
    co_instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="co_taught_classes"
    )

    class OnLearnerDeletion(models.TextChoices):
        REMOVE = "remove", "Remove their work from the gradebook"
        ANONYMISE = "anonymise", "Keep their scores under an anonymous name"

    join_code = models.CharField(max_length=12, unique=True, null=True, blank=True)
    # Chosen ahead of time, so a learner knows on joining what deleting their account does here.
    on_learner_deletion = models.CharField(
        max_length=10, choices=OnLearnerDeletion.choices, default=OnLearnerDeletion.REMOVE
    )
    archived_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__isnull=True)
                | Q(ends_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="classes_classroom_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class Membership(models.Model):
    """A learner in a class."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="memberships")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="class_memberships"
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["joined_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["classroom", "learner"], name="classes_membership_once_per_class"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} in {self.classroom_id}"


class AuditEvent(models.Model):
    """An append-only record of a change to who is in a class (and, later, of regrades):
    written by the services, readable by admins, never updated or deleted through the app."""

    class Action(models.TextChoices):
        CLASS_CREATED = "class_created", "Class created"
        CLASS_ARCHIVED = "class_archived", "Class archived"
        CLASS_RESTORED = "class_restored", "Class restored"
        JOIN_CODE_ROTATED = "join_code_rotated", "Join code rotated"
        JOIN_CODE_DISABLED = "join_code_disabled", "Join code disabled"
        ACCOUNT_DELETED = "account_deleted", "A learner deleted their account"
        LEARNER_JOINED = "learner_joined", "Learner joined"
        LEARNER_LEFT = "learner_left", "Learner left"
        LEARNER_REMOVED = "learner_removed", "Learner removed"
        INSTRUCTOR_ADDED = "instructor_added", "Co-instructor added"
        INSTRUCTOR_REMOVED = "instructor_removed", "Co-instructor removed"

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=40, choices=Action.choices)
    # Kept as plain values, not foreign keys: the record outlives the class and the accounts.
    actor_id = models.BigIntegerField(null=True)
    actor_username = models.CharField(max_length=150, blank=True)
    class_id = models.BigIntegerField(null=True, db_index=True)
    class_name = models.CharField(max_length=120, blank=True)
    subject_id = models.BigIntegerField(null=True)
    subject_username = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} by {self.actor_username or '?'}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("audit events are never changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("audit events are never deleted")


class Assignment(models.Model):
    """Exercises a class must do between `opens_at` and `due_at`. Work after the due time is
    late: it counts times `late_multiplier` (1: flagged only), and not at all after `cutoff_at`
    when one is set. A learner's extension moves both times for that learner."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    title = models.CharField(max_length=200)
    opens_at = models.DateTimeField()
    due_at = models.DateTimeField()
    late_multiplier = models.FloatField(default=1.0)
    cutoff_at = models.DateTimeField(null=True, blank=True)
    exercises = models.ManyToManyField(
        "curriculum.Exercise", through="AssignmentExercise", related_name="assignments"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(due_at__gt=F("opens_at")), name="classes_assignment_due_after_open"
            ),
            models.CheckConstraint(
                condition=Q(cutoff_at__isnull=True) | Q(cutoff_at__gte=F("due_at")),
                name="classes_assignment_cutoff_after_due",
            ),
            models.CheckConstraint(
                condition=Q(late_multiplier__gte=0) & Q(late_multiplier__lte=1),
                name="classes_assignment_multiplier_0_to_1",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class AssignmentExercise(models.Model):
    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="assignment_exercises"
    )
    exercise = models.ForeignKey("curriculum.Exercise", on_delete=models.PROTECT)
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "exercise"], name="classes_assignment_exercise_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assignment_id}:{self.position}"


class Extension(models.Model):
    """A later due time for one learner (an accommodation); the cut-off moves by as much."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="extensions")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="extensions"
    )
    due_at = models.DateTimeField()
    granted_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "learner"], name="classes_extension_once_per_learner"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner_id} until {self.due_at:%Y-%m-%d %H:%M}"


def due_and_cutoff(assignment: Assignment, extension_due=None) -> tuple:
    """One learner's due time and cut-off: an extension moves both by as much."""
    due = extension_due or assignment.due_at
    cutoff = assignment.cutoff_at
    if cutoff is not None and due > assignment.due_at:
        cutoff += due - assignment.due_at
    return due, cutoff


def timing(*, submitted_at, assignment: Assignment, extension_due=None) -> str:
    """When work arrived for an assignment, for one learner: `early` (before it opened; it
    does not count), `on_time` (up to and including the due time), `late` (counts times the
    late multiplier) or `too_late` (after the cut-off; it does not count)."""
    due, cutoff = due_and_cutoff(assignment, extension_due)
    if submitted_at < assignment.opens_at:
        return "early"
    if submitted_at <= due:
        return "on_time"
    if cutoff is not None and submitted_at > cutoff:
        return "too_late"
    return "late"
