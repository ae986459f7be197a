import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from tasks.models import Task

pytestmark = pytest.mark.django_db


@pytest.fixture
def ann():
    return User.objects.create_user("ann")


def test_ann_sees_her_task(ann):
    task = Task.objects.create(owner=ann, title="Buy milk")
    client = APIClient()
    client.force_authenticate(ann)
    response = client.get("/api/tasks/")
    assert response.status_code == 200
    assert response.json() == [{"id": task.id, "title": "Buy milk", "done": False}]
