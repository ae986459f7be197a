from django.conf import settings
from django.db import models
from django.db.models import Q


class Review(models.Model):
    product = models.ForeignKey("catalog.Product", on_delete=models.CASCADE)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    rating = models.PositiveSmallIntegerField()
    # TODO: body, status (with its choices and default), and the two constraints in Meta
