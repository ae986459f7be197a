from django.db import models


class Branch(models.Model):
    name = models.CharField(max_length=100)


class Book(models.Model):
    title = models.CharField(max_length=200)
    year = models.PositiveIntegerField()  # the year it was published
    branch = models.ForeignKey(Branch, on_delete=models.CASCADE, related_name="books")
    withdrawn = models.BooleanField(default=False)  # off the shelves, kept for the loan history


class Member(models.Model):
    name = models.CharField(max_length=100)
    branch = models.ForeignKey(Branch, on_delete=models.CASCADE, related_name="members")


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE, related_name="loans")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="loans")
    borrowed_on = models.DateField()
    returned_on = models.DateField(null=True, blank=True)  # None while the book is out
