# Mistake: only the customer is joined; every order's items (and each item's product) cost more queries.
from rest_framework import permissions, viewsets

from shop.models import Order
from shop.serializers import OrderSerializer


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAdminUser]
    queryset = (
        Order.objects.select_related("customer").order_by("id")
    )
