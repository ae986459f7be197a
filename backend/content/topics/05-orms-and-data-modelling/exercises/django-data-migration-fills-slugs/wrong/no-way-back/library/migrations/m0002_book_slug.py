# Mistake: RunPython without a reverse function, so the migration can never be undone.
from django.db import migrations, models
from django.utils.text import slugify


def fill_slugs(apps, schema_editor):
    Book = apps.get_model("library", "Book")
    books = Book.objects.order_by("id")
    taken = {book.slug for book in books}  # evaluates the query once; the loop reuses it
    changed = []
    for book in books:
        if book.slug:
            continue
        base = slugify(book.title)
        slug, number = base, 2
        while slug in taken:
            slug = f"{base}-{number}"
            number += 1
        book.slug = slug
        taken.add(slug)
        changed.append(book)
    Book.objects.bulk_update(changed, ["slug"])


class Migration(migrations.Migration):
    dependencies = [("library", "m0001_initial")]

    operations = [
        migrations.AddField(
            model_name="book",
            name="slug",
            field=models.SlugField(blank=True, default="", max_length=80),
        ),
        migrations.RunPython(fill_slugs),
    ]
