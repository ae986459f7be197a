from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=100)
    price = models.PositiveIntegerField()  # in cents
    stock = models.PositiveIntegerField()  # units on the shelf; never below 0


class Order(models.Model):
    customer = models.CharField(max_length=100)
    total = models.PositiveIntegerField(default=0)  # in cents


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    product = models.ForeignKey(Product, on_delete=models.PROTECT)
    quantity = models.PositiveIntegerField()
    unit_price = models.PositiveIntegerField()  # the product's price when it was ordered
