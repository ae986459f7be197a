"""Write the curriculum files into the database, by slug, through the services.

Idempotent: an item whose stored fields already equal what the files define is left alone
and reported unchanged. Rows created through the API (origin "api") are never touched unless
`adopt` hands them to the files. The caller runs this in one transaction; a rule the services
refuse raises `InvalidChange` and nothing is written.
"""

from collections.abc import Callable

from stepwise.common.markdown import render_markdown
from stepwise.curriculum import services
from stepwise.curriculum.content import Content, exercise_fields, topic_fields
from stepwise.curriculum.models import Exercise, Origin, Topic

TOPIC_FIELDS = ("title", "summary", "order", "published", "lesson_markdown")
EXERCISE_FIELDS = (
    "title", "kind", "difficulty", "points", "order", "hints", "limits", "published",
    "prompt_markdown", "spec", "private_spec",
)  # fmt: skip


class CurriculumSync:
    """One sync: `run()` writes, `on_line` hears one line per item, `summary()` counts them."""

    def __init__(self, *, adopt: bool = False, on_line: Callable[[str], None] | None = None):
        self.adopt = adopt
        self.on_line = on_line or (lambda line: None)
        self.counts = {"topic": _counter(), "exercise": _counter()}
        self.pruned = {"topic": _counter(), "exercise": _counter()}

    def run(self, content: Content, cleaned: dict, *, prune: bool = False) -> None:
        """Create or update every topic and exercise of `content` (`cleaned`: each exercise's
        fields as the services store them, by slug); with `prune`, retire what the files no
        longer hold."""
        topics = self._sync_topics(content)
        self._sync_exercises(content, topics, cleaned)
        if prune:
            self._prune(content)

    # --- topics ----------------------------------------------------------------------------

    def _sync_topics(self, content: Content) -> dict[str, Topic | None]:
        """Create or update every topic; return the rows by slug (None: skipped)."""
        rows = {t.slug: t for t in Topic.objects.filter(slug__in=[t.slug for t in content.topics])}
        synced: dict[str, Topic | None] = {}
        for files in content.topics:
            fields = topic_fields(files)
            slug = fields.pop("slug")
            prerequisites = [synced.get(s) or Topic.objects.get(slug=s) for s in
                             fields.pop("prerequisites")]  # fmt: skip
            row = rows.get(slug)
            if row is None:
                synced[slug] = services.topic_create(
                    slug=slug, prerequisites=prerequisites, origin=Origin.FILES, **fields
                )
                self._report("topic", slug, "created")
                continue
            if not self._may_write("topic", row):
                synced[slug] = None
                continue
            changes = {n: fields[n] for n in TOPIC_FIELDS if getattr(row, n) != fields[n]}
            if row.lesson_html != render_markdown(fields["lesson_markdown"]):
                changes["lesson_markdown"] = fields["lesson_markdown"]
            if row.origin != Origin.FILES:
                changes["origin"] = Origin.FILES
            current = set(row.prerequisites.values_list("slug", flat=True))
            if current != {p.slug for p in prerequisites}:
                changes["prerequisites"] = prerequisites
            synced[slug] = self._update("topic", slug, row, changes, services.topic_update)
        return synced

    # --- exercises -------------------------------------------------------------------------

    def _sync_exercises(self, content: Content, topics: dict, cleaned: dict) -> None:
        slugs = [e.slug for e in content.exercises]
        rows = {e.slug: e for e in Exercise.objects.filter(slug__in=slugs)}
        for files in content.exercises:
            # The services clean what the files say; compare rows with the cleaned result.
            fields, stored = exercise_fields(files), cleaned[files.slug]
            slug = fields.pop("slug")
            topic = topics.get(files.topic_slug)
            if topic is None:
                self._report(
                    "exercise", slug, f"skipped: its topic {files.topic_slug!r} was skipped"
                )
                continue
            row = rows.get(slug)
            if row is None:
                services.exercise_create(topic=topic, slug=slug, origin=Origin.FILES, **fields)
                self._report("exercise", slug, "created")
                continue
            if not self._may_write("exercise", row):
                continue
            changes = {n: fields[n] for n in EXERCISE_FIELDS if getattr(row, n) != stored[n]}
            if row.prompt_html != render_markdown(fields["prompt_markdown"]):
                changes["prompt_markdown"] = fields["prompt_markdown"]
            if row.topic_id != topic.pk:
                changes["topic"] = topic
            if row.origin != Origin.FILES:
                changes["origin"] = Origin.FILES
            if {"kind", "spec", "private_spec"} & changes.keys():
                # The service validates the two halves together.
                changes.update(spec=fields["spec"], private_spec=fields["private_spec"])
            self._update("exercise", slug, row, changes, services.exercise_update)

    # --- pruning ---------------------------------------------------------------------------

    def _prune(self, content: Content) -> None:
        gone = Exercise.objects.filter(origin=Origin.FILES).exclude(
            slug__in=[e.slug for e in content.exercises]
        )
        for row in gone.order_by("slug"):
            submissions = row.submissions.count()
            if not submissions:
                services.exercise_delete(exercise=row, by_files=True)
                self._report_pruned("exercise", row.slug, "deleted")
            elif row.published:
                services.exercise_update(exercise=row, published=False, by_files=True)
                self._report_pruned(
                    "exercise", row.slug,
                    f"unpublished, not deleted: {submissions} submission(s) refer to it",
                )  # fmt: skip
        gone = Topic.objects.filter(origin=Origin.FILES).exclude(
            slug__in=[t.slug for t in content.topics]
        )
        for row in gone.order_by("slug"):
            remaining = row.exercises.count()
            if not remaining:
                services.topic_delete(topic=row, by_files=True)
                self._report_pruned("topic", row.slug, "deleted")
            elif row.published:
                services.topic_update(topic=row, published=False, by_files=True)
                self._report_pruned(
                    "topic", row.slug,
                    f"unpublished, not deleted: it still holds {remaining} exercise(s)",
                )  # fmt: skip

    # --- helpers ---------------------------------------------------------------------------

    def _may_write(self, what: str, row) -> bool:
        if row.origin == Origin.FILES or self.adopt:
            return True
        self._report(
            what, row.slug,
            "skipped: a row with this slug was created through the API "
            "(content_sync --adopt hands it to the files)",
        )  # fmt: skip
        return False

    def _update(self, what: str, slug: str, row, changes: dict, service):
        if not changes:
            self._report(what, slug, "unchanged")
            return row
        row = service(**{what: row}, by_files=True, **changes)
        self._report(what, slug, f"updated ({', '.join(sorted(changes))})")
        return row

    def _report(self, what: str, slug: str, outcome: str) -> None:
        self.counts[what][outcome.split(" ")[0].rstrip(":")] += 1
        self.on_line(f"{what} {slug}: {outcome}")

    def _report_pruned(self, what: str, slug: str, outcome: str) -> None:
        self.pruned[what][outcome.split(" ")[0].rstrip(":,")] += 1
        self.on_line(f"{what} {slug}: {outcome}")

    def summary(self, content: Content, *, prune: bool, dry_run: bool) -> str:
        def part(what: str, total: int) -> str:
            c = self.counts[what]
            text = f"{c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged"
            if c["skipped"]:
                text += f", {c['skipped']} skipped"
            return f"{total} {what}s ({text})"

        line = (
            f"sync: {part('topic', len(content.topics))}, "
            f"{part('exercise', len(content.exercises))}"
        )
        if prune:
            t, e = self.pruned["topic"], self.pruned["exercise"]
            line += (
                f"; pruned topics ({t['deleted']} deleted, {t['unpublished']} unpublished), "
                f"exercises ({e['deleted']} deleted, {e['unpublished']} unpublished)"
            )
        if dry_run:
            line += "; dry run: nothing was written"
        return line


def _counter() -> dict[str, int]:
    return {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0, "deleted": 0,
            "unpublished": 0}  # fmt: skip
