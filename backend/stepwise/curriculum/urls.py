from django.urls import path

from stepwise.curriculum import apis

urlpatterns = [
    path("topics/", apis.TopicListApi.as_view(), name="topic-list"),
    path("topics/<slug:slug>/", apis.TopicDetailApi.as_view(), name="topic-detail"),
    path("exercises/", apis.ExerciseListApi.as_view(), name="exercise-list"),
    path("exercises/<slug:slug>/", apis.ExerciseDetailApi.as_view(), name="exercise-detail"),
    path(
        "exercises/<slug:slug>/checks/", apis.ExerciseCheckListApi.as_view(), name="exercise-checks"
    ),
    path(
        "exercises/<slug:slug>/checks/<int:pk>/",
        apis.ExerciseCheckDetailApi.as_view(),
        name="exercise-check-detail",
    ),
    path("exercises/<slug:slug>/copy/", apis.ExerciseCopyApi.as_view(), name="exercise-copy"),
    path("markdown/preview/", apis.MarkdownPreviewApi.as_view(), name="markdown-preview"),
]
