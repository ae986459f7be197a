"""HTTP endpoints for drafts: a learner's unsubmitted answer to each exercise, kept on the
server so it survives a reload and follows the learner to another device."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, status
from rest_framework.response import Response
from rest_framework.views import APIView

from stepwise.common.pagination import PagePagination
from stepwise.common.throttles import DraftSaveRateThrottle
from stepwise.curriculum.selectors import exercise_get
from stepwise.submissions import selectors, services
from stepwise.submissions.serializers import DraftSerializer, DraftWriteSerializer


@extend_schema_view(
    get=extend_schema(tags=["me"], summary="Your drafts, most recently saved first"),
)
class DraftListApi(generics.ListAPIView):
    serializer_class = DraftSerializer
    pagination_class = PagePagination

    def get_queryset(self):
        return selectors.draft_list(user=self.request.user)


class DraftDetailApi(APIView):
    throttle_classes = [DraftSaveRateThrottle]

    @extend_schema(
        tags=["me"],
        summary="Your draft of an exercise",
        description="404 when you have no draft of it: start from the exercise's starter.",
        responses={200: DraftSerializer},
    )
    def get(self, request, slug, **kwargs):
        exercise = exercise_get(user=request.user, slug=slug)
        return Response(
            DraftSerializer(selectors.draft_get(user=request.user, exercise=exercise)).data
        )

    @extend_schema(
        tags=["me"],
        summary="Save your draft of an exercise",
        description=(
            "Replaces the draft you had. The answer follows the rules of a submission's "
            "(its kind, its size limit, the exercise's options or files)."
        ),
        request=DraftWriteSerializer,
        responses={200: DraftSerializer},
    )
    def put(self, request, slug, **kwargs):
        exercise = exercise_get(user=request.user, slug=slug)
        serializer = DraftWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        draft = services.draft_save(
            user=request.user, exercise=exercise, answer=serializer.validated_data["answer"]
        )
        return Response(DraftSerializer(draft).data)

    @extend_schema(
        tags=["me"],
        summary="Delete your draft of an exercise",
        description="Back to the exercise's starter; succeeds when there was no draft too.",
        responses={204: None},
    )
    def delete(self, request, slug, **kwargs):
        exercise = exercise_get(user=request.user, slug=slug)
        services.draft_delete(user=request.user, exercise=exercise)
        return Response(status=status.HTTP_204_NO_CONTENT)
