"""The mutation ledger: which survivors are justified, what is stale, and the summary line.
Pure bookkeeping: nothing is graded here."""

from stepwise.curriculum.content import Problem
from stepwise.curriculum.mutants import ledger
from stepwise.curriculum.mutants.ledger import ExerciseMutants

FOLDER = "topics/01-basics/exercises/add-numbers"


def record(**changes) -> ExerciseMutants:
    fields = {
        "slug": "add-numbers",
        "kind": "code",
        "folder": FOLDER,
        "ids": ["m1", "m2", "m3", "m4"],
        "survivors": ["m2", "m3", "m4"],
        "equivalent": {"m2": "adding zero changes nothing"},
        "debt": ["m3"],
    }
    return ExerciseMutants(**{**fields, **changes})


def test_a_survivor_is_justified_by_the_equivalent_list_or_the_debt_and_otherwise_not():
    mutants = record()

    assert (mutants.equivalent_survivors, mutants.in_debt, mutants.unjustified) == (
        ["m2"], ["m3"], ["m4"]
    )  # fmt: skip
    assert (mutants.killed, mutants.total) == (1, 3)


def test_equivalent_and_debt_entries_that_no_longer_survive_are_stale():
    mutants = record(equivalent={"m1": "no", "gone": "no"}, debt=["m1", "gone", "m3"])

    assert mutants.stale() == [
        Problem(f"{FOLDER}/exercise.yaml",
                "equivalent_mutants: 'm1' is killed by the tests, so it is not equivalent: "
                "remove it"),
        Problem(f"{FOLDER}/exercise.yaml",
                "equivalent_mutants: 'gone' is not a mutant of the reference (any more): "
                "remove it"),
        Problem("mutation-debt.yaml", "add-numbers: 'm1' is listed as equivalent too: keep it "
                "in one place"),
        Problem("mutation-debt.yaml", "add-numbers: 'gone' is listed as equivalent too: keep it "
                "in one place"),
    ]  # fmt: skip
    assert record(debt=["m1"], equivalent={}).stale() == [
        Problem("mutation-debt.yaml",
                "add-numbers: 'm1' is killed now: remove it (the debt only shrinks)")
    ]  # fmt: skip


def test_the_summary_counts_killed_mutants_per_kind_and_leaves_equivalents_out():
    sql = record(slug="names", kind="sql", ids=["s1", "s2"], survivors=[], equivalent={},
                 debt=[])  # fmt: skip

    assert ledger.summary([record(), sql]) == (
        "mutants killed 3/5 (code 1/3, sql 2/2, http 0/0, pytest 0/0, django 0/0); equivalent 1; "
        "unjustified survivors (debt): 1"
    )


def test_the_debt_file_round_trips_and_keeps_its_header(tmp_path):
    recorded = ledger.write_debt(tmp_path, [record(), record(slug="other", survivors=[])])

    text = (tmp_path / "mutation-debt.yaml").read_text()
    assert recorded == 2
    assert text.startswith("# Mutation debt: mutants of reference solutions that the exercises'")
    assert "These are not equivalent mutants." in text
    assert ledger.load_debt(tmp_path) == ({"add-numbers": ["m3", "m4"]}, [])


def test_a_missing_debt_file_is_no_debt_and_a_malformed_one_is_a_problem(tmp_path):
    assert ledger.load_debt(tmp_path) == ({}, [])

    (tmp_path / "mutation-debt.yaml").write_text("add-numbers: [m1, m1]\nNot A Slug: []\n")
    debt, problems = ledger.load_debt(tmp_path)

    assert debt == {}
    assert [p.path for p in problems] == ["mutation-debt.yaml"] * len(problems)
    assert len(problems) >= 2


def test_a_debt_entry_for_an_unknown_exercise_is_a_problem():
    assert ledger.unknown_debt({"gone": ["m1"], "add-numbers": ["m3"]}, {"add-numbers"}) == [
        Problem(
            "mutation-debt.yaml", "'gone' is not a code, sql or http exercise: remove its entry"
        )
    ]


def test_an_equivalent_listed_twice_is_a_problem():
    twice = [{"mutant": "m1", "reason": "a"}, {"mutant": "m1", "reason": "b"}]
    meta = {"equivalent_mutants": twice}

    equivalent, problems = ledger.equivalent_mutants(meta, FOLDER)

    assert equivalent == {"m1": "b"}
    assert problems == [Problem(f"{FOLDER}/exercise.yaml",
                                "equivalent_mutants: 'm1' is listed 2 times")]  # fmt: skip
