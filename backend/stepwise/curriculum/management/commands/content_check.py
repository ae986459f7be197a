"""`manage.py content_check`: validate the curriculum files and prove every sandboxed exercise.

For each code, sql and http exercise the reference solution must be accepted and the starter
and every wrong answer rejected, graded by `grading.grade` in the real sandbox with the specs
exactly as the database would store them; every sample answer of a text exercise must be
accepted too (in-process, no sandbox). Then every mutant of each reference solution
(`stepwise.curriculum.mutants`) is graded the same way: one that is accepted must be listed as
equivalent in the exercise's files or as debt in `content/mutation-debt.yaml`
(`mutants.ledger`). Needs no database.
"""

import dataclasses
import hashlib
from concurrent.futures import ThreadPoolExecutor

from django.core.management.base import BaseCommand, CommandError

from grading.kinds import KINDS as GRADING_KINDS
from grading.results import Verdict
from stepwise.common.domain import InvalidChange
from stepwise.curriculum import services
from stepwise.curriculum.checks import answer_outcome
from stepwise.curriculum.content import (
    Content,
    ExerciseFiles,
    Problem,
    exercise_fields,
    grading_spec,
    load_content,
    merge_specs,
    text_samples,
)
from stepwise.curriculum.mutants import Mutant, MutationError, generate, ledger

WORKERS = 2


def cleaned_exercises(content: Content) -> tuple[dict[str, dict], list[Problem]]:
    """The fields of every valid exercise cleaned as the database stores them (the services
    fill the specs' defaults and drop keys the API does not know), and a problem for each
    field the services would refuse."""
    cleaned, problems = {}, []
    for exercise in content.exercises:
        if not exercise.valid:
            continue
        fields = exercise_fields(exercise)
        try:
            fields.update(
                services.exercise_clean(
                    kind=fields["kind"],
                    spec=fields["spec"],
                    private_spec=fields["private_spec"],
                    hints=fields.get("hints"),
                    limits=fields.get("limits"),
                )
            )
        except InvalidChange as exc:
            for where, messages in exc.errors.items():
                path = exercise.file(_spec_file(exercise, where))
                problems.extend(Problem(path, f"{where}: {m}") for m in messages)
            continue
        cleaned[exercise.slug] = fields
    return cleaned, problems


def _answer_suffix(kind: str) -> str:
    """What follows `solution` and `starter` in an exercise's file names: a file's suffix, or
    `/` for a django exercise's folders."""
    return {"sql": ".sql", "django": "/"}.get(kind, ".py")


def _spec_file(exercise: ExerciseFiles, where: str) -> str:
    """The file that holds the spec field at `where` (e.g. `private_spec.tests.2.args`)."""
    field = where.split(".")[1] if "." in where else where
    suffix = _answer_suffix(exercise.kind)
    if exercise.is_sandboxed and field in ("starter", "solution"):
        return f"{field}{suffix}"
    if exercise.is_sandboxed and field in ("tests", "harness", "ordered", "check_query"):
        return "tests.yaml"
    if field in ("schema", "seed"):
        return f"{field}.sql"
    return "exercise.yaml"


@dataclasses.dataclass
class Run:
    """One answer to grade and what it must get."""

    exercise: ExerciseFiles
    role: str  # "reference" | "starter" | "wrong" | "normalised" | "mutant"
    file: str
    source: str | None
    mutant: Mutant | None = None

    @property
    def must_pass(self) -> bool:
        return self.role in ("reference", "normalised")


class Command(BaseCommand):
    help = (
        "Validate backend/content and grade every reference solution, starter and wrong "
        "answer in the sandbox."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--path", help="The content folder (default: backend/content).")
        parser.add_argument(
            "--only", metavar="SLUG", help="Grade only this exercise (or this topic's)."
        )
        parser.add_argument(
            "--mutant-scores",
            action="store_true",
            help="Print each exercise's mutation score and its surviving mutants.",
        )
        parser.add_argument(
            "--sample-slow",
            type=int,
            metavar="N",
            help="Grade only N mutants of each pytest and django exercise (whose every grading "
            "starts a sandbox per implementation, or a Django project), chosen by a stable hash "
            "of their ids, plus those listed as equivalent or debt; `make test` samples, `make "
            "check-content` does not.",
        )
        parser.add_argument(
            "--write-debt",
            action="store_true",
            help=f"Rewrite content/{ledger.DEBT_FILE} with every surviving mutant not listed "
            "as equivalent (to record the debt when the mutant operators change; review the "
            "diff: the debt must not grow).",
        )

    def handle(self, *args, path=None, only=None, mutant_scores=False, write_debt=False,
               sample_slow=None, **options):  # fmt: skip
        if write_debt and (only or sample_slow is not None):
            raise CommandError(
                "--write-debt needs the whole curriculum: drop --only and --sample-slow"
            )
        content = load_content(path)
        cleaned, spec_problems = cleaned_exercises(content)
        debt, debt_problems = ledger.load_debt(content.root)
        problems = content.problems + spec_problems + debt_problems
        for problem in problems:
            self.stdout.write(str(problem))

        exercises = [e for e in content.exercises if e.is_sandboxed]
        texts = [e for e in content.exercises if e.kind == "text"]
        if only:
            exercises = [e for e in exercises if only in (e.slug, e.topic_slug)]
            texts = [e for e in texts if only in (e.slug, e.topic_slug)]
            if not exercises and not texts:
                raise CommandError(
                    f"no code, sql, http or text exercise or topic is named {only!r}"
                )

        samples = [0, 0]
        for exercise in texts:
            good, total, lines = _check_samples(exercise, cleaned)
            samples[0] += good
            samples[1] += total
            for line in lines:
                self.stdout.write(line)

        outcomes = {"reference": [0, 0], "starter": [0, 0], "wrong": [0, 0]}
        runs = []
        mutated: dict[str, ledger.ExerciseMutants] = {}
        for exercise in exercises:
            if exercise.slug in cleaned:
                runs += _runs(exercise)
                mutant_runs, record, mutation_problems = _mutant_runs(exercise, debt, sample_slow)
                runs += mutant_runs
                if record is not None:
                    mutated[exercise.slug] = record
                for problem in mutation_problems:
                    self.stdout.write(str(problem))
                problems += mutation_problems
                continue
            # Its files are broken: it counts as failing everywhere, reported once.
            self.stdout.write(f"{exercise.slug}: not graded: its files have problems (above)")
            for run in _runs(exercise):
                outcomes[run.role][1] += 1
        warnings: set[str] = set()
        from grading import SandboxConfig

        config = SandboxConfig.from_env()
        failed = 0
        broken: set[str] = set()  # exercises whose reference fails: their mutants mean nothing
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            futures = [(run, pool.submit(_grade, run, cleaned, config)) for run in runs]
            for run, future in futures:
                good, lines, run_warnings = future.result()
                warnings |= run_warnings
                if run.exercise.slug in broken and run.role in ("normalised", "mutant"):
                    continue
                if run.role == "reference" and not good:
                    broken.add(run.exercise.slug)
                if run.role == "mutant":
                    # Killed, or graded accepted: the ledger says whether a survivor is allowed.
                    if good is None:
                        mutated[run.exercise.slug].survivors.append(run.mutant.id)
                    failed += good is False
                elif run.role == "normalised":
                    failed += not good
                else:
                    outcomes[run.role][0] += good
                    outcomes[run.role][1] += 1
                for line in lines:
                    self.stdout.write(line)
        for warning in sorted(warnings):
            self.stderr.write(f"warning: {warning}")

        lines, stale, survivors = _judge_mutants(
            content, mutated, debt, broken=broken, whole=not only, write_debt=write_debt,
            scores=mutant_scores,
        )  # fmt: skip
        for line in lines:
            self.stdout.write(line)
        problems += stale
        failed += survivors

        counts = content.kind_counts()
        shown = ("code", "sql", "http", "pytest", "django", "choice", "text")
        kinds = ", ".join(f"{kind} {counts[kind]}" for kind in shown)
        ref, starter, wrong = outcomes["reference"], outcomes["starter"], outcomes["wrong"]
        if exercises:
            self.stdout.write(ledger.summary(list(mutated.values())))
        self.stdout.write(
            f"content: {len(content.topics)} topics, {len(content.exercises)} exercises "
            f"({kinds}); references accepted {ref[0]}/{ref[1]}; "
            f"starters rejected {starter[0]}/{starter[1]}; "
            f"wrong answers rejected {wrong[0]}/{wrong[1]}; "
            f"text samples accepted {samples[0]}/{samples[1]}"
        )
        failed += sum(total - good for good, total in [*outcomes.values(), samples])
        if problems or failed:
            raise CommandError(
                f"content check failed: {len(problems)} problem(s) in the files, "
                f"{failed} grading(s) not as required"
            )


def _runs(exercise: ExerciseFiles) -> list[Run]:
    suffix = _answer_suffix(exercise.kind)
    runs = [
        Run(exercise, "reference", exercise.file(f"solution{suffix}"), exercise.solution),
        Run(exercise, "starter", exercise.file(f"starter{suffix}"), exercise.starter),
    ]
    runs += [Run(exercise, "wrong", path, source) for path, source in exercise.wrong.items()]
    # A missing file was reported by the loader; there is nothing to grade.
    runs = [run for run in runs if run.source is not None]
    return runs


SLOW_KINDS = tuple(name for name, kind in GRADING_KINDS.items() if kind.slow)


def _sampled(mutants: list[Mutant], keep: set[str], size: int) -> list[Mutant]:
    """`size` mutants chosen by a hash of their ids (the same ones every run while the ids do
    not change), plus every mutant whose id is in `keep`, in their original order."""
    ranked = sorted(mutants, key=lambda m: hashlib.sha256(m.id.encode()).hexdigest())
    chosen = {m.id for m in ranked[:size]} | keep
    return [m for m in mutants if m.id in chosen]


def _mutant_runs(
    exercise: ExerciseFiles, debt: dict[str, list[str]], sample: int | None = None
) -> tuple[list[Run], ledger.ExerciseMutants | None, list[Problem]]:
    """The runs that grade an exercise's mutants, preceded by its normalised reference (the
    reference as the mutator prints it, which must still be accepted, or the mutants would
    not be edits of a correct program); the record their verdicts go to; and problems."""
    file = _solution_file(exercise)
    equivalent, problems = ledger.equivalent_mutants(exercise.meta, exercise.path)
    try:
        normalised, mutants = generate(exercise.kind, exercise.solution)
    except MutationError as exc:
        return [], None, [*problems, Problem(file, f"cannot be mutated: {exc}")]
    if sample is not None and exercise.kind in SLOW_KINDS:
        mutants = _sampled(mutants, set(equivalent) | set(debt.get(exercise.slug, [])), sample)
    record = ledger.ExerciseMutants(
        slug=exercise.slug,
        kind=exercise.kind,
        folder=exercise.path,
        ids=[mutant.id for mutant in mutants],
        survivors=[],
        equivalent=equivalent,
        debt=debt.get(exercise.slug, []),
    )
    runs = [Run(exercise, "normalised", file, normalised)]
    runs += [Run(exercise, "mutant", file, mutant.source, mutant) for mutant in mutants]
    return runs, record, problems


def _judge_mutants(
    content: Content,
    mutated: dict[str, ledger.ExerciseMutants],
    debt: dict[str, list[str]],
    *,
    broken: set[str],
    whole: bool,
    write_debt: bool,
    scores: bool,
) -> tuple[list[str], list[Problem], int]:
    """After grading: the lines to print, the stale entries of the equivalent lists and the
    debt file, and how many survivors nothing justifies. Drops the exercises whose reference
    fails (`broken`) and, with `write_debt`, records today's survivors as the debt first."""
    lines = []
    for slug in sorted(broken):
        if mutated.pop(slug, None) is not None:
            lines.append(f"{slug}: mutants not judged: the reference solution fails")
    records = list(mutated.values())
    if write_debt:
        recorded = ledger.write_debt(content.root, records)
        lines.append(f"wrote {recorded} surviving mutant(s) to {ledger.DEBT_FILE}")
        debt, _ = ledger.load_debt(content.root)
        for record in records:
            record.debt = debt.get(record.slug, [])
    stale = [problem for record in records for problem in record.stale()]
    if whole:
        sandboxed = {e.slug for e in content.exercises if e.is_sandboxed}
        stale += ledger.unknown_debt(debt, sandboxed)
    lines += [str(problem) for problem in stale]
    for record in records:
        lines += [f"{record.slug}: {_solution_file(record)}: mutant survives, the tests accept "
                  f"it: {mutant_id}" for mutant_id in record.unjustified]  # fmt: skip
    if scores:
        for record in records:
            lines += ledger.score_lines(record)
    return lines, stale, sum(len(record.unjustified) for record in records)


def _solution_file(exercise) -> str:
    """The reference solution's path of an exercise (its files or its mutation record)."""
    suffix = _answer_suffix(exercise.kind)
    folder = exercise.path if isinstance(exercise, ExerciseFiles) else exercise.folder
    return f"{folder}/solution{suffix}"


def _check_samples(exercise: ExerciseFiles, cleaned: dict) -> tuple[int, int, list[str]]:
    """Grade a text exercise's sample answers against its stored spec; return how many were
    accepted, how many there are, and the lines to print."""
    from grading import grade

    samples = text_samples(exercise)
    head = f"{exercise.slug}: {exercise.file('exercise.yaml')}:"
    if exercise.slug not in cleaned:
        # Its files are broken: every sample counts as failing, reported once.
        lines = [f"{exercise.slug}: samples not checked: its files have problems (above)"]
        return 0, len(samples), lines if samples else []
    fields = cleaned[exercise.slug]
    stored = merge_specs(fields["spec"], fields["private_spec"])
    good, lines = 0, []
    for sample in samples:
        result = grade("text", sample, stored)
        if result.status != "completed":
            lines.append(f"{head} sample answer {sample!r} could not be graded: {result.error}")
        elif result.verdict != Verdict.ACCEPTED:
            what = "patterns" if stored.get("match") == "regex" else "answers"
            lines.append(f"{head} sample answer {sample!r} must be accepted, but the accepted "
                         f"{what} reject it")  # fmt: skip
        else:
            good += 1
    return good, len(samples), lines


def _grade(run: Run, cleaned: dict, config) -> tuple[bool | None, list[str], set[str]]:
    """Grade one run; return whether it got what it must, the lines to print, and warnings.
    A mutant that is accepted gets None: whether it may survive is the ledger's to say."""
    from grading import Limits, grade

    exercise = run.exercise
    head = f"{exercise.slug}: {run.file}:"
    fields = cleaned[exercise.slug]
    limits = Limits.from_dict(fields["limits"])
    try:
        stored = merge_specs(fields["spec"], fields["private_spec"])
        result = grade(exercise.kind, run.source, stored, limits=limits, config=config)
    except Exception as exc:  # the grader must never raise; say so rather than stop the check
        return False, [f"{head} the grader raised {exc.__class__.__name__}: {exc}"], set()

    warnings = set(result.warnings)
    if not result.sandboxed:
        warnings.add("some answers were graded without the bubblewrap sandbox")
    # The same judgement as a check of an exercise written in the app (curriculum.checks).
    outcome = answer_outcome(result, role="reference" if run.role == "mutant" else run.role)
    if outcome.accepted is None:
        return False, [f"{head} could not be graded: {outcome.error}"], warnings
    if run.role == "mutant":
        return (None if outcome.accepted else True), [], warnings
    if outcome.ok:
        return True, [], warnings
    if run.role == "normalised":
        return False, [
            f"{head} the reference as the mutator prints it is not accepted "
            f"(got {result.verdict}), so its mutants are not edits of a correct program"
        ], warnings  # fmt: skip
    if run.must_pass:
        lines = [f"{head} the reference solution must be accepted, got {result.verdict} "
                 f"(score {result.score:.2f})"]  # fmt: skip
        for test in outcome.failing:
            lines.append(f"    {test['name']} [{test['status']}]: {test['message']}")
        as_written = grading_spec(exercise)
        if as_written != stored:
            again = grade(exercise.kind, run.source, as_written, limits=limits, config=config)
            if again.verdict == Verdict.ACCEPTED:
                lines.append(
                    "    note: it is accepted with the spec as written in the files; "
                    "storing it (specs.validate_spec_pair) changes what the tests mean"
                )
        return False, lines, warnings
    what = "the starter" if run.role == "starter" else "this wrong answer"
    return False, [
        f"{head} {what} must be rejected, but all {len(result.tests)} tests pass: "
        "the tests are too weak to catch it"
    ], warnings  # fmt: skip
