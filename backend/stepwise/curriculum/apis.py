"""HTTP endpoints for topics and exercises. Rules live in selectors and services.

A learner reads the same curriculum as every other learner, so a learner's reads are
authenticated from the token alone (`learner_reads_from_token`; see
stepwise.accounts.authentication for what that costs).
"""

from django.http import HttpResponse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import filters, generics, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from rest_framework.views import APIView

from stepwise.common.markdown import render_markdown
from stepwise.common.pagination import PagePagination
from stepwise.common.permissions import IsAuthor, ReadOnlyOrAuthor
from stepwise.common.throttles import MarkdownPreviewRateThrottle
from stepwise.curriculum import cache, checks, selectors, services
from stepwise.curriculum.filters import ExerciseFilter
from stepwise.curriculum.openapi_examples import exercise_create_examples
from stepwise.curriculum.serializers import (
    ExerciseCheckSerializer,
    ExerciseCopySerializer,
    ExerciseDetailSerializer,
    ExerciseSummarySerializer,
    ExerciseWriteSerializer,
    MarkdownPreviewSerializer,
    MarkdownSourceSerializer,
    TopicDetailSerializer,
    TopicSummarySerializer,
    TopicWriteSerializer,
)


# A GET by someone who cannot author is answered from the cache when another learner has read
# the same page since the curriculum last changed (see `curriculum.cache`). It runs after
# authentication and permissions, like any read; what is kept is the rendered body, so a hit
# costs neither a query nor a serialization. (A comment, not a docstring: the contract takes a
# view's docstring as its operations' description.)
class SharedLearnerReads:
    _read_key: str | None = None

    def get(self, request, *args, **kwargs):
        self._read_key = cache.read_key(request)
        if self._read_key is not None:
            body = cache.cached_read(self._read_key)
            if body is not None:
                return HttpResponse(body, content_type="application/json")
        return super().get(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if (
            self._read_key is not None
            and isinstance(response, Response)
            and response.status_code == status.HTTP_200_OK
        ):
            response.render()
            cache.keep_read(self._read_key, response.content)
        return response


@extend_schema_view(
    get=extend_schema(tags=["topics"], summary="The roadmap: topics in order"),
    post=extend_schema(
        tags=["topics"],
        summary="Create a topic (instructors)",
        request=TopicWriteSerializer,
        responses={201: TopicDetailSerializer},
    ),
)
class TopicListApi(SharedLearnerReads, generics.ListCreateAPIView):
    permission_classes = [ReadOnlyOrAuthor]
    learner_reads_from_token = True
    pagination_class = PagePagination
    serializer_class = TopicSummarySerializer

    def get_queryset(self):
        return selectors.topic_summary_list(user=self.request.user)

    def create(self, request, *args, **kwargs):
        serializer = TopicWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        topic = services.topic_create(**serializer.validated_data)
        topic = selectors.topic_get(user=request.user, slug=topic.slug)
        return Response(TopicDetailSerializer(topic).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    get=extend_schema(tags=["topics"], summary="A topic with its lesson and exercises"),
    patch=extend_schema(
        tags=["topics"],
        summary="Change a topic (instructors)",
        request=TopicWriteSerializer,
        responses={200: TopicDetailSerializer},
    ),
    delete=extend_schema(tags=["topics"], summary="Delete a topic without exercises"),
)
class TopicDetailApi(SharedLearnerReads, generics.RetrieveUpdateDestroyAPIView):
    permission_classes = [ReadOnlyOrAuthor]
    documents_conflict = True  # a topic the curriculum files own refuses changes
    learner_reads_from_token = True
    serializer_class = TopicDetailSerializer
    lookup_field = "slug"
    http_method_names = ["get", "patch", "delete", "head", "options"]
    documents_bad_request = True

    def get_object(self):
        return selectors.topic_get(user=self.request.user, slug=self.kwargs["slug"])

    def partial_update(self, request, *args, **kwargs):
        topic = self.get_object()
        serializer = TopicWriteSerializer(topic, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        services.topic_update(topic=topic, **serializer.validated_data)
        topic = selectors.topic_get(user=request.user, slug=topic.slug)
        return Response(TopicDetailSerializer(topic).data)

    def perform_destroy(self, instance):
        services.topic_delete(topic=instance)


@extend_schema_view(
    get=extend_schema(tags=["exercises"], summary="Exercises, filtered and searched"),
    post=extend_schema(
        tags=["exercises"],
        summary="Create an exercise (instructors)",
        request=ExerciseWriteSerializer,
        responses={201: ExerciseDetailSerializer},
        examples=exercise_create_examples(),
    ),
)
class ExerciseListApi(SharedLearnerReads, generics.ListCreateAPIView):
    permission_classes = [ReadOnlyOrAuthor]
    learner_reads_from_token = True
    pagination_class = PagePagination
    serializer_class = ExerciseSummarySerializer
    filter_backends = [DjangoFilterBackend, filters.SearchFilter, filters.OrderingFilter]
    filterset_class = ExerciseFilter
    search_fields = ["title", "prompt_markdown", "slug"]
    ordering_fields = ["order", "title", "points", "created_at", "difficulty"]
    ordering = ["topic__order", "order", "slug"]

    def get_queryset(self):
        return selectors.exercise_summary_list(user=self.request.user)

    def create(self, request, *args, **kwargs):
        serializer = ExerciseWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        exercise = services.exercise_create(**serializer.validated_data, owner=request.user)
        return Response(
            ExerciseDetailSerializer(exercise, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )


@extend_schema_view(
    get=extend_schema(
        tags=["exercises"],
        summary="An exercise: prompt, public spec; the private spec for instructors only",
    ),
    patch=extend_schema(
        tags=["exercises"],
        summary="Change an exercise (instructors)",
        request=ExerciseWriteSerializer,
        responses={200: ExerciseDetailSerializer},
    ),
)
class ExerciseDetailApi(SharedLearnerReads, generics.RetrieveUpdateAPIView):
    permission_classes = [ReadOnlyOrAuthor]
    documents_conflict = True  # an exercise the curriculum files own refuses changes
    learner_reads_from_token = True
    serializer_class = ExerciseDetailSerializer
    lookup_field = "slug"
    http_method_names = ["get", "patch", "head", "options"]

    def get_object(self):
        return selectors.exercise_get(user=self.request.user, slug=self.kwargs["slug"])

    def partial_update(self, request, *args, **kwargs):
        exercise = _editable_exercise(request, self.kwargs["slug"])
        serializer = ExerciseWriteSerializer(exercise, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        exercise = services.exercise_update(exercise=exercise, **serializer.validated_data)
        return Response(ExerciseDetailSerializer(exercise, context={"request": request}).data)


def _editable_exercise(request, slug: str):
    """The exercise at `slug` if `request.user` may change it: 404 when they cannot read it,
    403 when it belongs to another instructor."""
    exercise = selectors.exercise_get(user=request.user, slug=slug)
    if not selectors.exercise_may_edit(user=request.user, exercise=exercise):
        raise PermissionDenied("This exercise belongs to another instructor: copy it to change it.")
    return exercise


@extend_schema_view(
    get=extend_schema(
        tags=["exercises"],
        summary="The checks of an exercise, the latest first (instructors)",
        description="Each check as `checks/{id}/` gives it; the first one with `is_current` "
        "true is the check of the exercise as it is now.",
    ),
    post=extend_schema(
        tags=["exercises"],
        summary="Check an exercise (instructors)",
        request=None,
        responses={201: ExerciseCheckSerializer},
    ),
)
class ExerciseCheckListApi(generics.ListAPIView):
    """Grade the exercise as stored: its reference solution must pass every test, its starter
    and each of its `wrong_answers` must fail at least one. A choice exercise's correct
    options must be accepted (and, for a single-answer question, every other option
    rejected); a text exercise's accepted answers must be accepted and an empty answer
    rejected. Choice and text exercises are checked at once (`status` is `done`); the
    others are graded by the workers: read the check until its `status` is `done` or
    `error`, `checked` of `total` answers showing the progress. A passing check of the
    exercise's current content is what publishing it needs."""

    permission_classes = [IsAuthor]
    pagination_class = PagePagination
    serializer_class = ExerciseCheckSerializer

    def get_queryset(self):
        self.exercise = _editable_exercise(self.request, self.kwargs["slug"])
        return selectors.exercise_check_list(exercise=self.exercise)

    def get_serializer_context(self):
        # Whether each check is current compares it with one digest of the exercise.
        context = super().get_serializer_context()
        if getattr(self, "exercise", None) is not None:
            context["content_digest"] = services.exercise_content_digest(exercise=self.exercise)
        return context

    def post(self, request, slug, **kwargs):
        exercise = _editable_exercise(request, slug)
        check = checks.check_start(exercise=exercise, user=request.user)
        return Response(ExerciseCheckSerializer(check).data, status=status.HTTP_201_CREATED)


@extend_schema(
    tags=["exercises"],
    summary="A check of an exercise, with its progress",
    responses={200: ExerciseCheckSerializer},
)
class ExerciseCheckDetailApi(APIView):
    """The check as it stands: `checked` of `total` answers graded so far, each answer's
    result (the tests it did not pass), and once `done` whether it `passed`. `is_current`
    turns false when the exercise's specs or limits change after the check."""

    permission_classes = [IsAuthor]

    def get(self, request, slug, pk, **kwargs):
        exercise = _editable_exercise(request, slug)
        check = selectors.exercise_check_get(exercise=exercise, check_id=pk)
        return Response(ExerciseCheckSerializer(check).data)


@extend_schema(
    tags=["exercises"],
    summary="Copy an exercise into a new one you own (instructors)",
    request=ExerciseCopySerializer,
    responses={201: ExerciseDetailSerializer},
)
class ExerciseCopyApi(APIView):
    """A new unpublished exercise with everything of this one, its private spec included,
    owned by you and changeable through the API: the way to change an exercise that the
    curriculum files or another instructor own. Its slug is the one given, else
    `<slug>-copy` (`-copy-2`... when taken); its topic is the one given, else the same."""

    permission_classes = [IsAuthor]
    documents_bad_request = True

    def post(self, request, slug, **kwargs):
        exercise = selectors.exercise_get(user=request.user, slug=slug)
        serializer = ExerciseCopySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        copy = services.exercise_copy(
            exercise=exercise, owner=request.user, **serializer.validated_data
        )
        return Response(
            ExerciseDetailSerializer(copy, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )


@extend_schema(
    tags=["topics"],
    summary="Render Markdown as a lesson or prompt would be stored (instructors)",
    request=MarkdownSourceSerializer,
    responses={200: MarkdownPreviewSerializer},
)
class MarkdownPreviewApi(APIView):
    """Render Markdown to the same sanitised HTML that saving it as a topic's lesson or an
    exercise's prompt stores, without saving anything. Rate-limited per user."""

    permission_classes = [IsAuthor]
    throttle_classes = [MarkdownPreviewRateThrottle]

    def post(self, request, **kwargs):
        serializer = MarkdownSourceSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        html = render_markdown(serializer.validated_data["markdown"])
        return Response(MarkdownPreviewSerializer({"html": html}).data)
