"""HTTP endpoints for classes: instructors create and run them, learners join and leave.
A class an instructor does not teach answers 404 to them, as if it did not exist."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, status
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from stepwise.classes import selectors, services
from stepwise.classes.serializers import (
    AssignmentSerializer,
    AssignmentWriteSerializer,
    AuditEventSerializer,
    ClassroomSerializer,
    ClassroomWriteSerializer,
    CoInstructorAddSerializer,
    ExtensionWriteSerializer,
    JoinSerializer,
    MyClassSerializer,
    RosterEntrySerializer,
)
from stepwise.common.pagination import PagePagination
from stepwise.common.permissions import IsAuthor
from stepwise.common.throttles import ClassJoinRateThrottle

OWNER_ONLY = "Only the class's owner (or an admin) can do this."


def _taught(request, pk: int):
    return selectors.classroom_get_taught(user=request.user, classroom_id=pk)


def _managed(request, pk: int):
    classroom = _taught(request, pk)
    if not selectors.can_manage(user=request.user, classroom=classroom):
        raise PermissionDenied(OWNER_ONLY)
    return classroom


def _class_response(request, classroom, status_code=status.HTTP_200_OK) -> Response:
    fresh = selectors.classroom_get_taught(user=request.user, classroom_id=classroom.pk)
    return Response(ClassroomSerializer(fresh, context={"request": request}).data, status_code)


@extend_schema_view(
    get=extend_schema(tags=["classes"], summary="The classes you teach (every class, for admins)"),
    post=extend_schema(
        tags=["classes"],
        summary="Create a class (instructors); you are its owner",
        request=ClassroomWriteSerializer,
        responses={201: ClassroomSerializer},
    ),
)
class ClassListApi(generics.ListCreateAPIView):
    permission_classes = [IsAuthor]
    pagination_class = PagePagination
    serializer_class = ClassroomSerializer

    def get_queryset(self):
        return selectors.classes_taught(user=self.request.user)

    def create(self, request, *args, **kwargs):
        serializer = ClassroomWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        classroom = services.classroom_create(owner=request.user, **serializer.validated_data)
        return _class_response(request, classroom, status.HTTP_201_CREATED)


@extend_schema_view(
    get=extend_schema(tags=["classes"], summary="A class you teach"),
    patch=extend_schema(
        tags=["classes"],
        summary="Change a class's details (its owner)",
        request=ClassroomWriteSerializer,
        responses={200: ClassroomSerializer},
    ),
)
class ClassDetailApi(generics.RetrieveUpdateAPIView):
    documents_conflict = True  # an archived class refuses changes
    permission_classes = [IsAuthor]
    serializer_class = ClassroomSerializer
    http_method_names = ["get", "patch", "head", "options"]
    documents_bad_request = True

    def get_object(self):
        return _taught(self.request, self.kwargs["pk"])

    def partial_update(self, request, *args, **kwargs):
        classroom = _managed(request, self.kwargs["pk"])
        serializer = ClassroomWriteSerializer(classroom, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        services.classroom_update(classroom=classroom, **serializer.validated_data)
        return _class_response(request, classroom)


class _ClassActionApi(APIView):
    permission_classes = [IsAuthor]
    service = None  # the service to call, as a staticmethod

    def post(self, request, pk, **kwargs):
        classroom = _managed(request, pk)
        self.service(classroom=classroom, actor=request.user)
        return _class_response(request, classroom)


@extend_schema(
    tags=["classes"],
    summary="Archive a class (its owner): it becomes read-only",
    request=None,
    responses={200: ClassroomSerializer},
)
class ClassArchiveApi(_ClassActionApi):
    service = staticmethod(services.classroom_archive)


@extend_schema(
    tags=["classes"],
    summary="Restore an archived class (its owner)",
    request=None,
    responses={200: ClassroomSerializer},
)
class ClassRestoreApi(_ClassActionApi):
    service = staticmethod(services.classroom_restore)


class JoinCodeApi(APIView):
    documents_conflict = True  # an archived class refuses changes
    permission_classes = [IsAuthor]

    @extend_schema(
        tags=["classes"],
        summary="Draw a new join code (the old one stops working; joining re-opens)",
        request=None,
        responses={200: ClassroomSerializer},
    )
    def post(self, request, pk, **kwargs):
        classroom = _taught(request, pk)
        services.join_code_rotate(classroom=classroom, actor=request.user)
        return _class_response(request, classroom)

    @extend_schema(
        tags=["classes"],
        summary="Close joining: the class has no join code until a new one is drawn",
        request=None,
        responses={200: ClassroomSerializer},
    )
    def delete(self, request, pk, **kwargs):
        classroom = _taught(request, pk)
        services.join_code_disable(classroom=classroom, actor=request.user)
        return _class_response(request, classroom)


@extend_schema(tags=["classes"], summary="The learners of a class you teach")
class RosterApi(generics.ListAPIView):
    permission_classes = [IsAuthor]
    pagination_class = PagePagination
    serializer_class = RosterEntrySerializer

    def get_queryset(self):
        return selectors.roster(classroom=_taught(self.request, self.kwargs["pk"]))


@extend_schema(tags=["classes"], summary="Remove a learner from a class you teach")
class RosterEntryApi(APIView):
    documents_conflict = True  # an archived class refuses changes
    permission_classes = [IsAuthor]

    @extend_schema(responses={204: None})
    def delete(self, request, pk, user_id, **kwargs):
        classroom = _taught(request, pk)
        membership = selectors.membership_get_in_class(classroom=classroom, learner_id=user_id)
        services.learner_remove(membership=membership, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema(
    tags=["classes"],
    summary="Add a co-instructor (the class's owner)",
    request=CoInstructorAddSerializer,
    responses={200: ClassroomSerializer},
)
class CoInstructorListApi(APIView):
    documents_conflict = True  # an archived class refuses changes
    permission_classes = [IsAuthor]

    def post(self, request, pk, **kwargs):
        classroom = _managed(request, pk)
        serializer = CoInstructorAddSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.co_instructor_add(
            classroom=classroom, actor=request.user, username=serializer.validated_data["username"]
        )
        return _class_response(request, classroom)


@extend_schema(
    tags=["classes"],
    summary="Remove a co-instructor (the owner; or a co-instructor stepping down)",
    description="A co-instructor who steps down no longer sees the class: the answer is 204.",
    responses={200: ClassroomSerializer, 204: None},
)
class CoInstructorDetailApi(APIView):
    documents_conflict = True  # an archived class refuses changes
    permission_classes = [IsAuthor]

    def delete(self, request, pk, user_id, **kwargs):
        classroom = _taught(request, pk)
        stepping_down = user_id == request.user.pk
        if not (stepping_down or selectors.can_manage(user=request.user, classroom=classroom)):
            raise PermissionDenied(OWNER_ONLY)
        teacher = next((t for t in classroom.co_instructors.all() if t.pk == user_id), None)
        if teacher is None:
            raise NotFound("No such co-instructor in this class.")
        services.co_instructor_remove(classroom=classroom, actor=request.user, user=teacher)
        if stepping_down and not selectors.can_manage(user=request.user, classroom=classroom):
            return Response(status=status.HTTP_204_NO_CONTENT)
        return _class_response(request, classroom)


@extend_schema(
    tags=["classes"],
    summary="Join a class with its join code",
    description="Joining a class you already belong to returns your membership again (200).",
    request=JoinSerializer,
    responses={201: MyClassSerializer, 200: MyClassSerializer},
)
class JoinApi(APIView):
    throttle_classes = [ClassJoinRateThrottle]

    def post(self, request, **kwargs):
        serializer = JoinSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        joined, created = services.class_join(
            user=request.user, code=serializer.validated_data["code"]
        )
        membership = selectors.membership_get(user=request.user, classroom_id=joined.classroom_id)
        return Response(
            MyClassSerializer(membership).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )


@extend_schema(tags=["classes"], summary="The classes you belong to, newest first")
class MyClassListApi(generics.ListAPIView):
    pagination_class = PagePagination
    serializer_class = MyClassSerializer

    def get_queryset(self):
        return selectors.memberships_of(user=self.request.user)


@extend_schema(tags=["classes"], summary="Leave a class")
class MyClassDetailApi(APIView):
    documents_conflict = True  # an archived class refuses changes

    @extend_schema(responses={204: None})
    def delete(self, request, pk, **kwargs):
        membership = selectors.membership_get(user=request.user, classroom_id=pk)
        services.class_leave(membership=membership)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema(tags=["classes"], summary="The audit log of class changes, newest first (admins)")
class AuditEventListApi(generics.ListAPIView):
    permission_classes = [IsAdminUser]
    pagination_class = PagePagination
    serializer_class = AuditEventSerializer

    def get_queryset(self):
        return selectors.audit_events()


# --- assignments -----------------------------------------------------------------------------


def _assignment_response(request, classroom, assignment, status_code=status.HTTP_200_OK):
    fresh = selectors.assignment_get(classroom=classroom, assignment_id=assignment.pk)
    return Response(AssignmentSerializer(fresh).data, status_code)


@extend_schema_view(
    get=extend_schema(tags=["assignments"], summary="A class's assignments, soonest due first"),
    post=extend_schema(
        tags=["assignments"],
        summary="Add an assignment to a class you teach",
        request=AssignmentWriteSerializer,
        responses={201: AssignmentSerializer},
    ),
)
class AssignmentListApi(generics.ListCreateAPIView):
    permission_classes = [IsAuthor]
    pagination_class = PagePagination
    serializer_class = AssignmentSerializer
    documents_conflict = True

    def get_queryset(self):
        return selectors.assignments_of_class(classroom=_taught(self.request, self.kwargs["pk"]))

    def create(self, request, *args, **kwargs):
        classroom = _taught(request, self.kwargs["pk"])
        serializer = AssignmentWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        assignment = services.assignment_create(classroom=classroom, **serializer.validated_data)
        return _assignment_response(request, classroom, assignment, status.HTTP_201_CREATED)


@extend_schema_view(
    get=extend_schema(tags=["assignments"], summary="An assignment of a class you teach"),
    patch=extend_schema(
        tags=["assignments"],
        summary="Change an assignment (recorded work keeps the timing it had)",
        request=AssignmentWriteSerializer,
        responses={200: AssignmentSerializer},
    ),
    delete=extend_schema(tags=["assignments"], summary="Delete an assignment"),
)
class AssignmentDetailApi(generics.RetrieveUpdateDestroyAPIView):
    permission_classes = [IsAuthor]
    serializer_class = AssignmentSerializer
    http_method_names = ["get", "patch", "delete", "head", "options"]
    documents_bad_request = True
    documents_conflict = True

    def get_object(self):
        classroom = _taught(self.request, self.kwargs["pk"])
        return selectors.assignment_get(classroom=classroom, assignment_id=self.kwargs["aid"])

    def partial_update(self, request, *args, **kwargs):
        assignment = self.get_object()
        serializer = AssignmentWriteSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        services.assignment_update(assignment=assignment, **serializer.validated_data)
        return _assignment_response(request, assignment.classroom, assignment)

    def perform_destroy(self, instance):
        services.assignment_delete(assignment=instance)


class ExtensionApi(APIView):
    permission_classes = [IsAuthor]
    documents_conflict = True

    def _assignment(self, request, pk, aid):
        classroom = _taught(request, pk)
        return selectors.assignment_get(classroom=classroom, assignment_id=aid)

    @extend_schema(
        tags=["assignments"],
        summary="Give one learner a later due time (the cut-off moves by as much)",
        request=ExtensionWriteSerializer,
        responses={200: AssignmentSerializer},
    )
    def put(self, request, pk, aid, user_id, **kwargs):
        assignment = self._assignment(request, pk, aid)
        serializer = ExtensionWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.extension_grant(
            assignment=assignment, learner_id=user_id, due_at=serializer.validated_data["due_at"]
        )
        return _assignment_response(request, assignment.classroom, assignment)

    @extend_schema(
        tags=["assignments"],
        summary="Take an extension back",
        request=None,
        responses={200: AssignmentSerializer},
    )
    def delete(self, request, pk, aid, user_id, **kwargs):
        assignment = self._assignment(request, pk, aid)
        services.extension_revoke(assignment=assignment, learner_id=user_id)
        return _assignment_response(request, assignment.classroom, assignment)
