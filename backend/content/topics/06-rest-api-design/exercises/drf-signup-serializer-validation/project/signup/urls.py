from django.urls import path

from signup.views import SignupView

urlpatterns = [path("api/signup/", SignupView.as_view())]
