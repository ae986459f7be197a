from django.urls import path

from stepwise.progress import apis

urlpatterns = [
    path("me/progress/", apis.MyProgressApi.as_view(), name="me-progress"),
]
