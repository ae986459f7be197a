"""The roadmap: listing, reading and authoring topics."""

import pytest

from stepwise.curriculum.models import Topic
from tests.factories import ExerciseFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_learners_see_published_topics_in_roadmap_order(learner_api):
    second = TopicFactory(order=2, slug="second")
    first = TopicFactory(order=1, slug="first")
    TopicFactory(order=0, slug="draft", published=False)
    second.prerequisites.add(first)
    ExerciseFactory(topic=first)
    ExerciseFactory(topic=first, published=False)

    body = learner_api.get("/api/v1/topics/").json()

    assert [t["slug"] for t in body["results"]] == ["first", "second"]
    assert body["results"][0]["exercise_count"] == 1
    assert body["results"][1]["prerequisites"] == ["first"]


def test_instructors_also_see_unpublished_topics(instructor_api):
    TopicFactory(slug="draft", published=False)
    slugs = [t["slug"] for t in instructor_api.get("/api/v1/topics/").json()["results"]]
    assert slugs == ["draft"]


def test_a_topic_shows_its_sanitised_lesson_and_visible_exercises(learner_api):
    topic = TopicFactory(slug="web", lesson_markdown="x")
    topic.lesson_html = ""
    topic.save()
    from stepwise.curriculum.services import topic_update

    topic_update(
        topic=topic,
        lesson_markdown=(
            "# Hi\n\n<script>alert(1)</script>\n\n[a](javascript:x)\n\n## Two words\n\n"
            '## Two words\n\n<h2 id="result-heading" onclick="x()">Raw</h2>\n\n[TOC]'
        ),
    )
    ExerciseFactory(topic=topic, slug="visible")
    ExerciseFactory(topic=topic, slug="hidden-draft", published=False)

    body = learner_api.get("/api/v1/topics/web/").json()

    assert '<h1 id="section-hi">Hi</h1>' in body["lesson_html"]
    # Headings get unique ids for a table of contents; an id the author writes is prefixed
    # like the others, so it cannot stand in for one of the page's own.
    assert '<h2 id="section-two-words">' in body["lesson_html"]
    assert '<h2 id="section-two-words_1">' in body["lesson_html"]
    assert '<h2 id="section-result-heading">Raw</h2>' in body["lesson_html"]
    assert "<p>[TOC]</p>" in body["lesson_html"]
    assert "<script" not in body["lesson_html"]
    assert "javascript:" not in body["lesson_html"]
    assert [e["slug"] for e in body["exercises"]] == ["visible"]


def test_an_unpublished_topic_is_404_for_learners(learner_api):
    TopicFactory(slug="draft", published=False)
    response = learner_api.get("/api/v1/topics/draft/")
    assert response.status_code == 404
    assert response.json() == {"code": "not_found", "detail": "Not found."}


def test_learners_do_not_see_unpublished_topics_among_prerequisites(learner_api):
    draft = TopicFactory(slug="secret-draft", order=0, published=False)
    basics = TopicFactory(slug="basics", order=1)
    web = TopicFactory(slug="web", order=2)
    web.prerequisites.add(draft, basics)

    listed = learner_api.get("/api/v1/topics/").json()["results"]
    detail = learner_api.get("/api/v1/topics/web/").json()

    assert [t["prerequisites"] for t in listed] == [[], ["basics"]]
    assert detail["prerequisites"] == ["basics"]
    assert "secret-draft" not in str(listed) + str(detail)


def test_instructors_see_unpublished_topics_among_prerequisites(instructor_api):
    draft = TopicFactory(slug="secret-draft", order=0, published=False)
    web = TopicFactory(slug="web", order=2)
    web.prerequisites.add(draft)

    assert instructor_api.get("/api/v1/topics/web/").json()["prerequisites"] == ["secret-draft"]


def test_topics_need_authentication(api):
    assert api.get("/api/v1/topics/").status_code == 401


def test_an_instructor_creates_a_topic_with_prerequisites(instructor_api):
    TopicFactory(slug="basics")
    response = instructor_api.post(
        "/api/v1/topics/",
        {
            "slug": "next",
            "title": "Next",
            "lesson_markdown": "**bold**",
            "order": 5,
            "prerequisites": ["basics"],
        },
        format="json",
    )
    assert response.status_code == 201
    assert response.json()["lesson_html"] == "<p><strong>bold</strong></p>"
    assert response.json()["prerequisites"] == ["basics"]


def test_a_learner_cannot_create_a_topic(learner_api):
    response = learner_api.post("/api/v1/topics/", {"slug": "x", "title": "X"}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert not Topic.objects.exists()


def test_creating_a_topic_validates_slug_and_prerequisites(instructor_api):
    TopicFactory(slug="taken")
    response = instructor_api.post(
        "/api/v1/topics/",
        {"slug": "taken", "title": "X", "prerequisites": ["missing"]},
        format="json",
    )
    assert response.status_code == 400
    assert {"slug", "prerequisites"} <= response.json()["errors"].keys()


def test_a_slug_is_a_string_even_where_a_number_would_name_a_row(instructor_api):
    TopicFactory(slug="0")
    web = TopicFactory(slug="web")
    ExerciseFactory(topic=web, slug="quiz")
    response = instructor_api.patch("/api/v1/topics/web/", {"prerequisites": [0]}, format="json")
    assert response.status_code == 400
    assert "prerequisites" in response.json()["errors"]
    response = instructor_api.post("/api/v1/exercises/quiz/copy/", {"topic": 0}, format="json")
    assert response.status_code == 400
    assert "topic" in response.json()["errors"]


def test_an_instructor_updates_a_topic(instructor_api):
    TopicFactory(slug="web", title="Old")
    response = instructor_api.patch("/api/v1/topics/web/", {"title": "New"}, format="json")
    assert response.status_code == 200
    assert response.json()["title"] == "New"


def test_prerequisites_may_not_form_a_cycle(instructor_api):
    first = TopicFactory(slug="first")
    second = TopicFactory(slug="second")
    second.prerequisites.add(first)
    response = instructor_api.patch(
        "/api/v1/topics/first/", {"prerequisites": ["second"]}, format="json"
    )
    assert response.status_code == 400
    assert "prerequisites" in response.json()["errors"]


def test_a_learner_cannot_update_or_delete_a_topic(learner_api):
    TopicFactory(slug="web")
    assert (
        learner_api.patch("/api/v1/topics/web/", {"title": "x"}, format="json").status_code == 403
    )
    assert learner_api.delete("/api/v1/topics/web/").status_code == 403


def test_a_topic_with_exercises_cannot_be_deleted(instructor_api):
    ExerciseFactory(topic=TopicFactory(slug="web"))
    response = instructor_api.delete("/api/v1/topics/web/")
    assert response.status_code == 400
    assert Topic.objects.filter(slug="web").exists()


def test_an_empty_topic_can_be_deleted(instructor_api):
    TopicFactory(slug="web")
    assert instructor_api.delete("/api/v1/topics/web/").status_code == 204
    assert not Topic.objects.filter(slug="web").exists()


def test_page_size_is_bounded(learner_api):
    TopicFactory.create_batch(3)
    body = learner_api.get("/api/v1/topics/?page_size=100000").json()
    assert body["count"] == 3


def test_an_out_of_range_page_is_404(learner_api):
    TopicFactory()
    assert learner_api.get("/api/v1/topics/?page=99").status_code == 404
