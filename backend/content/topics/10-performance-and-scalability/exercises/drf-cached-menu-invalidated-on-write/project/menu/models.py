from django.db import models


class Dish(models.Model):
    name = models.CharField(max_length=60)
    price_cents = models.PositiveIntegerField()
    available = models.BooleanField(default=True)
