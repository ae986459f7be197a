from rest_framework import permissions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from tasks.models import Task


class TaskSerializer(serializers.ModelSerializer):
    title = serializers.CharField(trim_whitespace=True)
    owner = serializers.HiddenField(default=serializers.CurrentUserDefault())

    class Meta:
        model = Task
        fields = ["id", "title", "done", "owner"]


class TaskList(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def get(self, request):
        tasks = Task.objects.filter(owner=request.user).order_by("-id")
        return Response(TaskSerializer(tasks, many=True).data)

    def post(self, request):
        serializer = TaskSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return Response(serializer.data, status=status.HTTP_201_CREATED)
