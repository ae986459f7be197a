# Mistake: no test is marked with django_db, so pytest-django refuses them the database and
# every test that makes a user or a task errors, on the correct view too.
import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from tasks.models import Task

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


def test_the_list_holds_only_my_tasks_newest_first(ann, api):
    bob = User.objects.create_user("bob")
    first = Task.objects.create(owner=ann, title="Buy milk")
    Task.objects.create(owner=bob, title="Not mine")
    second = Task.objects.create(owner=ann, title="Call mum")
    assert api.get(URL).json() == [
        {"id": second.id, "title": "Call mum", "done": False},
        {"id": first.id, "title": "Buy milk", "done": False},
    ]


def test_a_new_task_answers_201_and_belongs_to_me(ann, api):
    bob = User.objects.create_user("bob")
    response = api.post(URL, {"title": "Water plants", "owner": bob.id}, format="json")
    assert response.status_code == 201
    assert Task.objects.get().owner == ann


@pytest.mark.parametrize("title", ["", "x" * 61])
def test_a_bad_title_is_refused(api, title):
    assert api.post(URL, {"title": title}, format="json").status_code == 400
