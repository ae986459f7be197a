from django.urls import path

from catalog.views import BookList

urlpatterns = [path("api/books/", BookList.as_view())]
