"""What the class endpoints read and write."""

from rest_framework import serializers

from stepwise.classes import selectors
from stepwise.classes.models import AuditEvent, Classroom, Membership


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
            "join_code", "archived", "archived_at", "learner_count", "role", "created_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_role(self, classroom) -> str:
        return selectors.role_in_class(user=self.context["request"].user, classroom=classroom)


class ClassroomWriteSerializer(serializers.ModelSerializer):
    name = serializers.CharField(max_length=120, allow_blank=False)
    description = serializers.CharField(max_length=2000, allow_blank=True, required=False)

    class Meta:
        model = Classroom
        fields = ["name", "description", "starts_on", "ends_on"]


class MyClassSerializer(serializers.ModelSerializer):
    """A class as its learners see it: no join code, no roster."""

    id = serializers.IntegerField(source="classroom.pk")
    name = serializers.CharField(source="classroom.name")
    description = serializers.CharField(source="classroom.description")
    starts_on = serializers.DateField(source="classroom.starts_on")
    ends_on = serializers.DateField(source="classroom.ends_on")
    archived = serializers.BooleanField(source="classroom.is_archived")
    instructors = serializers.SerializerMethodField()

    class Meta:
        model = Membership
        fields = ["id", "name", "description", "starts_on", "ends_on", "archived",
                  "instructors", "joined_at"]  # fmt: skip
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
