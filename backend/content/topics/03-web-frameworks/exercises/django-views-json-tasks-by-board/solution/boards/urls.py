from django.urls import path

from boards import views

urlpatterns = [
    path("boards/<slug:board>/tasks/", views.task_list),
    path("boards/<slug:board>/tasks/<int:task_id>/", views.task_detail),
]
