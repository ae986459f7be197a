"""The curriculum as files (backend/content, see its README.md), loaded without Django.

`load_content(root)` parses every topic and exercise folder into plain dataclasses and checks
them against `content/schema/*.schema.json` and the README's rules. It never stops at the first
mistake: `Content.problems` lists all of them, each naming its file relative to the content
folder. `exercise_fields()` / `topic_fields()` give what the database stores for an item,
`grading_spec()` what the grader needs, and `text_samples()` the answers a text exercise must
accept (its `sample_answers`, which are never stored).
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

from grading.explanations import EXPLAINED_KINDS, explanation_problem
from grading.kinds import KINDS as GRADING_KINDS
from grading.kinds import SANDBOXED
from grading.patterns import pattern_problem
from grading.text import truncate

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "content"
# The schemas travel with the code, so a tree elsewhere (--path, tests) is held to the same rules.
SCHEMA_DIR = DEFAULT_ROOT / "schema"

KINDS = tuple(GRADING_KINDS)
SANDBOXED_KINDS = SANDBOXED
MIN_TESTS = 5
SOURCE_SUFFIX = {"code": ".py", "http": ".py", "sql": ".sql", "pytest": ".py"}
COMMENT_PREFIXES = {".py": ("#",), ".sql": ("--", "/*")}
TOPIC_FILES = {"topic.yaml", "lesson.md", "exercises"}


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the content folder
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class ExerciseFiles:
    path: str  # the exercise folder, relative to the content folder
    topic_slug: str
    meta: dict  # exercise.yaml
    prompt: str = ""
    starter: str | dict | None = None  # a django exercise's are {path: text}
    solution: str | dict | None = None
    tests: dict | None = None  # tests.yaml
    schema_sql: str | None = None
    seed_sql: str | None = None
    reference: str | None = None  # pytest: the correct implementation (reference.py)
    bugs: dict[str, str] = field(default_factory=dict)  # pytest: bug name -> bugs/<name>.py
    project: dict[str, str] = field(default_factory=dict)  # django, pytest: project/ path -> text
    wrong: dict[str, str | dict] = field(default_factory=dict)  # relative path -> source
    valid: bool = True  # no problem was found in this exercise's own files

    @property
    def slug(self) -> str:
        return self.meta.get("slug") or Path(self.path).name

    @property
    def kind(self) -> str | None:
        return self.meta.get("kind")

    @property
    def is_sandboxed(self) -> bool:
        return self.kind in SANDBOXED_KINDS

    def file(self, name: str) -> str:
        """The path of one of this exercise's files, relative to the content folder."""
        return f"{self.path}/{name}"


@dataclass
class TopicFiles:
    path: str  # the topic folder, relative to the content folder
    meta: dict  # topic.yaml
    lesson: str = ""
    exercises: list[ExerciseFiles] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.meta.get("slug", "")


@dataclass
class Content:
    root: Path
    topics: list[TopicFiles] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def exercises(self) -> list[ExerciseFiles]:
        return [exercise for topic in self.topics for exercise in topic.exercises]

    @property
    def ok(self) -> bool:
        return not self.problems

    def kind_counts(self) -> dict[str, int]:
        counts = Counter(exercise.kind for exercise in self.exercises)
        return {kind: counts.get(kind, 0) for kind in KINDS}

    def report(self, path: Path | str, message: str) -> None:
        if isinstance(path, Path):
            path = path.relative_to(self.root).as_posix()
        self.problems.append(Problem(path, message))


# --- loading -------------------------------------------------------------------------------


def load_content(root: Path | str | None = None) -> Content:
    """Parse and check the content folder at `root` (default: backend/content)."""
    content = Content(root=Path(root or DEFAULT_ROOT).resolve())
    topics_dir = content.root / "topics"
    if not topics_dir.is_dir():
        content.report("topics", "the folder is missing")
        return content
    for folder in _entries(topics_dir):
        if not folder.is_dir():
            content.report(folder, "unexpected file: topics/ holds one folder per topic")
            continue
        topic = _load_topic(content, folder)
        if topic is not None:
            content.topics.append(topic)
    _check_slugs(content)
    _check_prerequisites(content)
    for topic in content.topics:
        topic.exercises.sort(key=lambda e: (_order(e.meta), e.slug))
        for exercise in topic.exercises:
            mine = exercise.path + "/"
            exercise.valid = not any(
                p.path == exercise.path or p.path.startswith(mine) for p in content.problems
            )
    content.topics.sort(key=lambda t: (_order(t.meta), str(t.slug)))
    return content


def _order(meta: dict) -> int:
    order = meta.get("order")
    return order if isinstance(order, int) else 0


def _entries(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if not p.name.startswith(".") and p.name != "__pycache__"
    )


def _load_topic(content: Content, folder: Path) -> TopicFiles | None:
    meta = _read_yaml(content, folder / "topic.yaml")
    if meta is None:
        return None
    _validate(content, folder / "topic.yaml", meta, "topic")
    slug = meta.get("slug")
    if isinstance(slug, str) and not re.fullmatch(rf"(\d+-)?{re.escape(slug)}", folder.name):
        content.report(
            folder / "topic.yaml",
            f"the folder is named {folder.name!r} but the slug is {slug!r}; "
            f"name it {slug!r}, optionally after a number that sorts it (01-{slug})",
        )
    topic = TopicFiles(path=_rel(content, folder), meta=meta)
    topic.lesson = _read_text(content, folder / "lesson.md", nonempty=True) or ""
    for entry in _entries(folder):
        if entry.name not in TOPIC_FILES:
            content.report(entry, "unexpected file: a topic folder holds topic.yaml, "
                           "lesson.md and exercises/")  # fmt: skip
    exercises_dir = folder / "exercises"
    if exercises_dir.is_dir():
        for entry in _entries(exercises_dir):
            if not entry.is_dir():
                content.report(entry, "unexpected file: exercises/ holds one folder per exercise")
                continue
            exercise = _load_exercise(content, entry, topic_slug=slug or "")
            if exercise is not None:
                topic.exercises.append(exercise)
    return topic


def _load_exercise(content: Content, folder: Path, *, topic_slug: str) -> ExerciseFiles | None:
    meta = _read_yaml(content, folder / "exercise.yaml")
    if meta is None:
        return None
    _validate(content, folder / "exercise.yaml", meta, "exercise")
    exercise = ExerciseFiles(path=_rel(content, folder), topic_slug=topic_slug, meta=meta)
    if isinstance(meta.get("slug"), str) and meta["slug"] != folder.name:
        content.report(
            folder / "exercise.yaml",
            f"the folder is named {folder.name!r} but the slug is {meta['slug']!r}; "
            "they must be equal",
        )
    exercise.prompt = _read_text(content, folder / "prompt.md", nonempty=True) or ""
    kind = meta.get("kind")
    expected = {"exercise.yaml", "prompt.md"}
    if kind in EXPLAINED_KINDS and isinstance(meta.get("explanation"), str):
        # The schema has reported a missing one or one that is not text.
        problem = explanation_problem(meta["explanation"])
        if problem:
            content.report(folder / "exercise.yaml", f"explanation: {problem}")
    if kind == "choice":
        _check_choice(content, folder / "exercise.yaml", meta)
    elif kind == "text":
        _check_text(content, folder / "exercise.yaml", meta)
    elif kind == "django":
        expected |= _load_django(content, folder, exercise)
    elif kind in SANDBOXED_KINDS:
        expected |= _load_sandboxed(content, folder, exercise, kind)
    else:
        return exercise  # the schema has already said what is wrong with `kind`
    for entry in _entries(folder):
        if entry.name not in expected:
            content.report(entry, f"unexpected file: a {kind} exercise does not use it")
    return exercise


def _load_sandboxed(content: Content, folder: Path, exercise: ExerciseFiles, kind: str) -> set:
    """Read the files of a code, sql or http exercise; return the names it may contain."""
    suffix = SOURCE_SUFFIX[kind]
    names = {f"starter{suffix}", f"solution{suffix}", "tests.yaml", "wrong"}
    exercise.starter = _read_text(content, folder / f"starter{suffix}")
    exercise.solution = _read_text(content, folder / f"solution{suffix}", nonempty=True)
    if kind == "sql":
        names |= {"schema.sql", "seed.sql"}
        exercise.schema_sql = _read_text(content, folder / "schema.sql", nonempty=True)
        exercise.seed_sql = _read_text(content, folder / "seed.sql")

    tests_path = folder / "tests.yaml"
    tests = _read_yaml(content, tests_path)
    if tests is not None and kind == "pytest":
        exercise.tests = tests
        _validate(content, tests_path, tests, "pytest-tests")
        names |= {"reference.py", "bugs", "project"}
        _load_bugs(content, folder, exercise, tests)
        if (folder / "project").exists():  # tests of a Django project (see pytest-tests schema)
            exercise.project = _tree(content, folder / "project")
    elif tests is not None:
        exercise.tests = tests
        _validate(content, tests_path, tests, f"{kind}-tests")
        _check_test_counts(content, tests_path, tests.get("tests"))
        if isinstance(tests, dict) and not tests.get("generated") and not tests.get("no_generated"):
            content.report(
                tests_path, "add generated hidden tests, or say in no_generated why the written "
                "tests cover the inputs without them"
            )  # fmt: skip

    wrong_dir = folder / "wrong"
    if wrong_dir.is_dir():
        for entry in _entries(wrong_dir):
            if entry.suffix != suffix or not entry.is_file():
                content.report(entry, f"unexpected file: wrong answers of a {kind} exercise "
                               f"are {suffix} files")  # fmt: skip
                continue
            source = _read_text(content, entry, nonempty=True)
            if source is None:
                continue
            first = next((line.strip() for line in source.splitlines() if line.strip()), "")
            if not first.startswith(COMMENT_PREFIXES[suffix]):
                content.report(entry, "a wrong answer starts with a comment naming the mistake")
            exercise.wrong[_rel(content, entry)] = source
    if not exercise.wrong:
        content.report(
            wrong_dir, f"at least one wrong answer is required (wrong/<mistake>{suffix})"
        )
    return names


def _tree(content: Content, folder: Path) -> dict[str, str]:
    """The .py files under `folder` as {relative/path.py: text}; other files are reported."""
    files: dict[str, str] = {}
    if not folder.is_dir():
        content.report(folder, "the folder is missing")
        return files
    for path in sorted(folder.rglob("*")):
        if any(part.startswith(".") or part == "__pycache__" for part in path.parts):
            continue
        if path.is_dir():
            continue
        if path.suffix != ".py":
            content.report(path, "unexpected file: a django project here holds .py files only")
            continue
        text = _read_text(content, path)
        if text is not None:
            files[path.relative_to(folder).as_posix()] = text
    return files


def _load_django(content: Content, folder: Path, exercise: ExerciseFiles) -> set:
    """A django exercise: project/ (fixed files), starter/ and solution/ (the editable files,
    the same paths in both), tests.yaml, and wrong/<mistake>/ folders holding the editable
    files that differ from solution/, each starting with a comment naming the mistake."""
    exercise.project = _tree(content, folder / "project")
    exercise.starter = _tree(content, folder / "starter")
    exercise.solution = _tree(content, folder / "solution")
    if exercise.starter is not None and set(exercise.starter) != set(exercise.solution):
        content.report(folder / "starter", "starter/ and solution/ must hold the same files")
    overlap = sorted(set(exercise.project) & set(exercise.solution))
    if overlap:
        content.report(folder / "project", f"files both fixed and editable: {', '.join(overlap)}")
    tests_path = folder / "tests.yaml"
    tests = _read_yaml(content, tests_path)
    if tests is not None:
        exercise.tests = tests
        _validate(content, tests_path, tests, "django-tests")
        _check_test_counts(content, tests_path, tests.get("tests"))
    wrong_dir = folder / "wrong"
    for entry in _entries(wrong_dir) if wrong_dir.is_dir() else []:
        if not entry.is_dir():
            content.report(entry, "a wrong answer of a django exercise is a folder of files")
            continue
        files = _tree(content, entry)
        unknown = sorted(set(files) - set(exercise.solution))
        if unknown:
            content.report(entry, f"not editable files: {', '.join(unknown)}")
        for path, text in files.items():
            first = next((line.strip() for line in text.splitlines() if line.strip()), "")
            if not first.startswith("#"):
                content.report(
                    entry / path, "a wrong answer starts with a comment naming the mistake"
                )
        if files:
            exercise.wrong[_rel(content, entry)] = {**exercise.solution, **files}
    if not exercise.wrong:
        content.report(wrong_dir, "at least one wrong answer is required (wrong/<mistake>/...)")
    return {"project", "starter", "solution", "tests.yaml", "wrong"}


def _load_bugs(content: Content, folder: Path, exercise: ExerciseFiles, tests: dict) -> None:
    """A pytest exercise's implementations: reference.py, and bugs/<name>.py for each bug
    tests.yaml lists (and no other file in bugs/)."""
    exercise.reference = _read_text(content, folder / "reference.py", nonempty=True)
    listed = [b.get("name") for b in tests.get("bugs") or [] if isinstance(b, dict)]
    bugs_dir = folder / "bugs"
    for name in listed:
        if isinstance(name, str):
            source = _read_text(content, bugs_dir / f"{name}.py", nonempty=True)
            if source is not None:
                exercise.bugs[name] = source
    if bugs_dir.is_dir():
        for entry in _entries(bugs_dir):
            if entry.suffix != ".py" or entry.stem not in listed:
                content.report(entry, "unexpected file: every bug is listed in tests.yaml")


def _check_test_counts(content: Content, path: Path, tests) -> None:
    if not isinstance(tests, list):
        return
    tests = [t for t in tests if isinstance(t, dict)]
    hidden = sum(1 for t in tests if t.get("hidden") is True)
    if len(tests) < MIN_TESTS:
        content.report(path, f"has {len(tests)} tests; at least {MIN_TESTS} are required")
    if hidden == 0:
        content.report(path, "at least one test must be hidden (hidden: true)")
    if hidden == len(tests):
        content.report(path, "at least one test must be visible (every test is hidden)")


def _check_choice(content: Content, path: Path, meta: dict) -> None:
    options = meta.get("options")
    correct = meta.get("correct")
    if not isinstance(options, list) or not isinstance(correct, list):
        return
    ids = [o.get("id") for o in options if isinstance(o, dict)]
    for option_id, count in Counter(ids).items():
        if count > 1:
            content.report(path, f"option id {option_id!r} is used {count} times")
    for option_id in correct:
        if option_id not in ids:
            content.report(path, f"correct names {option_id!r}, which is not an option id")
    if meta.get("multiple") is False and len(correct) != 1:
        content.report(
            path, f"a single-answer question (multiple: false) has exactly one correct id, "
            f"not {len(correct)}"
        )  # fmt: skip


def _check_text(content: Content, path: Path, meta: dict) -> None:
    if meta.get("match") == "regex" and "sample_answers" not in meta:
        content.report(
            path, "a regex exercise needs sample_answers: one or two answers a learner would "
            "type, which the patterns must accept"
        )  # fmt: skip
    accepted = meta.get("accepted")
    if not isinstance(accepted, list):
        return
    for answer in accepted:
        if not isinstance(answer, str):
            continue
        if meta.get("match") == "regex":
            problem = pattern_problem(answer)
            if problem:
                content.report(path, f"accepted pattern {answer!r} cannot be used: {problem}")
        elif meta.get("match") == "number":
            try:
                float(answer)
            except ValueError:
                content.report(path, f"accepted answer {answer!r} is not a number")


def _check_slugs(content: Content) -> None:
    first_topic: dict[str, str] = {}
    for topic in content.topics:
        if not isinstance(topic.slug, str) or not topic.slug:
            continue
        if topic.slug in first_topic:
            content.report(
                f"{topic.path}/topic.yaml",
                f"slug {topic.slug!r} is already used by {first_topic[topic.slug]}/topic.yaml",
            )
        else:
            first_topic[topic.slug] = topic.path
    first_exercise: dict[str, str] = {}
    for exercise in content.exercises:
        slug = exercise.meta.get("slug")
        if not isinstance(slug, str):
            continue
        if slug in first_exercise:
            content.report(
                exercise.file("exercise.yaml"),
                f"slug {slug!r} is already used by {first_exercise[slug]}/exercise.yaml",
            )
        else:
            first_exercise[slug] = exercise.path


def _check_prerequisites(content: Content) -> None:
    orders = {t.slug: t.meta.get("order") for t in content.topics if isinstance(t.slug, str)}
    for topic in content.topics:
        prerequisites = topic.meta.get("prerequisites")
        if not isinstance(prerequisites, list):
            continue
        path = f"{topic.path}/topic.yaml"
        own = topic.meta.get("order")
        for slug in prerequisites:
            if slug == topic.slug:
                content.report(path, f"topic {slug!r} cannot be its own prerequisite")
            elif slug not in orders:
                content.report(path, f"prerequisite {slug!r} is not a topic")
            elif isinstance(own, int) and isinstance(orders[slug], int) and orders[slug] >= own:
                content.report(
                    path,
                    f"prerequisite {slug!r} must come earlier on the roadmap "
                    f"(its order is {orders[slug]}, this topic's is {own})",
                )


# --- files, YAML and schemas ---------------------------------------------------------------


def _rel(content: Content, path: Path) -> str:
    return path.relative_to(content.root).as_posix()


def _read_text(content: Content, path: Path, *, nonempty: bool = False) -> str | None:
    """The file's text, or None after reporting why it cannot be used."""
    if not path.is_file():
        content.report(path, "the file is missing")
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        content.report(path, f"is not UTF-8 text ({exc.reason} at byte {exc.start})")
        return None
    if nonempty and not text.strip():
        content.report(path, "the file is empty")
        return None
    return text


def _read_yaml(content: Content, path: Path) -> dict | None:
    text = _read_text(content, path)
    if text is None:
        return None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        content.report(path, f"is not valid YAML: {where}{problem}")
        return None
    if not isinstance(data, dict):
        content.report(path, "must be a YAML mapping (key: value lines)")
        return None
    for where, message in _non_json(data, ""):
        content.report(path, f"{where}: {message}")
    return data


def _non_json(value, where: str):
    """Yield (location, message) for YAML values that JSON cannot hold: dates, non-text keys."""
    if isinstance(value, datetime.date | datetime.time):
        yield where or "(top)", f"{value} was read as a date or time; put it in quotes"
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                yield where or "(top)", f"key {key!r} is not text; put it in quotes"
            yield from _non_json(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _non_json(item, f"{where}[{index}]")


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _validate(content: Content, path: Path, data: dict, schema: str) -> None:
    for message in validate_data(data, schema):
        content.report(path, message)


def validate_data(data, schema: str) -> list[str]:
    """What is wrong with `data` according to `schema/<schema>.schema.json`, one message
    each, prefixed with where (`tests[2].args: ...`)."""
    messages = []
    for error in _validator(schema).iter_errors(data):
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        messages.append(f"{where.lstrip('.') or '(top)'}: {_message(error)}")
    return messages


def _message(error) -> str:
    # A schema may say in plain words what a keyword means (`errorMessage`: text, or a mapping
    # from keyword to text); jsonschema's own messages quote the whole offending value.
    custom = error.schema.get("errorMessage") if isinstance(error.schema, dict) else None
    if isinstance(custom, dict):
        custom = custom.get(error.validator)
    if custom:
        return custom
    message = error.message
    return truncate(message, 200, marker="...")


# --- what the database and the grader receive ---------------------------------------------


def topic_fields(topic: TopicFiles) -> dict:
    """The Topic fields the files define (`prerequisites` as slugs)."""
    meta = topic.meta
    return {
        "slug": meta["slug"],
        "title": meta["title"],
        "summary": meta.get("summary", ""),
        "order": meta["order"],
        "published": meta.get("published", True),
        "lesson_markdown": topic.lesson,
        "prerequisites": list(meta.get("prerequisites") or []),
    }


def exercise_fields(exercise: ExerciseFiles) -> dict:
    """The Exercise fields the files define, with `spec` and `private_spec` as in the README."""
    meta = exercise.meta
    spec, private_spec = exercise_specs(exercise)
    return {
        "slug": meta["slug"],
        "title": meta["title"],
        "kind": meta["kind"],
        "difficulty": meta["difficulty"],
        "points": meta["points"],
        "order": meta["order"],
        "hints": list(meta.get("hints") or []),
        "limits": dict(meta.get("limits") or {}),
        "published": meta.get("published", True),
        "prompt_markdown": exercise.prompt,
        "spec": spec,
        "private_spec": private_spec,
    }


def exercise_specs(exercise: ExerciseFiles) -> tuple[dict, dict]:
    """The public `spec` and the `private_spec` of an exercise, built from its files."""
    meta, kind = exercise.meta, exercise.kind
    explained = {"explanation": meta["explanation"]} if "explanation" in meta else {}
    if kind == "choice":
        return (
            {"multiple": meta.get("multiple", False), "options": meta["options"]},
            {"correct": meta["correct"], **explained},
        )
    if kind == "text":
        spec = {"placeholder": meta["placeholder"]} if "placeholder" in meta else {}
        private = {
            "match": meta["match"],
            "accepted": meta["accepted"],
            "tolerance": meta.get("tolerance", 0),
            **explained,
        }
        return spec, private
    if kind == "django":
        tests = exercise.tests or {}
        spec = {
            "runtime": "django",
            "files": exercise.project,
            "editable": sorted(exercise.solution or {}),
            "starter": exercise.starter or {},
            "apps": tests.get("apps") or [],
            "urlconf": tests.get("urlconf"),
            "settings": tests.get("settings") or {},
        }
        return spec, {"solution": exercise.solution, "tests": tests["tests"]}
    if kind == "pytest":
        tests = exercise.tests or {}
        spec = {
            "starter": exercise.starter or "",
            "module": tests["module"],
            "runtime": tests.get("runtime", "django"),
        }
        if exercise.project:
            spec["project"] = {
                "files": exercise.project,
                "apps": tests.get("apps") or [],
                "urlconf": tests.get("urlconf"),
                "settings": tests.get("settings") or {},
            }
        bugs = [{**bug, "source": exercise.bugs[bug["name"]]} for bug in tests["bugs"]]
        private = {"solution": exercise.solution, "reference": exercise.reference, "bugs": bugs}
        return spec, private
    if kind not in ("code", "sql", "http"):
        raise ValueError(f"unknown exercise kind {kind!r}")
    tests = exercise.tests or {}
    private = {"solution": exercise.solution, "tests": tests["tests"]}
    if tests.get("generated"):
        private["generated"] = tests["generated"]
    if kind == "code":
        private["harness"] = tests.get("harness") or ""
        return {"starter": exercise.starter or ""}, private
    if kind == "sql":
        spec = {
            "starter": exercise.starter or "",
            "schema": exercise.schema_sql,
            "seed": exercise.seed_sql or "",
            "ordered": tests["ordered"],
        }
        if tests.get("check_query") is not None:
            private["check_query"] = tests["check_query"]
        return spec, private
    return {"starter": exercise.starter or ""}, private


def text_samples(exercise: ExerciseFiles) -> list[str]:
    """The answers a text exercise must accept: its `sample_answers`, or else (exact,
    case_insensitive and number only) its first `accepted` entry. Only the checker uses them:
    they are not part of either spec, so they never reach the database or a learner."""
    meta = exercise.meta
    if exercise.kind != "text":
        return []
    samples = meta.get("sample_answers")
    if isinstance(samples, list):
        return [s for s in samples if isinstance(s, str)]
    accepted = meta.get("accepted")
    if meta.get("match") == "regex" or not isinstance(accepted, list) or not accepted:
        return []
    return [str(accepted[0])]


def grading_spec(exercise: ExerciseFiles) -> dict:
    """What `grading.grade` receives for this exercise: both halves of the spec, merged
    (the same dict `selectors.grading_spec` builds from a database row)."""
    return merge_specs(*exercise_specs(exercise))


def merge_specs(spec: dict, private_spec: dict) -> dict:
    """Both halves of a specification as one dict, without the `kind` discriminator."""
    merged = {**spec, **private_spec}
    merged.pop("kind", None)
    return merged
