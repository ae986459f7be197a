"""What the class endpoints read and write."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from stepwise.classes import selectors
from stepwise.classes.models import Assignment, AuditEvent, Classroom, Membership


class PersonSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    username = serializers.CharField()
    display_name = serializers.CharField()


class ClassroomSerializer(serializers.ModelSerializer):
    """A class as those who teach it see it, join code included."""

    owner = PersonSerializer(read_only=True)
    co_instructors = PersonSerializer(many=True, read_only=True)
    archived = serializers.BooleanField(source="is_archived", read_only=True)
    learner_count = serializers.IntegerField(read_only=True)
    role = serializers.SerializerMethodField(
        help_text="What the reader is to this class: `owner`, `co_instructor` or `admin`."
    )

    class Meta:
        model = Classroom
        fields = [
            "id", "name", "description", "starts_on", "ends_on", "owner", "co_instructors",
            "join_code", "on_learner_deletion", "archived", "archived_at", "learner_count",
            "role", "created_at",
        ]  # fmt: skip
        read_only_fields = fields

    @extend_schema_field(serializers.ChoiceField(choices=["owner", "co_instructor", "admin"]))
    def get_role(self, classroom) -> str:
        return selectors.role_in_class(user=self.context["request"].user, classroom=classroom)


class ClassroomWriteSerializer(serializers.ModelSerializer):
    name = serializers.CharField(max_length=120, allow_blank=False)
    description = serializers.CharField(max_length=2000, allow_blank=True, required=False)

    class Meta:
        model = Classroom
        fields = ["name", "description", "starts_on", "ends_on", "on_learner_deletion"]


class MyClassSerializer(serializers.ModelSerializer):
    """A class as its learners see it: no join code, no roster."""

    id = serializers.IntegerField(source="classroom.pk")
    name = serializers.CharField(source="classroom.name")
    description = serializers.CharField(source="classroom.description")
    starts_on = serializers.DateField(source="classroom.starts_on", allow_null=True)
    ends_on = serializers.DateField(source="classroom.ends_on", allow_null=True)
    archived = serializers.BooleanField(source="classroom.is_archived")
    on_learner_deletion = serializers.CharField(
        source="classroom.on_learner_deletion",
        help_text="What deleting your account does to your work in this class's gradebook.",
    )
    instructors = serializers.SerializerMethodField()

    class Meta:
        model = Membership
        fields = ["id", "name", "description", "starts_on", "ends_on", "archived",
                  "on_learner_deletion", "instructors", "joined_at"]  # fmt: skip
        read_only_fields = fields

    def get_instructors(self, membership) -> list[str]:
        classroom = membership.classroom
        people = [classroom.owner, *classroom.co_instructors.all()]
        return [person.display_name or person.username for person in people]


class RosterEntrySerializer(serializers.ModelSerializer):
    learner = PersonSerializer()

    class Meta:
        model = Membership
        fields = ["learner", "joined_at"]
        read_only_fields = fields


class JoinSerializer(serializers.Serializer):
    code = serializers.CharField(
        max_length=32, help_text="The class's join code; case, spaces and dashes do not matter."
    )


class CoInstructorAddSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150, help_text="An instructor's username.")


class AuditEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = AuditEvent
        fields = ["id", "at", "action", "actor_id", "actor_username", "class_id", "class_name",
                  "subject_id", "subject_username"]  # fmt: skip
        read_only_fields = fields


class ClassQuerySerializer(serializers.Serializer):
    """`?class=<id>`: narrow an instructor's read to one class they teach."""

    def to_internal_value(self, data):
        # Query strings are text: "12" is accepted here, unlike in the strict JSON bodies.
        raw = data.get("class")
        if raw is None:
            return {}
        if not (isinstance(raw, str) and raw.isascii() and raw.isdigit() and len(raw) <= 18):
            raise serializers.ValidationError({"class": ["A class id: a positive whole number."]})
        return super().to_internal_value({"class": int(raw)})

    def get_fields(self):
        # `class` is a Python keyword: the field is added by name.
        return {
            "class": serializers.IntegerField(
                required=False,
                min_value=1,
                max_value=2**63 - 1,
                help_text="Only the learners of this class, one you teach (404 for any other).",
            )
        }


class AssignmentExerciseSerializer(serializers.Serializer):
    slug = serializers.CharField(source="exercise.slug")
    title = serializers.CharField(source="exercise.title")
    kind = serializers.CharField(source="exercise.kind")
    points = serializers.IntegerField(source="exercise.points")


class ExtensionSerializer(serializers.Serializer):
    learner = PersonSerializer()
    due_at = serializers.DateTimeField()


class AssignmentSerializer(serializers.ModelSerializer):
    """An assignment as those who teach the class see it, extensions included."""

    exercises = AssignmentExerciseSerializer(source="assignment_exercises", many=True)
    extensions = ExtensionSerializer(many=True)
    points = serializers.SerializerMethodField()

    class Meta:
        model = Assignment
        fields = ["id", "title", "opens_at", "due_at", "late_multiplier", "cutoff_at",
                  "exercises", "points", "extensions", "created_at"]  # fmt: skip
        read_only_fields = fields

    def get_points(self, assignment) -> int:
        return sum(item.exercise.points for item in assignment.assignment_exercises.all())


class AssignmentWriteSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200)
    opens_at = serializers.DateTimeField(help_text="ISO 8601 with a time zone; stored in UTC.")
    due_at = serializers.DateTimeField(help_text="Work up to and including this time is on time.")
    late_multiplier = serializers.FloatField(
        min_value=0.0,
        max_value=1.0,
        default=1.0,
        help_text="What late work counts for: 1 flags it only, 0.5 halves it, 0 counts nothing.",
    )
    cutoff_at = serializers.DateTimeField(
        required=False,
        allow_null=True,
        default=None,
        help_text="After this time work no longer counts (null: late work always counts).",
    )
    exercises = serializers.ListField(
        child=serializers.SlugField(max_length=80),
        min_length=1,
        max_length=50,
        help_text="Exercise slugs, in the order the learners should do them.",
    )


class ExtensionWriteSerializer(serializers.Serializer):
    due_at = serializers.DateTimeField(
        help_text="The learner's own due time, later than the class's."
    )


class MyAssignmentExerciseSerializer(AssignmentExerciseSerializer):
    status = serializers.CharField(
        help_text="`not_started`, `attempted`, `solved` (on time), `solved_late`, or `too_late`."
    )


class MyAssignmentSerializer(serializers.Serializer):
    """An assignment as a learner of the class sees it: their own due time and status."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    class_id = serializers.IntegerField()
    class_name = serializers.CharField()
    opens_at = serializers.DateTimeField()
    due_at = serializers.DateTimeField(help_text="Your due time: an extension moves it.")
    cutoff_at = serializers.DateTimeField(allow_null=True)
    extended = serializers.BooleanField()
    late_multiplier = serializers.FloatField()
    state = serializers.CharField(
        help_text="`upcoming` (not open yet), `open`, `due_soon` (within 48 hours), `late` "
        "(past due, late work still counts), `closed` (past the cut-off)."
    )
    exercises = MyAssignmentExerciseSerializer(many=True)
