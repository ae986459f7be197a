from django.urls import path

from stepwise.classes import apis

urlpatterns = [
    path("classes/", apis.ClassListApi.as_view(), name="class-list"),
    path("classes/join/", apis.JoinApi.as_view(), name="class-join"),
    path("classes/<int:pk>/", apis.ClassDetailApi.as_view(), name="class-detail"),
    path("classes/<int:pk>/archive/", apis.ClassArchiveApi.as_view(), name="class-archive"),
    path("classes/<int:pk>/restore/", apis.ClassRestoreApi.as_view(), name="class-restore"),
    path("classes/<int:pk>/join-code/", apis.JoinCodeApi.as_view(), name="class-join-code"),
    path("classes/<int:pk>/learners/", apis.RosterApi.as_view(), name="class-roster"),
    path(
        "classes/<int:pk>/learners/<int:user_id>/",
        apis.RosterEntryApi.as_view(),
        name="class-roster-entry",
    ),
    path(
        "classes/<int:pk>/instructors/",
        apis.CoInstructorListApi.as_view(),
        name="class-instructors",
    ),
    path(
        "classes/<int:pk>/instructors/<int:user_id>/",
        apis.CoInstructorDetailApi.as_view(),
        name="class-instructor",
    ),
    path("classes/<int:pk>/assignments/", apis.AssignmentListApi.as_view(), name="assignment-list"),
    path(
        "classes/<int:pk>/assignments/<int:aid>/",
        apis.AssignmentDetailApi.as_view(),
        name="assignment-detail",
    ),
    path(
        "classes/<int:pk>/assignments/<int:aid>/extensions/<int:user_id>/",
        apis.ExtensionApi.as_view(),
        name="assignment-extension",
    ),
    path("me/classes/", apis.MyClassListApi.as_view(), name="my-class-list"),
    path("me/classes/<int:pk>/", apis.MyClassDetailApi.as_view(), name="my-class-detail"),
    path("audit-events/", apis.AuditEventListApi.as_view(), name="audit-event-list"),
]
