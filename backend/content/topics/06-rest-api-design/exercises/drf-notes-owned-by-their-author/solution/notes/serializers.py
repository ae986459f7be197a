from rest_framework import serializers

from notes.models import Note


class NoteSerializer(serializers.ModelSerializer):
    owner = serializers.CharField(source="owner.username", read_only=True)

    class Meta:
        model = Note
        fields = ["id", "title", "body", "owner"]
