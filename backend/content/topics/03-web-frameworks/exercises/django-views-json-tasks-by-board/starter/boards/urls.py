from django.urls import path

from boards import views

urlpatterns = [
    # TODO: the two routes
]
