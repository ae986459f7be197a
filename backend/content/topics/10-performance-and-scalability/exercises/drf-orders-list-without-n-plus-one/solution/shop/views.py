from rest_framework import permissions, viewsets

from shop.models import Order
from shop.serializers import OrderSerializer


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAdminUser]
    queryset = (
        Order.objects.select_related("customer")
        .prefetch_related("items__product")
        .order_by("id")
    )
