# Mistake: get_object_or_404 raises Http404, and Django answers it with its HTML error page, not the JSON the API promises.
import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from boards.models import Board, Task


def task_json(task):
    return {"id": task.id, "title": task.title, "done": task.done}


def not_found(what):
    return JsonResponse({"error": f"{what} not found"}, status=404)


@require_http_methods(["GET", "POST"])
def task_list(request, board):
    found = get_object_or_404(Board, slug=board)
    if request.method == "POST":
        try:
            data = json.loads(request.body)
        except ValueError:
            data = None
        title = data.get("title") if isinstance(data, dict) else None
        if not isinstance(title, str) or not title.strip():
            return JsonResponse({"error": "title is required"}, status=400)
        task = Task.objects.create(board=found, title=title.strip())
        return JsonResponse(task_json(task), status=201)
    tasks = [task_json(task) for task in found.tasks.order_by("id")]
    return JsonResponse({"board": found.slug, "tasks": tasks})


@require_http_methods(["GET", "DELETE"])
def task_detail(request, board, task_id):
    task = get_object_or_404(Task, board__slug=board, id=task_id)
    if request.method == "DELETE":
        task.delete()
        return HttpResponse(status=204)
    return JsonResponse(task_json(task))
