from django.urls import path

from stepwise.submissions import apis, draft_apis, run_apis

urlpatterns = [
    path("submissions/", apis.SubmissionListApi.as_view(), name="submission-list"),
    path("submissions/<int:pk>/", apis.SubmissionDetailApi.as_view(), name="submission-detail"),
    path("classes/<int:pk>/gradebook/", apis.GradebookApi.as_view(), name="gradebook"),
    path("classes/<int:pk>/gradebook.csv", apis.GradebookCsvApi.as_view(), name="gradebook-csv"),
    path("exercises/<slug:slug>/runs/", run_apis.RunCreateApi.as_view(), name="run-create"),
    path("runs/<int:pk>/", run_apis.RunDetailApi.as_view(), name="run-detail"),
    path("me/drafts/", draft_apis.DraftListApi.as_view(), name="draft-list"),
    path("me/drafts/<slug:slug>/", draft_apis.DraftDetailApi.as_view(), name="draft-detail"),
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
