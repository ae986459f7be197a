from django.urls import path

from shop.views import OrderView

urlpatterns = [path("api/orders/", OrderView.as_view())]
