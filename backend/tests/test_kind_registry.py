"""Each exercise kind is declared once on each side of the grader boundary: in `grading.kinds`
and in the web app (model choices, spec and answer serializers, the contract). A kind declared
on one side and not the other fails here."""

from pathlib import Path

import yaml

from grading import KINDS as GRADED
from grading.kinds import KINDS as REGISTRY
from stepwise.curriculum.models import Exercise
from stepwise.curriculum.specs import ANSWERS, PRIVATE_SPECS, PUBLIC_SPECS
from stepwise.submissions.grader import ANSWER_VALUE_KEY

CONTRACT = Path(__file__).resolve().parents[2] / "openapi.yaml"


def test_the_web_app_declares_exactly_the_kinds_the_grader_grades():
    kinds = set(GRADED)
    assert set(Exercise.Kind.values) == kinds
    assert set(PUBLIC_SPECS) == kinds
    assert set(PRIVATE_SPECS) == kinds
    assert set(ANSWERS) == kinds
    assert set(ANSWER_VALUE_KEY) == kinds


def test_each_answer_serializer_holds_what_the_grader_reads():
    for name, kind in REGISTRY.items():
        fields = ANSWERS[name]().fields
        assert kind.answer_key in fields, name
        assert set(fields) == {"kind", kind.answer_key}, name


def test_the_contract_lists_every_kind_in_its_unions():
    schemas = yaml.safe_load(CONTRACT.read_text())["components"]["schemas"]
    assert set(schemas["ExerciseKindEnum"]["enum"]) == set(GRADED)
    for union in ("ExerciseSpec", "ExercisePrivateSpec", "Answer"):
        mapping = schemas[union]["discriminator"]["mapping"]
        assert set(mapping) == set(GRADED), union


def test_sandboxed_kinds_and_runtimes_agree():
    for name, kind in REGISTRY.items():
        assert (name in Exercise.SANDBOXED_KINDS) == kind.sandboxed
        if not kind.sandboxed:
            assert kind.runtime == "stdlib", name


def test_exactly_the_explained_kinds_keep_an_explanation_in_their_private_spec():
    for name, kind in REGISTRY.items():
        assert ("explanation" in PRIVATE_SPECS[name]().fields) == kind.explained, name
        assert "explanation" not in PUBLIC_SPECS[name]().fields, name
