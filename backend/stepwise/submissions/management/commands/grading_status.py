"""Print how submissions will be graded here: sandboxed or degraded, in-process or by workers."""

from django.conf import settings
from django.core.management.base import BaseCommand

from stepwise.submissions.grader import runtime_problems, runtimes_needed, sandbox_status


class Command(BaseCommand):
    help = "Report whether the bubblewrap sandbox works and where grading runs."

    def handle(self, *args, **options):
        ok, detail = sandbox_status()
        where = (
            "in this process (no CELERY_BROKER_URL: Celery eager mode)"
            if settings.CELERY_TASK_ALWAYS_EAGER
            else f"by Celery workers via {settings.CELERY_BROKER_URL.split('@')[-1]}"
        )
        self.stdout.write(f"Grading runs {where}.")
        needed = runtimes_needed()
        for runtime, problem in runtime_problems().items():
            use = "needed by published exercises" if runtime in needed else "not needed now"
            if not problem:
                self.stdout.write(self.style.SUCCESS(f"Runtime {runtime}: ready ({use})."))
            elif runtime in needed:
                self.stderr.write(self.style.ERROR(f"Runtime {runtime}: {problem} ({use})."))
            else:
                self.stdout.write(f"Runtime {runtime}: {problem} ({use}).")
        if ok:
            self.stdout.write(self.style.SUCCESS(f"Sandbox: bubblewrap ready ({detail})."))
        elif settings.GRADING_REQUIRE_SANDBOX:
            self.stderr.write(
                self.style.ERROR(f"Sandbox unavailable ({detail}); code cannot be graded.")
            )
        else:
            self.stderr.write(
                self.style.WARNING(
                    f"WARNING: sandbox unavailable ({detail}). Code is graded with rlimits "
                    "only and every result says so. Install bubblewrap for real isolation."
                )
            )
