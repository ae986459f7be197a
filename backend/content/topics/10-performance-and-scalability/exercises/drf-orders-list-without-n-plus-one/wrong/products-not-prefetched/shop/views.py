# Mistake: the items are prefetched but not their products, so every item costs a query for its product's name.
from rest_framework import permissions, viewsets

from shop.models import Order
from shop.serializers import OrderSerializer


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAdminUser]
    queryset = (
        Order.objects.select_related("customer")
        .prefetch_related("items")
        .order_by("id")
    )
