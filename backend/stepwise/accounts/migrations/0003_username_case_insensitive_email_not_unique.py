import django.db.models.functions.text
from django.db import migrations, models
from django.db.models.functions import Lower


def rename_case_variant_duplicates(apps, schema_editor):
    """Before usernames become unique regardless of case, give every account but the oldest
    of each case-variant group ("ada", "Ada", "ADA") a distinct name, `<name>-<id>`, so the
    constraint can be created. Parallel registrations could create such groups; the oldest
    account keeps its name, the others sign in with the new one (an admin can tell them)."""
    User = apps.get_model("accounts", "User")
    # Lowered by the database, as the constraint will be: Python's str.lower() and
    # PostgreSQL's lower() disagree outside ASCII.
    users = User.objects.annotate(key=Lower("username")).order_by("id").only("id", "username")
    seen: set[str] = set()
    for user in users:
        key = user.key
        if key in seen:
            suffix = f"-{user.pk}"
            while key in seen:
                user.username = f"{user.username[: 150 - len(suffix)]}{suffix}"
                key = user.username.lower()
            user.save(update_fields=["username"])
        seen.add(key)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_instructor_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterField(
            model_name="user",
            name="email",
            field=models.EmailField(max_length=254, verbose_name="email address"),
        ),
        migrations.RunPython(rename_case_variant_duplicates, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("username"),
                name="accounts_user_username_ci_unique",
            ),
        ),
    ]
