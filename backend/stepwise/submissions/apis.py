"""HTTP endpoints for submissions. Learners see their own; instructors see everyone's."""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, serializers, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from stepwise.common.pagination import NewestFirstCursorPagination
from stepwise.common.throttles import SubmissionRateThrottle, SubmissionWaitRateThrottle
from stepwise.curriculum.selectors import exercise_list
from stepwise.submissions import selectors, services, waiting
from stepwise.submissions.filters import SubmissionFilter
from stepwise.submissions.notifications import MAX_WAIT_SECONDS
from stepwise.submissions.serializers import (
    SubmissionCreateSerializer,
    SubmissionDetailSerializer,
    SubmissionSummarySerializer,
)


@extend_schema_view(
    get=extend_schema(
        tags=["submissions"],
        summary="Submissions, newest first: your own, or everyone's for instructors",
    ),
    post=extend_schema(
        tags=["submissions"],
        summary="Submit an answer",
        description=(
            "`choice` and `text` answers are graded inside the request: the response carries "
            "the verdict. `code`, `sql` and `http` answers come back `queued`; poll "
            "`submissions/{id}/` until `status` is `completed` or `error`."
        ),
        request=SubmissionCreateSerializer,
        responses={201: SubmissionDetailSerializer},
    ),
)
class SubmissionListApi(generics.ListCreateAPIView):
    serializer_class = SubmissionSummarySerializer
    pagination_class = NewestFirstCursorPagination
    throttle_classes = [SubmissionRateThrottle]
    filter_backends = [DjangoFilterBackend]
    filterset_class = SubmissionFilter

    def get_queryset(self):
        return selectors.submission_list(user=self.request.user)

    def create(self, request, *args, **kwargs):
        serializer = SubmissionCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        slug = serializer.validated_data["exercise"]
        exercise = exercise_list(user=request.user).filter(slug=slug).first()
        if exercise is None:
            raise ValidationError({"exercise": ["No such exercise."]})
        submission = services.submission_create(
            user=request.user, exercise=exercise, answer=serializer.validated_data["answer"]
        )
        return Response(SubmissionDetailSerializer(submission).data, status=status.HTTP_201_CREATED)


class WaitQuerySerializer(serializers.Serializer):
    wait = serializers.IntegerField(
        min_value=0,
        max_value=MAX_WAIT_SECONDS,
        default=0,
        help_text="Seconds to wait for a final result (0-10).",
    )

    def to_internal_value(self, data):
        # Query strings are text: accept "5" here, unlike the strict JSON body fields.
        raw = str(data.get("wait", "0"))
        # ASCII digits only: str.isdigit() also accepts "²", which int() refuses, and a long
        # run of digits is not a number of seconds.
        if not (raw.isascii() and raw.isdigit() and len(raw) <= 9):
            raise serializers.ValidationError({"wait": ["A whole number of seconds, 0-10."]})
        return super().to_internal_value({"wait": int(raw)})


@extend_schema(
    tags=["submissions"],
    summary="A submission with its per-test results",
    description=(
        "With `wait=N`, a submission that is not final yet is held for up to N seconds and "
        "returned the moment its result is stored: no need to poll. A user may hold two such "
        "requests at once and the server holds only as many as it can spare: a wait beyond "
        "that is answered at once, with the submission as it is and a `Retry-After` header "
        "saying when to ask again. Requests with `wait` are also rate-limited per user (429)."
    ),
    parameters=[WaitQuerySerializer],
)
class SubmissionDetailApi(generics.RetrieveAPIView):
    serializer_class = SubmissionDetailSerializer
    throttle_classes = [SubmissionWaitRateThrottle]
    documents_bad_request = True

    def get_object(self):
        return selectors.submission_get(user=self.request.user, submission_id=self.kwargs["pk"])

    def retrieve(self, request, *args, **kwargs):
        query = WaitQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        submission = self.get_object()
        seconds = query.validated_data["wait"]
        if not submission.is_final and seconds:
            waited = waiting.wait_for_final(
                submission_id=submission.pk, user_id=request.user.pk, seconds=seconds
            )
            if not waited:
                return Response(
                    SubmissionDetailSerializer(submission).data,
                    headers={"Retry-After": str(waiting.RETRY_AFTER_SECONDS)},
                )
            submission = self.get_object()
        return Response(SubmissionDetailSerializer(submission).data)
