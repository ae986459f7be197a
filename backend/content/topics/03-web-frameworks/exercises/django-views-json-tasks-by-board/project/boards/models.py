from django.db import models


class Board(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=80)


class Task(models.Model):
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(max_length=200)
    done = models.BooleanField(default=False)
