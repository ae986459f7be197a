"""HTTP endpoints for topics and exercises. Rules live in selectors and services.

A learner reads the same curriculum as every other learner, so a learner's reads are
authenticated from the token alone (`learner_reads_from_token`; see
stepwise.accounts.authentication for what that costs).
"""

from django.http import HttpResponse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import filters, generics, status
from rest_framework.response import Response

from stepwise.common.pagination import PagePagination
from stepwise.common.permissions import ReadOnlyOrAuthor
from stepwise.curriculum import cache, selectors, services
from stepwise.curriculum.filters import ExerciseFilter
from stepwise.curriculum.openapi_examples import exercise_create_examples
from stepwise.curriculum.serializers import (
    ExerciseDetailSerializer,
    ExerciseSummarySerializer,
    ExerciseWriteSerializer,
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
        exercise = services.exercise_create(**serializer.validated_data)
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
        exercise = self.get_object()
        serializer = ExerciseWriteSerializer(exercise, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        exercise = services.exercise_update(exercise=exercise, **serializer.validated_data)
        return Response(ExerciseDetailSerializer(exercise, context={"request": request}).data)
