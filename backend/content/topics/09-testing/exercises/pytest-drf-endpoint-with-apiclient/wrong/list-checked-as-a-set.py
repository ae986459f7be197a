# Mistake: compares the listed titles as a set, which says which tasks are there but not in
# what order, and checks only a long title, never an empty one.
import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from tasks.models import Task

pytestmark = pytest.mark.django_db
URL = "/api/tasks/"


@pytest.fixture
def ann():
    return User.objects.create_user("ann")


@pytest.fixture
def api(ann):
    client = APIClient()
    client.force_authenticate(ann)
    return client


def test_someone_signed_out_is_refused():
    assert APIClient().get(URL).status_code == 403


def test_the_list_holds_only_my_tasks(ann, api):
    bob = User.objects.create_user("bob")
    Task.objects.create(owner=ann, title="Buy milk")
    Task.objects.create(owner=bob, title="Not mine")
    Task.objects.create(owner=ann, title="Call mum")
    response = api.get(URL)
    assert response.status_code == 200
    assert {task["title"] for task in response.json()} == {"Buy milk", "Call mum"}


def test_a_new_task_answers_201_and_belongs_to_me(ann, api):
    bob = User.objects.create_user("bob")
    response = api.post(URL, {"title": "Water plants", "owner": bob.id}, format="json")
    assert response.status_code == 201
    assert Task.objects.get().owner == ann


def test_a_long_title_is_refused(api):
    assert api.post(URL, {"title": "x" * 61}, format="json").status_code == 400
