"""Render the stored lessons and prompts again, so their headings get the ids that rendering
now gives them (a table of contents links to them)."""

from django.db import migrations

from stepwise.common.markdown import render_markdown


def render_again(apps, schema_editor):
    Topic = apps.get_model("curriculum", "Topic")
    Exercise = apps.get_model("curriculum", "Exercise")
    for topic in Topic.objects.only("id", "lesson_markdown").iterator():
        topic.lesson_html = render_markdown(topic.lesson_markdown)
        topic.save(update_fields=["lesson_html"])
    for exercise in Exercise.objects.only("id", "prompt_markdown").iterator():
        exercise.prompt_html = render_markdown(exercise.prompt_markdown)
        exercise.save(update_fields=["prompt_html"])


class Migration(migrations.Migration):
    dependencies = [("curriculum", "0004_exercise_owner_and_checks")]

    operations = [migrations.RunPython(render_again, migrations.RunPython.noop)]
