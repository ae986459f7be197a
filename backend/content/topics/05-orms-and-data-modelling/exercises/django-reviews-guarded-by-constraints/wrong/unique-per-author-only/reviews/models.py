# Mistake: the unique constraint names the author alone, so an author can review only one product at all.
from django.conf import settings
from django.db import models
from django.db.models import Q


class Review(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        APPROVED = "approved"
        REJECTED = "rejected"

    product = models.ForeignKey("catalog.Product", on_delete=models.CASCADE)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    rating = models.PositiveSmallIntegerField()
    body = models.TextField(blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["author"], name="one_review_per_author"),
            models.CheckConstraint(
                condition=Q(rating__gte=1, rating__lte=5), name="rating_from_1_to_5"
            ),
        ]
