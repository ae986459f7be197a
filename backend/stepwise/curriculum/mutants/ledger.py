"""What the graded mutants of each exercise mean: scores, justified and unjustified survivors.

A surviving mutant (graded `accepted`) is justified in one of two ways:
- the exercise lists it in `exercise.yaml` under `equivalent_mutants`, with a reason: it
  behaves like the reference for every input the prompt allows, so no test can kill it;
- the debt file (`content/mutation-debt.yaml`) lists it: a known weakness of the tests,
  recorded so the check stays green until stronger tests kill it.

Every other survivor fails the check, and so does an entry in either list that no longer
matches a surviving mutant (killed, or no longer generated), so both lists only shrink as the
tests get stronger. Equivalent mutants are left out of the score: `killed K/N` counts the
others.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from stepwise.curriculum.content import Problem, validate_data

DEBT_FILE = "mutation-debt.yaml"
DEBT_HEADER = """\
# Mutation debt: mutants of reference solutions that the exercises' tests do NOT kill.
#
# These are not equivalent mutants. Each one is a plausible wrong answer that the tests accept
# today, so each is a debt: strengthen the exercise's tests until it is rejected, then delete
# its line here. `manage.py content_check` fails on a survivor listed nowhere, and on a line
# here whose mutant no longer survives, so this file can only shrink. A mutant that truly
# behaves like the reference for every input the prompt allows belongs in the exercise's
# `equivalent_mutants` instead, with its reason (see content/README.md).
"""


@dataclass
class ExerciseMutants:
    """One exercise's mutants after grading."""

    slug: str
    kind: str
    folder: str  # the exercise folder, relative to the content folder
    ids: list[str]  # every mutant generated, in order
    survivors: list[str]  # the ids graded `accepted`, in order
    equivalent: dict[str, str] = field(default_factory=dict)  # id -> reason
    debt: list[str] = field(default_factory=list)

    @property
    def equivalent_survivors(self) -> list[str]:
        return [s for s in self.survivors if s in self.equivalent]

    @property
    def total(self) -> int:
        """N: the mutants that count, that is all but the surviving equivalent ones."""
        return len(self.ids) - len(self.equivalent_survivors)

    @property
    def killed(self) -> int:
        return len(self.ids) - len(self.survivors)

    @property
    def in_debt(self) -> list[str]:
        return [s for s in self.survivors if s not in self.equivalent and s in self.debt]

    @property
    def unjustified(self) -> list[str]:
        return [s for s in self.survivors if s not in self.equivalent and s not in self.debt]

    def stale(self) -> list[Problem]:
        """Entries of the equivalent list and of the debt that no surviving mutant matches."""
        problems = []
        where = f"{self.folder}/exercise.yaml"
        for mutant_id in self.equivalent:
            if mutant_id not in self.ids:
                message = "is not a mutant of the reference (any more): remove it"
            elif mutant_id not in self.survivors:
                message = "is killed by the tests, so it is not equivalent: remove it"
            else:
                continue
            problems.append(Problem(where, f"equivalent_mutants: {mutant_id!r} {message}"))
        for mutant_id in self.debt:
            if mutant_id in self.equivalent:
                message = "is listed as equivalent too: keep it in one place"
            elif mutant_id not in self.ids:
                message = "is not a mutant of the reference (any more): remove it"
            elif mutant_id not in self.survivors:
                message = "is killed now: remove it (the debt only shrinks)"
            else:
                continue
            problems.append(Problem(DEBT_FILE, f"{self.slug}: {mutant_id!r} {message}"))
        return problems


def equivalent_mutants(meta: dict, folder: str) -> tuple[dict[str, str], list[Problem]]:
    """The `equivalent_mutants` of an exercise.yaml as {id: reason} (its shape is checked by
    the schema), and a problem for each id listed twice."""
    listed = [e for e in meta.get("equivalent_mutants") or [] if isinstance(e, dict)]
    counts = Counter(e.get("mutant") for e in listed)
    problems = [
        Problem(f"{folder}/exercise.yaml", f"equivalent_mutants: {mutant!r} is listed {n} times")
        for mutant, n in counts.items()
        if n > 1
    ]
    return {e["mutant"]: e.get("reason", "") for e in listed if "mutant" in e}, problems


def load_debt(root: Path) -> tuple[dict[str, list[str]], list[Problem]]:
    """The debt file of the content folder at `root` as {slug: [mutant id, ...]}; an absent
    file is no debt."""
    path = root / DEBT_FILE
    if not path.is_file():
        return {}, []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return {}, [Problem(DEBT_FILE, f"cannot be read: {exc}")]
    data = {} if data is None else data
    problems = [Problem(DEBT_FILE, message) for message in validate_data(data, "mutation-debt")]
    if problems:
        return {}, problems
    return {slug: list(ids) for slug, ids in data.items()}, []


def unknown_debt(debt: dict[str, list[str]], slugs: set[str]) -> list[Problem]:
    """A problem for each debt entry naming no exercise with mutants."""
    return [
        Problem(DEBT_FILE, f"{slug!r} is not a code, sql or http exercise: remove its entry")
        for slug in debt
        if slug not in slugs
    ]


def write_debt(root: Path, exercises: list[ExerciseMutants]) -> int:
    """Record every survivor not listed as equivalent as debt, in curriculum order; return
    how many were recorded."""
    entries = {e.slug: [s for s in e.survivors if s not in e.equivalent] for e in exercises}
    entries = {slug: ids for slug, ids in entries.items() if ids}
    # Ids as JSON strings, which YAML reads as double-quoted scalars: one readable line each.
    lines = [DEBT_HEADER]
    for slug, ids in entries.items():
        lines.append(f"{slug}:")
        lines += [f"  - {json.dumps(mutant_id, ensure_ascii=False)}" for mutant_id in ids]
    if not entries:
        lines.append("{}")
    (root / DEBT_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(ids) for ids in entries.values())


def summary(exercises: list[ExerciseMutants]) -> str:
    """`mutants killed K/N (code k/n, sql k/n, http k/n, pytest k/n); equivalent E;
    unjustified survivors (debt): D`."""
    per_kind = []
    for kind in ("code", "sql", "http", "pytest", "django"):
        mine = [e for e in exercises if e.kind == kind]
        per_kind.append(f"{kind} {_sum(mine, 'killed')}/{_sum(mine, 'total')}")
    equivalent = sum(len(e.equivalent_survivors) for e in exercises)
    debt = sum(len(e.in_debt) for e in exercises)
    return (
        f"mutants killed {_sum(exercises, 'killed')}/{_sum(exercises, 'total')} "
        f"({', '.join(per_kind)}); equivalent {equivalent}; "
        f"unjustified survivors (debt): {debt}"
    )


def score_lines(exercise: ExerciseMutants) -> list[str]:
    """One exercise's score and its survivors, each with what justifies it."""
    lines = [
        f"{exercise.slug} ({exercise.kind}): mutants killed {exercise.killed}/{exercise.total}; "
        f"equivalent {len(exercise.equivalent_survivors)}; debt {len(exercise.in_debt)}"
    ]
    for mutant_id in exercise.survivors:
        if mutant_id in exercise.equivalent:
            why = f"equivalent: {exercise.equivalent[mutant_id]}"
        elif mutant_id in exercise.debt:
            why = "debt"
        else:
            why = "unjustified"
        lines.append(f"    survives [{why}]: {mutant_id}")
    return lines


def _sum(exercises: list[ExerciseMutants], attribute: str) -> int:
    return sum(getattr(e, attribute) for e in exercises)
