import pytest

pytestmark = pytest.mark.django_db


def test_it_lists_topics_for_a_signed_in_learner(learner_api):
    response = learner_api.get("/api/v1/topics/")
    assert response.status_code == 200
    assert response.json()["results"] == []
