# Mistake: the total is a fresh aggregate query per order, which ignores the prefetched items.
from django.db.models import F, Sum
from rest_framework import serializers

from shop.models import Order, OrderItem


class OrderItemSerializer(serializers.ModelSerializer):
    product = serializers.CharField(source="product.name")

    class Meta:
        model = OrderItem
        fields = ["product", "quantity", "unit_price_cents"]


class OrderSerializer(serializers.ModelSerializer):
    customer = serializers.CharField(source="customer.username")
    items = OrderItemSerializer(many=True)
    total_cents = serializers.SerializerMethodField()

    class Meta:
        model = Order
        fields = ["id", "customer", "items", "total_cents"]

    def get_total_cents(self, order):
        total = order.items.aggregate(total=Sum(F("quantity") * F("unit_price_cents")))["total"]
        return total or 0
