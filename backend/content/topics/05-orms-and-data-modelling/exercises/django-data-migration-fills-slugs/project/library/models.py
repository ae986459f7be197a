from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=60)
    # New: filled for the existing books by the data migration m0002_book_slug.
    slug = models.SlugField(max_length=80, blank=True, default="")
