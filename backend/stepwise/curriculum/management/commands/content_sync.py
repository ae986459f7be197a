"""`manage.py content_sync`: write the curriculum files into the database, by slug.

Nothing is written unless every file is valid, and everything is written in one transaction.
What is written, and how, is `stepwise.curriculum.sync`'s business; this command reads the
files, reports and decides whether to keep the transaction.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from stepwise.common.domain import InvalidChange
from stepwise.curriculum.content import load_content
from stepwise.curriculum.management.commands.content_check import cleaned_exercises
from stepwise.curriculum.sync import CurriculumSync


class Command(BaseCommand):
    help = "Create or update topics and exercises from backend/content (idempotent, by slug)."

    def add_arguments(self, parser):
        parser.add_argument("--path", help="The content folder (default: backend/content).")
        parser.add_argument(
            "--prune",
            action="store_true",
            help="Delete file-owned topics and exercises that are no longer in the files "
            "(exercises with submissions are unpublished instead).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )
        parser.add_argument(
            "--adopt",
            action="store_true",
            help="Take over rows created through the API whose slug the files use.",
        )

    def handle(self, *args, path=None, prune=False, dry_run=False, adopt=False, **options):
        content = load_content(path)
        cleaned, spec_problems = cleaned_exercises(content) if content.ok else ({}, [])
        problems = content.problems + spec_problems
        if problems:
            for problem in problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(problems)} problem(s) in {content.root}; nothing was written."
            )

        verbosity = options.get("verbosity", 1)
        sync = CurriculumSync(adopt=adopt, on_line=self.stdout.write if verbosity >= 1 else None)
        try:
            with transaction.atomic():
                sync.run(content, cleaned, prune=prune)
                if dry_run:
                    transaction.set_rollback(True)
        except InvalidChange as exc:
            raise CommandError(
                f"the database refused a write, nothing was written: {exc.sentence}"
            ) from exc
        self.stdout.write(sync.summary(content, prune=prune, dry_run=dry_run))
