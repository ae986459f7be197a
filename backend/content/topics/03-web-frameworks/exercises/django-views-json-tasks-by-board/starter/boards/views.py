import json

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_http_methods

from boards.models import Board, Task


def task_list(request, board):
    return JsonResponse({"board": board, "tasks": []})


def task_detail(request, board, task_id):
    return JsonResponse({"error": "task not found"}, status=404)
