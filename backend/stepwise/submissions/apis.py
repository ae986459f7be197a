"""HTTP endpoints for submissions: learners see their own, instructors those of the learners
they teach; and what is built from them for a class: its gradebook and a learner's assignments."""

import csv

from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, serializers, status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from stepwise.classes.selectors import classroom_get_taught
from stepwise.classes.serializers import ClassQuerySerializer, MyAssignmentSerializer
from stepwise.common.pagination import NewestFirstCursorPagination
from stepwise.common.permissions import IsAuthor
from stepwise.common.throttles import (
    AuthRateThrottle,
    SubmissionRateThrottle,
    SubmissionWaitRateThrottle,
)
from stepwise.curriculum.selectors import exercise_get, exercise_list
from stepwise.submissions import (
    gradebook,
    personal_data,
    regrade,
    selectors,
    services,
    waiting,
)
from stepwise.submissions.filters import SubmissionFilter
from stepwise.submissions.notifications import MAX_WAIT_SECONDS
from stepwise.submissions.openapi_examples import submission_examples
from stepwise.submissions.serializers import (
    ExerciseStatsSerializer,
    GradebookSerializer,
    RegradeJobSerializer,
    RegradeStartSerializer,
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
        examples=submission_examples(),
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
        return Response(_detail(submission, user=request.user), status=status.HTTP_201_CREATED)


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
        return respond_after_wait(
            request, self.get_object, lambda row: _detail(row, user=request.user)
        )


def respond_after_wait(request, get_object, represent) -> Response:
    """Answer with `represent(row)` of the row `get_object` reads (a submission or a run), held
    first for up to `?wait=N` seconds while it is not final; a wait the server cannot hold is
    answered at once, with a `Retry-After`."""
    query = WaitQuerySerializer(data=request.query_params)
    query.is_valid(raise_exception=True)
    row = get_object()
    seconds = query.validated_data["wait"]
    if not row.is_final and seconds:
        waited = waiting.wait_for_final(
            type(row), pk=row.pk, user_id=request.user.pk, seconds=seconds
        )
        if not waited:
            return Response(
                represent(row),
                headers={"Retry-After": str(waiting.RETRY_AFTER_SECONDS)},
            )
        row = get_object()
    return Response(represent(row))


def _detail(submission, *, user) -> dict:
    context = selectors.submission_detail_context(user=user, submission=submission)
    return SubmissionDetailSerializer(submission, context=context).data


@extend_schema(
    tags=["assignments"],
    summary="A class's gradebook: learners x assignments, the score that counts in each cell",
    description=(
        "Each cell holds the points that count: per exercise, the best of the on-time graded "
        "submissions' scores and the late ones' times the assignment's late multiplier; work "
        "before the assignment opened or after its cut-off does not count."
    ),
    responses={200: GradebookSerializer},
)
class GradebookApi(APIView):
    permission_classes = [IsAuthor]

    def get(self, request, pk, **kwargs):
        classroom = classroom_get_taught(user=request.user, classroom_id=pk)
        book = gradebook.gradebook(classroom=classroom)
        # `as_data` already has the serializer's shape in plain values (the serializer documents
        # it): running 10,000 cells through nested serializers would double the time.
        return Response(gradebook.as_data(book))


class _Echo:
    """A file-like object whose write() hands the line back, for streaming csv.writer rows."""

    def write(self, value):
        return value


@extend_schema(
    tags=["assignments"],
    summary="The gradebook as CSV, streamed: one row per learner",
    responses={(200, "text/csv"): OpenApiTypes.STR},
)
class GradebookCsvApi(APIView):
    permission_classes = [IsAuthor]

    def get(self, request, pk, **kwargs):
        classroom = classroom_get_taught(user=request.user, classroom_id=pk)
        book = gradebook.gradebook(classroom=classroom)
        writer = csv.writer(_Echo())
        response = StreamingHttpResponse(
            (writer.writerow(row) for row in gradebook.csv_rows(book)),
            content_type="text/csv; charset=utf-8",
        )
        name = slugify(classroom.name) or "class"
        response["Content-Disposition"] = f'attachment; filename="gradebook-{name}.csv"'
        return response


@extend_schema(
    tags=["assignments"],
    summary="Your assignments, soonest due first, with your status on each exercise",
    responses={200: MyAssignmentSerializer(many=True)},
)
class MyAssignmentsApi(APIView):
    def get(self, request, **kwargs):
        items = gradebook.my_assignments(learner=request.user, now=timezone.now())
        return Response(MyAssignmentSerializer(items, many=True).data)


class RegradeListApi(APIView):
    permission_classes = [IsAuthor]

    def _exercise(self, request, slug):
        return exercise_list(user=request.user).filter(slug=slug).first() or _no_exercise()

    @extend_schema(
        tags=["regrades"],
        summary="This exercise's regrades you can follow, newest first",
        responses={200: RegradeJobSerializer(many=True)},
    )
    def get(self, request, slug, **kwargs):
        exercise = self._exercise(request, slug)
        jobs = selectors.regrade_jobs(user=request.user, exercise=exercise)[:50]
        return Response(RegradeJobSerializer(jobs, many=True).data)

    @extend_schema(
        tags=["regrades"],
        summary="Regrade this exercise's submissions against its current tests",
        description=(
            "Regrades, in the background, each submission in scope that was graded against "
            "another version of the tests; the earlier result stays in the submission's "
            "`history`. Follow the job at `regrades/{id}/`."
        ),
        request=RegradeStartSerializer,
        responses={202: RegradeJobSerializer},
    )
    def post(self, request, slug, **kwargs):
        exercise = self._exercise(request, slug)
        serializer = RegradeStartSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        classroom = None
        if serializer.validated_data.get("class") is not None:
            classroom = classroom_get_taught(
                user=request.user, classroom_id=serializer.validated_data["class"]
            )
        job = regrade.regrade_start(exercise=exercise, user=request.user, classroom=classroom)
        job.refresh_from_db()
        return Response(RegradeJobSerializer(job).data, status=status.HTTP_202_ACCEPTED)


@extend_schema(tags=["regrades"], summary="A regrade and how far it has got")
class RegradeDetailApi(generics.RetrieveAPIView):
    permission_classes = [IsAuthor]
    serializer_class = RegradeJobSerializer

    def get_object(self):
        exercise = exercise_list(user=self.request.user).filter(slug=self.kwargs["slug"]).first()
        if exercise is None:
            _no_exercise()
        jobs = selectors.regrade_jobs(user=self.request.user, exercise=exercise)
        return get_object_or_404(jobs, pk=self.kwargs["pk"])


def _no_exercise():
    raise NotFound("No such exercise.")


class AccountDeleteSerializer(serializers.Serializer):
    password = serializers.CharField(max_length=256, help_text="Your password, to confirm.")


class MyDataApi(APIView):
    throttle_classes = [AuthRateThrottle]  # a whole history is costly: as rare as a sign-in

    @extend_schema(
        tags=["me"],
        summary="Download all your data as JSON",
        description=(
            "Profile, classes, progress, drafts, runs and every submission, as one JSON document."
        ),
        responses={(200, "application/json"): OpenApiTypes.OBJECT},
    )
    def get(self, request, **kwargs):
        response = StreamingHttpResponse(
            personal_data.export_chunks(user=request.user), content_type="application/json"
        )
        response["Content-Disposition"] = 'attachment; filename="stepwise-my-data.json"'
        return response


@extend_schema(
    tags=["me"],
    summary="Delete your account and your data",
    description=(
        "Removes everything of yours. A class that chose to keep scores anonymously keeps "
        "the scores of your work for its assignments, under no name (see each class's "
        "`on_learner_deletion` in `me/classes/`). Owners of classes cannot delete their "
        "account (409). A POST with the password, not a DELETE: many clients drop a "
        "DELETE's body."
    ),
    request=AccountDeleteSerializer,
    responses={204: None},
)
class AccountDeleteApi(APIView):
    throttle_classes = [AuthRateThrottle]  # a password check: as slow to guess as the sign-in
    documents_conflict = True

    def post(self, request, **kwargs):
        serializer = AccountDeleteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        personal_data.account_delete(
            user=request.user, password=serializer.validated_data["password"]
        )
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema(
    tags=["exercises"],
    summary="How learners fare on an exercise (instructors)",
    description=(
        "Over the learners of the classes you teach (every learner, for admins), or of one "
        "class with `class`."
    ),
    parameters=[ClassQuerySerializer],
    responses={200: ExerciseStatsSerializer},
)
class ExerciseStatsApi(generics.GenericAPIView):
    permission_classes = [IsAuthor]
    serializer_class = ExerciseStatsSerializer

    def get(self, request, *args, **kwargs):
        query = ClassQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        exercise = exercise_get(user=request.user, slug=kwargs["slug"])
        classroom = None
        if query.validated_data.get("class") is not None:
            classroom = classroom_get_taught(
                user=request.user, classroom_id=query.validated_data["class"]
            )
        stats = selectors.exercise_stats(exercise=exercise, user=request.user, classroom=classroom)
        return Response(ExerciseStatsSerializer(stats).data)
