"""The code inside an exercise's specs, edited in the admin as code: one monospace textarea per
piece (starter, reference solution, wrong answers, harness, SQL schema and seed, project
files) with real newlines, the rest of each spec as pretty-printed JSON.

A textarea holds one text, or several (a project's files, the wrong answers) each after a
marker line (`==== file: notes/views.py ====`, `==== wrong answer ====`). Which key a piece
fills, and whether it is one text, files or a list, comes from the kind's spec serializers
(`specs.PUBLIC_SPECS`, `specs.PRIVATE_SPECS`), so a new kind needs nothing here.
"""

import json
import re

from django import forms
from rest_framework import serializers

from stepwise.curriculum.specs import PRIVATE_SPECS, PUBLIC_SPECS

# (form field, spec half, key)
CODE_PIECES = (
    ("code_starter", "spec", "starter"),
    ("code_solution", "private_spec", "solution"),
    ("code_wrong_answers", "private_spec", "wrong_answers"),
    ("code_harness", "private_spec", "harness"),
    ("code_reference", "private_spec", "reference"),
    ("code_schema", "spec", "schema"),
    ("code_seed", "spec", "seed"),
    ("code_check_query", "private_spec", "check_query"),
    ("code_files", "spec", "files"),
)
TEXT, FILES, TEXTS = "text", "files", "texts"
FILE_MARKER = re.compile(r"^==== file: (\S+) ====$")
WRONG_MARKER = re.compile(r"^==== wrong answer ====$")
HELP = {
    TEXT: "",
    FILES: "Each file after a line `==== file: <path> ====`.",
    TEXTS: "Each answer after a line `==== wrong answer ====`.",
}


def shape(kind: str | None, half: str, key: str) -> str | None:
    """How `key` of the kind's `half` holds code: one text, files, a list of texts; None when
    it holds no code for this kind (or something this module leaves to the JSON)."""
    by_kind = PUBLIC_SPECS if half == "spec" else PRIVATE_SPECS
    if kind not in by_kind:
        return None
    field = by_kind[kind]().fields.get(key)
    if isinstance(field, serializers.DictField) and isinstance(field.child, serializers.CharField):
        return FILES
    if isinstance(field, serializers.ListField) and isinstance(field.child, serializers.CharField):
        return TEXTS
    if isinstance(field, serializers.CharField):
        return TEXT
    return None


def render(value, how: str) -> str:
    if how == TEXT:
        return value or ""
    sections = sorted(value.items()) if how == FILES else ((None, text) for text in value)
    out = []
    for path, text in sections:
        out.append(f"==== file: {path} ====" if how == FILES else "==== wrong answer ====")
        out.append(text)
    # The newline the join puts after a text is the end of the line before the next marker,
    # which `parse` takes off again: every text comes back as it was.
    return "\n".join(out)


def parse(text: str, how: str):
    """The value a textarea holds, or `forms.ValidationError`."""
    text = text.replace("\r\n", "\n")
    if how == TEXT:
        return text
    marker = FILE_MARKER if how == FILES else WRONG_MARKER
    sections: list[tuple[str | None, list[str]]] = []
    for line in text.split("\n"):
        found = marker.match(line)
        if found:
            sections.append((found.group(1) if how == FILES else None, []))
        elif sections:
            sections[-1][1].append(line)
        elif line.strip():
            raise forms.ValidationError(f"Start with a marker line: {HELP[how]}")
    texts = [(name, "\n".join(lines)) for name, lines in sections]
    if how == FILES:
        return dict(texts)
    return [body for _, body in texts]


class PrettyJSONField(forms.JSONField):
    """A JSON field shown indented, one key a line."""

    def prepare_value(self, value):
        if isinstance(value, forms.fields.InvalidJSONInput):
            return value
        return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False)


def code_widget() -> forms.Textarea:
    return forms.Textarea(
        attrs={
            "rows": 14,
            "cols": 100,
            "spellcheck": "false",
            "class": "vLargeTextField",
            "style": "font-family: ui-monospace, monospace; white-space: pre; tab-size: 4;",
        }
    )


def code_field(label: str) -> forms.CharField:
    """A form field for one code piece: a monospace textarea kept as typed."""
    return forms.CharField(label=label, required=False, strip=False, widget=code_widget())


def show_code(form: forms.ModelForm) -> None:
    """Fill each code textarea from the instance's specs (what `initial` holds), take those
    pieces out of the JSON fields' initial values, and say how each textarea is laid out."""
    kind = form.initial.get("kind")
    halves = {h: dict(form.initial.get(h) or {}) for h in ("spec", "private_spec")}
    for name, half, key in CODE_PIECES:
        how = shape(kind, half, key) if kind else None
        form.fields[name].help_text = HELP[how or TEXT] or (
            "" if how or not kind else f"A {kind} exercise has none."
        )
        if how is not None and halves[half].get(key) is not None:
            form.initial[name] = render(halves[half].pop(key), how)
    form.initial.update(halves)


def merge_code_fields(form: forms.ModelForm, cleaned: dict) -> None:
    """Put each non-empty code textarea back into its spec half in `cleaned` (an empty one
    leaves the key as the JSON has it, absent if not there)."""
    kind = cleaned.get("kind")
    for half in ("spec", "private_spec"):
        if not isinstance(cleaned.get(half), dict):
            cleaned[half] = {}
    for name, half, key in CODE_PIECES:
        text = cleaned.get(name) or ""
        if not text.strip():
            continue
        how = shape(kind, half, key)
        if how is None:
            label = form.fields[name].label.lower()
            form.add_error(name, f"A {kind} exercise has no {label} here.")
            continue
        try:
            cleaned[half][key] = parse(text, how)
        except forms.ValidationError as exc:
            form.add_error(name, exc)
