from django.urls import path

from stepwise.submissions import apis

urlpatterns = [
    path("submissions/", apis.SubmissionListApi.as_view(), name="submission-list"),
    path("submissions/<int:pk>/", apis.SubmissionDetailApi.as_view(), name="submission-detail"),
]
