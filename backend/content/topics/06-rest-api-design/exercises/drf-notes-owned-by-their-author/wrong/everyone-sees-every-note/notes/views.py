# Mistake: the queryset is every note, so anyone signed in reads the notes of others.
from rest_framework import permissions, viewsets

from notes.models import Note
from notes.serializers import NoteSerializer


class NoteViewSet(viewsets.ModelViewSet):
    serializer_class = NoteSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        mine = Note.objects.all()
        return mine.select_related("owner").order_by("id")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
