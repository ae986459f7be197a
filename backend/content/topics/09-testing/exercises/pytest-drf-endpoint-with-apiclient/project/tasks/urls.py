from django.urls import path

from tasks.views import TaskList

urlpatterns = [path("api/tasks/", TaskList.as_view())]
