"""Re-enqueue submissions stuck in `queued` or `running` (what beat does periodically).

`make run` calls it at start-up: with in-process grading there is no beat, and a server
stopped mid-grading would otherwise leave its submissions unfinished forever."""

from django.core.management.base import BaseCommand

from stepwise.submissions.services import submission_requeue_stuck


class Command(BaseCommand):
    help = "Re-enqueue submissions stuck in queued or running past the deadline."

    def handle(self, *args, **options):
        requeued = submission_requeue_stuck()
        self.stdout.write(f"sweep: {len(requeued)} stuck submission(s) handed back for grading")
