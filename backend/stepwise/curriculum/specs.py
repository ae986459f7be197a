"""Kind-specific exercise specifications and answers, validated per kind.

Each exercise carries a public `spec` (what learners see) and a `private_spec` (what only
instructors and the grader see). Both, and a learner's answer, are unions discriminated by
`kind`; the OpenAPI schema models them as such.
"""

import re

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from grading.explanations import MAX_EXPLANATION_CHARS
from grading.generators import MAX_COUNT as MAX_GENERATED_CASES
from grading.generators import problem as generator_problem
from grading.generators import requests_problem, tables_problem
from grading.kinds import KINDS as GRADING_KINDS
from grading.kinds.pytest import module_problem
from grading.patterns import pattern_problem
from grading.sqlguard import forbidden_sql_problem

MAX_SOURCE = 64 * 1024
# Bounds of an exercise's `limits`: the grader's own, which it clamps to.
MAX_TESTS = 60
KINDS = tuple(GRADING_KINDS)
MAX_BUGS = 12


def _refusing(problem_of):
    """A field validator that refuses a value for the reason `problem_of` gives ("" or None
    when the value is fine), as a sentence."""

    def validate(value) -> None:
        problem = problem_of(value)
        if problem:
            raise serializers.ValidationError(problem[0].upper() + problem[1:] + ".")

    return validate


# Exercise SQL runs only on a private in-memory database; name what would reach past it.
_sandbox_safe_sql = _refusing(forbidden_sql_problem)
_drawable = _refusing(lambda value: generator_problem(value, "").lstrip(": "))
_drawable_tables = _refusing(tables_problem)
_drawable_requests = _refusing(requests_problem)


def _case_count():
    return serializers.IntegerField(min_value=1, max_value=MAX_GENERATED_CASES, default=20)


def _sql(**kwargs):
    return _source(validators=[_sandbox_safe_sql], **kwargs)


def _runtime():
    # A pattern rather than a one-value enum, which the schema would merge with the `django`
    # kind's discriminator.
    return serializers.RegexField(
        r"^django$",
        default="django",
        help_text="The Python environment the code runs in: `django` has Django, Django REST "
        "framework, pytest and pytest-django.",
    )


def _kind(value: str):
    return serializers.ChoiceField(choices=[value], help_text="Discriminator.")


def _source(**kwargs):
    return serializers.CharField(
        max_length=MAX_SOURCE, allow_blank=True, trim_whitespace=False, **kwargs
    )


def _wrong_answers(child):
    return serializers.ListField(
        child=child,
        required=False,
        max_length=10,
        help_text="Answers the tests must reject (at least one test fails for each): Check "
        "grades them before the exercise can be published.",
    )


# --- public specs --------------------------------------------------------------------------


class ChoiceOptionSerializer(serializers.Serializer):
    id = serializers.RegexField(r"^[A-Za-z0-9_-]{1,20}$", help_text="Short option id, e.g. `a`.")
    text = serializers.CharField(max_length=1000)


class ChoiceSpecSerializer(serializers.Serializer):
    kind = _kind("choice")
    multiple = serializers.BooleanField(default=False)
    options = ChoiceOptionSerializer(many=True, min_length=2, max_length=12)

    def validate_options(self, options):
        ids = [option["id"] for option in options]
        if len(set(ids)) != len(ids):
            raise serializers.ValidationError("Option ids must be unique.")
        return options


class TextSpecSerializer(serializers.Serializer):
    kind = _kind("text")
    placeholder = serializers.CharField(max_length=200, required=False, allow_blank=True)


class ExampleSerializer(serializers.Serializer):
    """A visible test as the learner sees it: what is called and what must come back."""

    name = serializers.CharField()
    input = serializers.CharField()
    expected = serializers.CharField()


class CodeSpecSerializer(serializers.Serializer):
    kind = _kind("code")
    starter = _source(default="")
    examples = ExampleSerializer(many=True, read_only=True)


class SqlSpecSerializer(serializers.Serializer):
    kind = _kind("sql")
    starter = _source(default="")
    schema = _sql(help_text="The CREATE TABLE statements of the exercise's database.")
    seed = _sql(default="", help_text="The rows of the sample database.")
    ordered = serializers.BooleanField(default=False, help_text="Row order matters.")


class HttpSpecSerializer(serializers.Serializer):
    kind = _kind("http")
    starter = _source(default="")
    examples = ExampleSerializer(many=True, read_only=True)


# A django project's file paths: relative, forward slashes, Python packages and modules (a
# module's own name may start with a digit, as migrations' do).
PROJECT_PATH = r"^[a-z_][a-z0-9_]*(/[a-z_][a-z0-9_]*)*(/[a-z0-9_]+)?\.py$"
MAX_PROJECT_FILES = 30
MAX_ANSWER_FILE = 32 * 1024
DOTTED_NAME = r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$"


def _too_many_files(files: dict) -> str:
    return f"at most {MAX_PROJECT_FILES} files" if len(files) > MAX_PROJECT_FILES else ""


def _project_files(validators=(), **kwargs):
    return serializers.DictField(
        child=_source(), validators=[_refusing(_too_many_files), *validators], **kwargs
    )


def _paths_problem(files: dict) -> str:
    bad = [path for path in files if not re.match(PROJECT_PATH, path)]
    return f"not a module path such as notes/views.py: {', '.join(sorted(bad)[:5])}" if bad else ""


class PytestProjectSerializer(serializers.Serializer):
    files = _project_files(
        validators=[_refusing(_paths_problem)],
        help_text="The project's fixed files, path to text.",
    )
    apps = serializers.ListField(
        child=serializers.RegexField(DOTTED_NAME, max_length=100), max_length=10, default=list
    )
    urlconf = serializers.RegexField(DOTTED_NAME, max_length=100, required=False, allow_null=True)
    settings = serializers.DictField(
        default=dict, help_text="Django settings over the grader's defaults."
    )

    def validate_settings(self, value):
        if "DATABASES" in value:
            raise serializers.ValidationError("The database cannot be changed.")
        return value


class PytestSpecSerializer(serializers.Serializer):
    kind = _kind("pytest")
    starter = _source(default="")
    module = serializers.CharField(
        max_length=60,
        help_text="The module the learner's tests import the implementation under test from; "
        "in a project, a dotted name inside it such as `notes.views`.",
    )
    runtime = _runtime()
    project = PytestProjectSerializer(
        required=False,
        allow_null=True,
        help_text="The Django project the tests run in (its fixed files are shown to the "
        "learner; the module under test is not among them), or null for plain Python.",
    )
    bug_count = serializers.IntegerField(
        read_only=True, help_text="How many buggy implementations the tests must catch."
    )

    def validate(self, attrs):
        problem = module_problem(attrs.get("module"), attrs.get("project"))
        if problem:
            raise serializers.ValidationError({"module": problem[0].upper() + problem[1:] + "."})
        return attrs


class DjangoSpecSerializer(serializers.Serializer):
    kind = _kind("django")
    runtime = _runtime()
    files = _project_files(
        default=dict,
        validators=[_refusing(_paths_problem)],
        help_text="The project's fixed files, path to text; the learner sees them read-only.",
    )
    editable = serializers.ListField(
        child=serializers.RegexField(PROJECT_PATH, max_length=200),
        min_length=1,
        max_length=10,
        help_text="The files the learner writes; the answer is these files.",
    )
    starter = _project_files(default=dict, help_text="What each editable file starts as.")
    apps = serializers.ListField(
        child=serializers.RegexField(DOTTED_NAME, max_length=100), max_length=10, default=list
    )
    urlconf = serializers.RegexField(DOTTED_NAME, max_length=100, required=False, allow_null=True)
    settings = serializers.DictField(
        default=dict,
        help_text="Django settings over the grader's defaults (the database is always a "
        "private in-memory SQLite).",
    )

    def validate(self, attrs):
        editable = set(attrs["editable"])
        if set(attrs.get("starter") or {}) - editable:
            raise serializers.ValidationError({"starter": "Only editable files have a starter."})
        if editable & set(attrs.get("files") or {}):
            raise serializers.ValidationError(
                {"editable": "A file is fixed or editable, not both."}
            )
        if "DATABASES" in (attrs.get("settings") or {}):
            raise serializers.ValidationError({"settings": "The database cannot be changed."})
        return attrs


# --- private specs -------------------------------------------------------------------------


def _explanation():
    return serializers.CharField(
        max_length=MAX_EXPLANATION_CHARS,
        required=False,
        help_text="Markdown shown after an answer: why the right answer is right and, for a "
        "choice, why the tempting options are wrong.",
    )


class ChoicePrivateSpecSerializer(serializers.Serializer):
    kind = _kind("choice")
    correct = serializers.ListField(
        child=serializers.CharField(max_length=20), min_length=1, max_length=12
    )
    explanation = _explanation()


class TextPrivateSpecSerializer(serializers.Serializer):
    kind = _kind("text")
    match = serializers.ChoiceField(
        choices=["exact", "case_insensitive", "regex", "number"], default="exact"
    )
    accepted = serializers.ListField(
        child=serializers.CharField(max_length=500), min_length=1, max_length=20
    )
    tolerance = serializers.FloatField(default=0.0, min_value=0.0)
    explanation = _explanation()

    def validate(self, attrs):
        if attrs.get("match") == "regex":
            problems = {
                str(index): f"Not a usable pattern: {problem}."
                for index, pattern in enumerate(attrs.get("accepted", []))
                if (problem := pattern_problem(pattern))
            }
            if problems:
                raise serializers.ValidationError({"accepted": problems})
        return attrs


class _TestBase(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    hidden = serializers.BooleanField(default=False)


def _value_type():
    return serializers.RegexField(
        r"^[A-Za-z_][A-Za-z0-9_.]*$",
        max_length=200,
        required=False,
        help_text="The exact type the value must have: `bool`, `int`, `float`, `str`, `list`, "
        "`tuple`, `dict`, `set`, `bytes`, `NoneType`, or `module.QualifiedName`.",
    )


def _no_alias():
    return serializers.BooleanField(
        required=False,
        help_text="The value must share no list, dict or set with the arguments.",
    )


class CodeStepSerializer(serializers.Serializer):
    call = serializers.CharField(max_length=100)
    args = serializers.ListField(child=serializers.JSONField(allow_null=True), default=list)
    kwargs = serializers.DictField(child=serializers.JSONField(allow_null=True), default=dict)
    expect = serializers.JSONField(required=False, allow_null=True)
    raises = serializers.CharField(max_length=100, required=False)
    type = _value_type()
    no_alias = _no_alias()


class CodeObjectSerializer(serializers.Serializer):
    args = serializers.ListField(child=serializers.JSONField(allow_null=True), default=list)
    kwargs = serializers.DictField(child=serializers.JSONField(allow_null=True), default=dict)

    def get_fields(self):
        # `class` is a Python keyword, so it cannot be a class attribute; it is the wire name.
        return {"class": serializers.CharField(max_length=100), **super().get_fields()}


class CodeTestSerializer(_TestBase):
    """One of: `call` a function, build an `object` and run `steps`, or evaluate `expr`."""

    call = serializers.CharField(max_length=100, required=False)
    args = serializers.ListField(child=serializers.JSONField(allow_null=True), required=False)
    kwargs = serializers.DictField(child=serializers.JSONField(allow_null=True), required=False)
    object = CodeObjectSerializer(required=False)
    steps = CodeStepSerializer(many=True, required=False, max_length=100)
    expr = serializers.CharField(max_length=2000, required=False)
    expect = serializers.JSONField(required=False, allow_null=True)
    raises = serializers.CharField(max_length=100, required=False)
    compare = serializers.ChoiceField(
        choices=["exact", "approx", "unordered"], required=False, default="exact"
    )
    tolerance = serializers.FloatField(required=False, min_value=0.0)
    type = _value_type()
    no_alias = _no_alias()

    def validate(self, attrs):
        forms = [key for key in ("call", "object", "expr") if key in attrs]
        if len(forms) != 1:
            raise serializers.ValidationError("A test has exactly one of call, object or expr.")
        if "object" in attrs and not attrs.get("steps"):
            raise serializers.ValidationError({"steps": "An object test needs steps."})
        # An explicit `expect: null` is kept in attrs (allow_null); an absent one is not.
        if "object" not in attrs and ("expect" in attrs) == ("raises" in attrs):
            raise serializers.ValidationError("A test has exactly one of expect or raises.")
        return attrs


class GeneratedBlockSerializer(serializers.Serializer):
    """Hidden tests drawn at random (see grading/generators.py); the reference solution's
    outcomes are their expectations."""

    name = serializers.CharField(max_length=200)
    call = serializers.RegexField(r"^[A-Za-z_][A-Za-z0-9_]*$", max_length=100)
    args = serializers.ListField(
        child=serializers.JSONField(validators=[_drawable]), default=list, max_length=20
    )
    kwargs = serializers.DictField(
        child=serializers.JSONField(validators=[_drawable]), default=dict
    )
    count = _case_count()
    compare = serializers.ChoiceField(choices=["exact", "approx", "unordered"], required=False)
    tolerance = serializers.FloatField(required=False, min_value=0.0)
    type = _value_type()
    no_alias = _no_alias()


class CodePrivateSpecSerializer(serializers.Serializer):
    kind = _kind("code")
    solution = _source()
    harness = _source(default="")
    tests = CodeTestSerializer(many=True, min_length=1, max_length=MAX_TESTS)
    generated = GeneratedBlockSerializer(many=True, required=False, max_length=10)
    wrong_answers = _wrong_answers(_source())


class SqlTestSerializer(_TestBase):
    seed = _sql(required=False, help_text="Replaces the sample rows for this test.")


class GeneratedDatabasesSerializer(serializers.Serializer):
    """Hidden tests on random databases (see grading/generators.py): each table names a
    generator of a list of records; the reference solution's rows are the expectation."""

    name = serializers.CharField(max_length=200)
    count = _case_count()
    keep_seed = serializers.BooleanField(
        default=False, help_text="Insert the drawn rows after the exercise's own seed."
    )
    tables = serializers.JSONField(validators=[_drawable_tables])


class SqlPrivateSpecSerializer(serializers.Serializer):
    kind = _kind("sql")
    solution = _sql()
    check_query = _sql(required=False, allow_null=True)
    tests = SqlTestSerializer(many=True, min_length=1, max_length=MAX_TESTS)
    generated = GeneratedDatabasesSerializer(many=True, required=False, max_length=10)
    wrong_answers = _wrong_answers(_sql())


class HttpRequestSerializer(serializers.Serializer):
    method = serializers.ChoiceField(
        choices=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"], default="GET"
    )
    path = serializers.CharField(max_length=500, default="/")
    query = serializers.JSONField(required=False, help_text="A mapping or a raw query string.")
    headers = serializers.DictField(
        child=serializers.CharField(max_length=2000, allow_blank=True),
        required=False,
        help_text="Request headers. `Content-Length` overrides the body's length; an empty "
        "`Content-Length` sends none.",
    )
    json = serializers.JSONField(required=False, allow_null=True)
    body = serializers.CharField(max_length=MAX_SOURCE, required=False, allow_blank=True)


class HttpExpectSerializer(serializers.Serializer):
    status = serializers.IntegerField(min_value=100, max_value=599)
    headers = serializers.DictField(
        child=serializers.CharField(max_length=2000),
        required=False,
        help_text="Headers the response must send (names case-insensitive). A Content-Type "
        "without parameters is compared by media type, so `; charset=utf-8` is accepted.",
    )
    absent_headers = serializers.ListField(
        child=serializers.RegexField(r"^[A-Za-z0-9-]+$", max_length=100),
        required=False,
        max_length=20,
        help_text="Headers the response must not send.",
    )
    body = serializers.CharField(
        max_length=MAX_SOURCE,
        required=False,
        allow_blank=True,
        trim_whitespace=False,
        help_text="The exact body text; an empty string means no body at all.",
    )
    json = serializers.JSONField(required=False, allow_null=True)
    json_match = serializers.ChoiceField(choices=["exact", "subset"], default="exact")


class HttpTestSerializer(_TestBase):
    before = HttpRequestSerializer(many=True, required=False, max_length=20)
    request = HttpRequestSerializer()
    expect = HttpExpectSerializer()


class GeneratedRequestsSerializer(serializers.Serializer):
    """Hidden tests of drawn request sequences (see grading/generators.py); the reference
    application's answer to the last request of each is the expectation."""

    name = serializers.CharField(max_length=200)
    count = _case_count()
    requests = serializers.JSONField(validators=[_drawable_requests])


class HttpPrivateSpecSerializer(serializers.Serializer):
    kind = _kind("http")
    solution = _source()
    tests = HttpTestSerializer(many=True, min_length=1, max_length=MAX_TESTS)
    generated = GeneratedRequestsSerializer(many=True, required=False, max_length=10)
    wrong_answers = _wrong_answers(_source())


class PytestBugSerializer(serializers.Serializer):
    name = serializers.SlugField(max_length=80, help_text="A short id, e.g. `keeps-uppercase`.")
    title = serializers.CharField(max_length=200, help_text="Shown to a learner who caught it.")
    hint = serializers.CharField(max_length=500, help_text="Shown to a learner who missed it.")
    source = _source(help_text="The buggy implementation: the reference with one real mistake.")


class PytestPrivateSpecSerializer(serializers.Serializer):
    kind = _kind("pytest")
    solution = _source(help_text="A test file that passes on the reference and catches every bug.")
    reference = _source(help_text="The correct implementation of the module.")
    bugs = PytestBugSerializer(many=True, min_length=1, max_length=MAX_BUGS)
    wrong_answers = _wrong_answers(_source())

    def validate_bugs(self, bugs):
        names = [bug["name"] for bug in bugs]
        if len(set(names)) != len(names):
            raise serializers.ValidationError("Bug names must be unique.")
        return bugs


class DjangoRequestSerializer(HttpRequestSerializer):
    pass


class DjangoQuerySerializer(serializers.Serializer):
    model = serializers.RegexField(r"^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$")
    filter = serializers.DictField(default=dict)
    values = serializers.ListField(child=serializers.CharField(max_length=100), default=list)
    order_by = serializers.ListField(child=serializers.CharField(max_length=100), default=list)


class DjangoStepSerializer(serializers.Serializer):
    """One of: a `request` (optionally as a fixture `user`), a `call` of a learner function by
    its dotted path, or a `query` of the database; with what must come back."""

    request = DjangoRequestSerializer(required=False)
    user = serializers.CharField(max_length=150, required=False)
    call = serializers.RegexField(DOTTED_NAME, max_length=200, required=False)
    args = serializers.ListField(child=serializers.JSONField(allow_null=True), required=False)
    kwargs = serializers.DictField(child=serializers.JSONField(allow_null=True), required=False)
    query = DjangoQuerySerializer(required=False)
    expect = serializers.JSONField(required=False, allow_null=True)
    raises = serializers.CharField(max_length=100, required=False)
    max_queries = serializers.IntegerField(min_value=0, max_value=10_000, required=False)

    def validate(self, attrs):
        forms = [key for key in ("request", "call", "query") if key in attrs]
        if len(forms) != 1:
            raise serializers.ValidationError("A step has exactly one of request, call or query.")
        if "request" in attrs:
            expect = HttpExpectSerializer(data=attrs.get("expect") or {})
            expect.is_valid(raise_exception=True)
            attrs["expect"] = plain(expect.validated_data)
        return attrs


class DjangoTestSerializer(_TestBase):
    fixtures = serializers.DictField(default=dict, help_text="`users` and `objects` to create.")
    steps = DjangoStepSerializer(many=True, min_length=1, max_length=50)


class DjangoPrivateSpecSerializer(serializers.Serializer):
    kind = _kind("django")
    solution = _project_files(help_text="The reference answer: each editable file solved.")
    tests = DjangoTestSerializer(many=True, min_length=1, max_length=MAX_TESTS)
    wrong_answers = _wrong_answers(_project_files())


# --- answers -------------------------------------------------------------------------------


class ChoiceAnswerSerializer(serializers.Serializer):
    kind = _kind("choice")
    choices = serializers.ListField(
        child=serializers.CharField(max_length=20), min_length=1, max_length=12
    )


class TextAnswerSerializer(serializers.Serializer):
    kind = _kind("text")
    text = serializers.CharField(max_length=1000, allow_blank=True)


class CodeAnswerSerializer(serializers.Serializer):
    kind = _kind("code")
    source = _source(help_text="Python source, at most 64 KiB.")


class SqlAnswerSerializer(serializers.Serializer):
    kind = _kind("sql")
    query = serializers.CharField(max_length=MAX_SOURCE, help_text="One SQL statement.")


class HttpAnswerSerializer(serializers.Serializer):
    kind = _kind("http")
    source = _source(help_text="A Python module defining a WSGI callable `app`.")


class PytestAnswerSerializer(serializers.Serializer):
    kind = _kind("pytest")
    source = _source(help_text="A pytest test file, at most 64 KiB.")


class DjangoAnswerSerializer(serializers.Serializer):
    kind = _kind("django")
    files = serializers.DictField(
        child=serializers.CharField(
            max_length=MAX_ANSWER_FILE, allow_blank=True, trim_whitespace=False
        ),
        validators=[_refusing(lambda files: "at most 10 files" if len(files) > 10 else "")],
        help_text="The editable files, path to text (at most 32 KiB each).",
    )


PUBLIC_SPECS = {
    "choice": ChoiceSpecSerializer,
    "text": TextSpecSerializer,
    "code": CodeSpecSerializer,
    "sql": SqlSpecSerializer,
    "http": HttpSpecSerializer,
    "pytest": PytestSpecSerializer,
    "django": DjangoSpecSerializer,
}
PRIVATE_SPECS = {
    "choice": ChoicePrivateSpecSerializer,
    "text": TextPrivateSpecSerializer,
    "code": CodePrivateSpecSerializer,
    "sql": SqlPrivateSpecSerializer,
    "http": HttpPrivateSpecSerializer,
    "pytest": PytestPrivateSpecSerializer,
    "django": DjangoPrivateSpecSerializer,
}
ANSWERS = {
    "choice": ChoiceAnswerSerializer,
    "text": TextAnswerSerializer,
    "code": CodeAnswerSerializer,
    "sql": SqlAnswerSerializer,
    "http": HttpAnswerSerializer,
    "pytest": PytestAnswerSerializer,
    "django": DjangoAnswerSerializer,
}


def plain(value):
    """Validated data as plain JSON types, holding exactly the keys that were given: an
    absent `expect` must stay absent, because `expect: null` means "must return None"."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def _union(name: str, by_kind: dict) -> PolymorphicProxySerializer:
    return PolymorphicProxySerializer(
        component_name=name,
        serializers={kind: cls for kind, cls in by_kind.items()},
        resource_type_field_name="kind",
        many=False,
    )


class _KindUnionField(serializers.Field):
    """A JSON object validated by the serializer its `kind` names."""

    by_kind: dict = {}

    def to_internal_value(self, data):
        if not isinstance(data, dict):
            raise serializers.ValidationError("Expected an object with a `kind`.")
        kind = data.get("kind")
        serializer_class = self.by_kind.get(kind) if isinstance(kind, str) else None
        if serializer_class is None:
            raise serializers.ValidationError({"kind": f"Must be one of: {', '.join(KINDS)}."})
        serializer = serializer_class(data=data)
        serializer.is_valid(raise_exception=True)
        return plain(serializer.validated_data)

    def to_representation(self, value):
        return value


@extend_schema_field(_union("ExerciseSpec", PUBLIC_SPECS))
class ExerciseSpecField(_KindUnionField):
    by_kind = PUBLIC_SPECS

    def to_representation(self, value):
        # Given the whole exercise (source="*"): its public spec plus the visible examples.
        if not hasattr(value, "private_spec"):
            return value
        from stepwise.curriculum.examples import public_examples

        spec = {**value.spec, "kind": value.kind}
        if value.kind in ("code", "http"):
            spec["examples"] = public_examples(value.kind, value.private_spec)
        if value.kind == "pytest":
            spec["bug_count"] = len(value.private_spec.get("bugs") or [])
        return spec


@extend_schema_field(_union("ExercisePrivateSpec", PRIVATE_SPECS))
class ExercisePrivateSpecField(_KindUnionField):
    by_kind = PRIVATE_SPECS


@extend_schema_field(_union("Answer", ANSWERS))
class AnswerField(_KindUnionField):
    by_kind = ANSWERS


def validate_spec_pair(kind: str, spec: dict, private_spec: dict) -> tuple[dict, dict]:
    """Validate both halves for `kind` and check they agree; return the cleaned halves."""
    errors = {}
    cleaned = []
    for field, by_kind, value in (
        ("spec", PUBLIC_SPECS, spec),
        ("private_spec", PRIVATE_SPECS, private_spec),
    ):
        value = {**(value or {}), "kind": kind}
        serializer = by_kind[kind](data=value)
        if serializer.is_valid():
            data = plain(serializer.validated_data)
            data.pop("examples", None)
            cleaned.append(data)
        else:
            errors[field] = serializer.errors
            cleaned.append({})
    if errors:
        raise serializers.ValidationError(errors)
    public, private = cleaned
    if kind == "choice":
        option_ids = {option["id"] for option in public["options"]}
        unknown = sorted(set(private["correct"]) - option_ids)
        if unknown:
            raise serializers.ValidationError(
                {"private_spec": {"correct": f"Unknown option ids: {', '.join(unknown)}."}}
            )
        if not public["multiple"] and len(private["correct"]) != 1:
            raise serializers.ValidationError(
                {"private_spec": {"correct": "A single-answer question has one correct id."}}
            )
    return public, private
