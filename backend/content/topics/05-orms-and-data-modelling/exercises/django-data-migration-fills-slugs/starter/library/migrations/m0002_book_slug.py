from django.db import migrations, models
from django.utils.text import slugify


def fill_slugs(apps, schema_editor):
    Book = apps.get_model("library", "Book")
    # TODO: give every book without a slug one made from its title


class Migration(migrations.Migration):
    dependencies = [("library", "m0001_initial")]

    operations = [
        # TODO: add the field, then fill it
    ]
