# Mistake: the owner is a writable field, so a client can create notes in someone else's name.
from rest_framework import serializers

from notes.models import Note


class NoteSerializer(serializers.ModelSerializer):
    owner = serializers.SlugRelatedField(slug_field="username", read_only=False, queryset=Note.owner.field.related_model.objects.all())

    class Meta:
        model = Note
        fields = ["id", "title", "body", "owner"]
