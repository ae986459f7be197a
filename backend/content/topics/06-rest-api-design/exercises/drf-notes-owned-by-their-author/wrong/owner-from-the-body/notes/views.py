# Mistake: the owner comes from the request body (the serializer field) instead of the user.
from rest_framework import permissions, viewsets

from notes.models import Note
from notes.serializers import NoteSerializer


class NoteViewSet(viewsets.ModelViewSet):
    serializer_class = NoteSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        mine = Note.objects.filter(owner=self.request.user)
        return mine.select_related("owner").order_by("id")
