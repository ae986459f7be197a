"""HTTP endpoints for runs: an answer tried against an exercise's visible tests, not counted
as an attempt, and read back only by the learner who made it."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from stepwise.common.throttles import RunRateThrottle, SubmissionWaitRateThrottle
from stepwise.curriculum.selectors import exercise_get
from stepwise.submissions import runs, selectors
from stepwise.submissions.apis import WaitQuerySerializer, respond_after_wait
from stepwise.submissions.serializers import RunCreateSerializer, RunSerializer


@extend_schema(
    tags=["runs"],
    summary="Run an answer against the exercise's visible tests",
    description=(
        "Grades the answer in the same sandbox as a submission, against the tests the exercise "
        "shows, and never against hidden ones. A run is not an attempt: it appears in no "
        "history, statistics, progress or gradebook. The run comes back `queued`; read "
        "`runs/{id}/` (with `wait`) for its result. Only the newest five runs per exercise "
        "are kept. `choice` and `text` exercises have no tests to run (400)."
    ),
    request=RunCreateSerializer,
    responses={201: RunSerializer},
)
class RunCreateApi(APIView):
    throttle_classes = [RunRateThrottle]

    def post(self, request, slug, **kwargs):
        exercise = exercise_get(user=request.user, slug=slug)
        serializer = RunCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        run = runs.run_create(
            user=request.user, exercise=exercise, answer=serializer.validated_data["answer"]
        )
        # With in-process grading the result is in already; with a worker it is still queued.
        run.refresh_from_db()
        return Response(RunSerializer(run).data, status=status.HTTP_201_CREATED)


@extend_schema(
    tags=["runs"],
    summary="One of your runs, with its per-test results",
    description=(
        "With `wait=N`, a run that is not final yet is held for up to N seconds and returned "
        "the moment its result is stored, as for a submission (the same limits apply)."
    ),
    parameters=[WaitQuerySerializer],
    responses={200: RunSerializer},
)
class RunDetailApi(APIView):
    throttle_classes = [SubmissionWaitRateThrottle]
    documents_bad_request = True

    def get(self, request, pk, **kwargs):
        return respond_after_wait(
            request,
            lambda: selectors.run_get(user=request.user, run_id=pk),
            lambda run: RunSerializer(run).data,
        )
