"""Mutants of a reference solution: the small, plausible mistakes its tests must catch.

`generate(kind, source)` returns the normalised reference (the source as the mutator prints it,
which the checker grades first: it must still be accepted) and every mutant of it, for `code`
and `http` exercises (Python, `python.py`) and `sql` exercises (`sql.py`). A mutant is one
edit of the reference, printed back as source, with an id that names the edit in words and
stays the same while the rest of the file changes, so that an exercise can list a mutant as
equivalent and the debt file can name it. Mutants that do not compile, or that print the same
as the reference or as an earlier mutant, are dropped.

`ledger.py` turns graded mutants into what `content_check` reports: scores, survivors with or
without a reason, and stale entries in the lists of equivalents and debt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grading.text import truncate

MAX_SNIPPET = 60


class MutationError(ValueError):
    """The reference cannot be mutated (the mutator cannot parse it)."""


@dataclass(frozen=True)
class Mutant:
    id: str  # e.g. "Cart.total: compare: n > 0 -> n >= 0"
    operator: str  # the kind of edit, e.g. "compare", "remove", "where"
    source: str  # the whole mutated program or statement


def generate(kind: str, source: str) -> tuple[str, list[Mutant]]:
    """The normalised reference and its mutants, for a `code`, `http` or `sql` exercise.
    Raises MutationError when the reference cannot be parsed."""
    if kind == "sql":
        from stepwise.curriculum.mutants.sql import sql_mutants

        return sql_mutants(source)
    if kind in ("code", "http", "pytest"):
        from stepwise.curriculum.mutants.python import python_mutants

        return python_mutants(source)
    if kind == "django":
        return _project_mutants(source)
    raise ValueError(f"exercises of kind {kind!r} have no mutants")


def _project_mutants(files: dict) -> tuple[dict, list[Mutant]]:
    """A django answer's mutants: the mutants of each of its Python files, the others kept as
    the mutator prints them; each id starts with the file's path."""
    from stepwise.curriculum.mutants.python import python_mutants

    normalised, per_file = {}, {}
    for path, text in sorted(files.items()):
        try:
            normalised[path], per_file[path] = python_mutants(text)
        except MutationError as exc:
            raise MutationError(f"{path}: {exc}") from exc
    mutants = [
        Mutant(f"{path}: {mutant.id}", mutant.operator, {**normalised, path: mutant.source})
        for path, file_mutants in per_file.items()
        for mutant in file_mutants
    ]
    return normalised, mutants


def snippet(text: str) -> str:
    """`text` on one line, cut to MAX_SNIPPET characters: the readable part of a mutant id."""
    text = re.sub(r"\s+", " ", text).strip()
    # "..." and not "…": the snippet is part of mutant ids that the ledger files record.
    return truncate(text, MAX_SNIPPET, marker="...")


class Collector:
    """Mutants in the order they are found: drops those equal to the reference or to an
    earlier mutant, and numbers ids that would repeat (`... #2`) so each stays unique."""

    def __init__(self, original: str):
        self.original = original
        self.mutants: list[Mutant] = []
        self._sources = {original}
        self._ids: dict[str, int] = {}

    def add(self, operator: str, description: str, source: str) -> None:
        if source in self._sources:
            return
        self._sources.add(source)
        seen = self._ids.get(description, 0) + 1
        self._ids[description] = seen
        mutant_id = description if seen == 1 else f"{description} #{seen}"
        self.mutants.append(Mutant(mutant_id, operator, source))
