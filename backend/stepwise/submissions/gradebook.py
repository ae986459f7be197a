"""A class's gradebook: learners x assignments, each cell the score that counts.

For each learner, assignment and exercise the score that counts is the best of: an on-time
graded submission's score, and a late one's score times the assignment's late multiplier.
Work before the assignment opened or after its cut-off does not count. An assignment's cell is
the points earned (exercise points x score that counts) out of its points. Built from a fixed
number of queries whatever the size of the class."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Case, F, FloatField, Max, Value, When

from stepwise.classes.models import Classroom, due_and_cutoff
from stepwise.classes.selectors import assignments_of_class, assignments_of_learner, roster
from stepwise.submissions.models import AssignmentWork, Submission


@dataclass
class Cell:
    points: float = 0.0
    late: bool = False  # some of the points came from late work
    exercises: dict = field(default_factory=dict)  # exercise slug -> {"score", "late"}


@dataclass
class Gradebook:
    classroom: Classroom
    assignments: list  # Assignment, with .assignment_exercises prefetched
    learners: list  # User
    cells: dict  # (learner_id, assignment_id) -> Cell
    extensions: dict  # (learner_id, assignment_id) -> due_at

    def possible(self, assignment) -> int:
        return sum(item.exercise.points for item in assignment.assignment_exercises.all())

    def cell(self, learner, assignment) -> Cell:
        return self.cells.get((learner.pk, assignment.pk)) or Cell()

    def total(self, learner) -> float:
        return round(sum(self.cell(learner, a).points for a in self.assignments), 2)

    def assignment_average(self, assignment) -> float | None:
        if not self.learners:
            return None
        earned = sum(self.cell(learner, assignment).points for learner in self.learners)
        return round(earned / len(self.learners), 2)


def gradebook(*, classroom: Classroom) -> Gradebook:
    assignments = list(assignments_of_class(classroom=classroom))
    learners = [membership.learner for membership in roster(classroom=classroom)]
    counted = Case(
        When(timing=AssignmentWork.Timing.ON_TIME, then=F("submission__score")),
        When(
            timing=AssignmentWork.Timing.LATE,
            then=F("submission__score") * F("assignment__late_multiplier"),
        ),
        default=Value(0.0),
        output_field=FloatField(),
    )
    on_time = Case(
        When(timing=AssignmentWork.Timing.ON_TIME, then=F("submission__score")),
        default=Value(0.0),
        output_field=FloatField(),
    )
    best = (
        AssignmentWork.objects.filter(
            assignment__classroom=classroom,
            submission__status=Submission.Status.COMPLETED,
            learner__class_memberships__classroom=classroom,
        )
        .values("learner_id", "assignment_id", "exercise_id")
        .annotate(best=Max(counted), best_on_time=Max(on_time))
        .order_by()
    )
    points = {
        (assignment.pk, item.exercise_id): (item.exercise.slug, item.exercise.points)
        for assignment in assignments
        for item in assignment.assignment_exercises.all()
    }
    cells: dict = {}
    for row in best:
        key = (row["assignment_id"], row["exercise_id"])
        if key not in points:  # an exercise since taken out of the assignment
            continue
        slug, worth = points[key]
        score = row["best"] or 0.0
        late = score > (row["best_on_time"] or 0.0)
        cell = cells.setdefault((row["learner_id"], row["assignment_id"]), Cell())
        cell.exercises[slug] = {"score": round(score, 4), "late": late}
        cell.points = round(cell.points + worth * score, 2)
        cell.late = cell.late or late
    extensions = {
        (extension.learner_id, assignment.pk): extension.due_at
        for assignment in assignments
        for extension in assignment.extensions.all()
    }
    return Gradebook(classroom, assignments, learners, cells, extensions)


# --- the CSV export --------------------------------------------------------------------------

# A cell starting with one of these is a formula to a spreadsheet: a display name such as
# "=HYPERLINK(...)" must arrive as text, so it is prefixed with an apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell_text(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_rows(book: Gradebook):
    """The header, then one row per learner: each exercise's points, each assignment's total
    (with an L when late work counts in it), the learner's total."""
    header = ["username", "display_name"]
    for assignment in book.assignments:
        for item in assignment.assignment_exercises.all():
            header.append(f"{assignment.title} / {item.exercise.slug} ({item.exercise.points})")
        header.append(f"{assignment.title} total ({book.possible(assignment)})")
        header.append(f"{assignment.title} late")
    header.append(f"total ({sum(book.possible(a) for a in book.assignments)})")
    yield [_cell_text(value) for value in header]
    for learner in book.learners:
        row = [learner.username, learner.display_name]
        for assignment in book.assignments:
            cell = book.cell(learner, assignment)
            for item in assignment.assignment_exercises.all():
                score = (cell.exercises.get(item.exercise.slug) or {}).get("score", 0.0)
                row.append(round(item.exercise.points * score, 2))
            row += [cell.points, "L" if cell.late else ""]
        row.append(book.total(learner))
        yield [_cell_text(value) for value in row]


# --- what a learner sees of their assignments ------------------------------------------------

DUE_SOON = timedelta(hours=48)


def _state(assignment, due, cutoff, now) -> str:
    if now < assignment.opens_at:
        return "upcoming"
    if now <= due:
        return "due_soon" if due - now <= DUE_SOON else "open"
    if cutoff is not None and now > cutoff:
        return "closed"
    return "late"


def my_assignments(*, learner, now) -> list[dict]:
    """`learner`'s assignments with their own due time, state and each exercise's status."""
    assignments = list(assignments_of_learner(learner=learner))
    work = AssignmentWork.objects.filter(
        learner=learner, assignment_id__in=[a.pk for a in assignments]
    ).values_list("assignment_id", "exercise_id", "timing", "submission__verdict")
    seen: dict = {}
    for assignment_id, exercise_id, when, verdict in work:
        statuses = seen.setdefault((assignment_id, exercise_id), set())
        statuses.add(when if verdict == Submission.Verdict.ACCEPTED else "attempted")
    items = []
    for assignment in assignments:
        due, cutoff = due_and_cutoff(assignment, assignment.extension_due)
        exercises = []
        for item in assignment.assignment_exercises.all():
            found = seen.get((assignment.pk, item.exercise_id), set())
            if AssignmentWork.Timing.ON_TIME in found:
                status = "solved"
            elif AssignmentWork.Timing.LATE in found:
                status = "solved_late"
            elif AssignmentWork.Timing.TOO_LATE in found:
                status = "too_late"
            else:
                status = "attempted" if found else "not_started"
            exercises.append({"exercise": item.exercise, "status": status})
        items.append(
            {
                "id": assignment.pk,
                "title": assignment.title,
                "class_id": assignment.classroom_id,
                "class_name": assignment.classroom.name,
                "opens_at": assignment.opens_at,
                "due_at": due,
                "cutoff_at": cutoff,
                "extended": assignment.extension_due is not None,
                "late_multiplier": assignment.late_multiplier,
                "state": _state(assignment, due, cutoff, now),
                "exercises": exercises,
            }
        )
    return items


def as_data(book: Gradebook) -> dict:
    """The gradebook as plain values, in the shape of `GradebookSerializer`."""
    assignments = [
        {
            "id": assignment.pk,
            "title": assignment.title,
            "due_at": assignment.due_at,
            "points": book.possible(assignment),
            "average": book.assignment_average(assignment),
            "exercises": [
                {"slug": i.exercise.slug, "title": i.exercise.title, "points": i.exercise.points}
                for i in assignment.assignment_exercises.all()
            ],
        }
        for assignment in book.assignments
    ]
    rows = []
    for learner in book.learners:
        cells = []
        for assignment in book.assignments:
            cell = book.cell(learner, assignment)
            due = book.extensions.get((learner.pk, assignment.pk), assignment.due_at)
            cells.append({"assignment": assignment.pk, "points": cell.points, "late": cell.late,
                          "due_at": due, "exercises": cell.exercises})  # fmt: skip
        rows.append(
            {
                "learner": {
                    "id": learner.pk,
                    "username": learner.username,
                    "display_name": learner.display_name,
                },
                "total": book.total(learner),
                "cells": cells,
            }
        )
    return {
        "class_id": book.classroom.pk,
        "class_name": book.classroom.name,
        "points": sum(a["points"] for a in assignments),
        "assignments": assignments,
        "rows": rows,
    }
