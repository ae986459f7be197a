from django.urls import path

from stepwise.submissions import apis

urlpatterns = [
    path("submissions/", apis.SubmissionListApi.as_view(), name="submission-list"),
    path("submissions/<int:pk>/", apis.SubmissionDetailApi.as_view(), name="submission-detail"),
    path("classes/<int:pk>/gradebook/", apis.GradebookApi.as_view(), name="gradebook"),
    path("classes/<int:pk>/gradebook.csv", apis.GradebookCsvApi.as_view(), name="gradebook-csv"),
    path("me/assignments/", apis.MyAssignmentsApi.as_view(), name="my-assignments"),
    path("me/data/", apis.MyDataApi.as_view(), name="my-data"),
    path("me/delete/", apis.AccountDeleteApi.as_view(), name="my-account-delete"),
    path("exercises/<slug:slug>/stats/", apis.ExerciseStatsApi.as_view(), name="exercise-stats"),
    path("exercises/<slug:slug>/regrades/", apis.RegradeListApi.as_view(), name="regrade-list"),
    path(
        "exercises/<slug:slug>/regrades/<int:pk>/",
        apis.RegradeDetailApi.as_view(),
        name="regrade-detail",
    ),
]
