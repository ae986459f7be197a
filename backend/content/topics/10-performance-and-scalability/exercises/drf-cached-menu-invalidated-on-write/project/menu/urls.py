from django.urls import path

from menu.views import MenuView

urlpatterns = [path("api/menu/", MenuView.as_view())]
