"""A small, valid content tree written into a temporary folder, and helpers to break it."""

from pathlib import Path

import pytest
import yaml

BASICS = "topics/01-basics"
WEB = "topics/02-web"
ADD = f"{BASICS}/exercises/add-numbers"
SORTED = f"{BASICS}/exercises/names-in-order"
STATUS = f"{WEB}/exercises/created-status"
HEADER = f"{WEB}/exercises/location-header"

FILES = {
    f"{BASICS}/topic.yaml": """\
slug: basics
title: The basics
summary: Functions and queries.
order: 1
prerequisites: []
""",
    f"{BASICS}/lesson.md": "# The basics\n\nA function *returns* a value.\n",
    f"{ADD}/exercise.yaml": """\
slug: add-numbers
title: Add two numbers
kind: code
difficulty: easy
points: 10
order: 1
hints:
  - Use the + operator.
limits:
  time_ms: 3000
""",
    f"{ADD}/prompt.md": "Write `add(a, b)`.\n",
    f"{ADD}/starter.py": "def add(a, b):\n    raise NotImplementedError\n",
    f"{ADD}/solution.py": "def add(a, b):\n    return a + b\n",
    f"{ADD}/wrong/subtracts.py": (
        "# Subtracts instead of adding.\ndef add(a, b):\n    return a - b\n"
    ),
    f"{ADD}/tests.yaml": """\
no_generated: "two integers: the written cases cover signs, zero, keywords and a type error"
tests:
  - {name: adds small numbers, call: add, args: [1, 2], expect: 3}
  - {name: adds zero, call: add, args: [5, 0], expect: 5}
  - {name: adds negatives, call: add, args: [-1, -2], expect: -3}
  - {name: adds with keywords, call: add, args: [], kwargs: {a: 2, b: 2}, expect: 4}
  - {name: adds large numbers, expr: "add(10**6, 1)", expect: 1000001, hidden: true}
  - {name: refuses to add text to a number, call: add, args: [1, "a"], raises: TypeError}
""",
    f"{SORTED}/exercise.yaml": """\
slug: names-in-order
title: Names in alphabetical order
kind: sql
difficulty: easy
points: 10
order: 2
hints:
  - ORDER BY sorts the rows.
""",
    f"{SORTED}/prompt.md": "List the names of all users, alphabetically.\n",
    f"{SORTED}/schema.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n",
    f"{SORTED}/seed.sql": "INSERT INTO users (id, name) VALUES (1, 'Linus'), (2, 'Ada');\n",
    f"{SORTED}/starter.sql": "SELECT name FROM users\n",
    f"{SORTED}/solution.sql": "SELECT name FROM users ORDER BY name\n",
    f"{SORTED}/wrong/descending.sql": (
        "-- Sorts the wrong way round.\nSELECT name FROM users ORDER BY name DESC\n"
    ),
    f"{SORTED}/tests.yaml": """\
ordered: true
check_query: null
no_generated: "one column of names: empty, one, two and three rows are written out"
tests:
  - name: the sample users
  - name: no users
    seed: ""
    hidden: true
  - name: one user
    seed: "INSERT INTO users (id, name) VALUES (1, 'Grace');"
  - name: three users
    seed: "INSERT INTO users (id, name) VALUES (1, 'Zed'), (2, 'Ada'), (3, 'Mia');"
    hidden: true
  - name: names inserted in order
    seed: "INSERT INTO users (id, name) VALUES (1, 'Ada'), (2, 'Bob');"
""",
    f"{WEB}/topic.yaml": """\
slug: web
title: The web
summary: Requests and responses.
order: 2
prerequisites: [basics]
""",
    f"{WEB}/lesson.md": "# The web\n\nA server answers requests.\n",
    f"{STATUS}/exercise.yaml": """\
slug: created-status
title: The status of a created resource
kind: choice
difficulty: easy
points: 5
order: 1
hints:
  - Think of what POST does.
multiple: false
options:
  - {id: a, text: "200 OK"}
  - {id: b, text: "201 Created"}
correct: [b]
explanation: |
  **201 Created** says that the request made a new resource; 200 says only that it worked.
""",
    f"{STATUS}/prompt.md": "Which status answers a successful POST that created something?\n",
    f"{HEADER}/exercise.yaml": """\
slug: location-header
title: Where the new resource lives
kind: text
difficulty: easy
points: 5
order: 2
hints:
  - It names a place.
match: case_insensitive
accepted: [Location]
placeholder: Header name
explanation: The `Location` header gives the URL of what was created.
""",
    f"{HEADER}/prompt.md": "Which header says where a created resource lives?\n",
}


class ContentTree:
    """A content folder on disk that a test can edit file by file."""

    def __init__(self, root: Path):
        self.root = root
        for path, text in FILES.items():
            self.write(path, text)

    def write(self, path: str, text: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def remove(self, path: str) -> None:
        target = self.root / path
        if target.is_dir():
            for child in sorted(target.rglob("*"), reverse=True):
                child.unlink() if child.is_file() else child.rmdir()
            target.rmdir()
        else:
            target.unlink()

    def read_yaml(self, path: str) -> dict:
        return yaml.safe_load((self.root / path).read_text(encoding="utf-8"))

    def update_yaml(self, path: str, **changes) -> None:
        data = self.read_yaml(path)
        for key, value in changes.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        self.write(path, yaml.safe_dump(data, sort_keys=False))


@pytest.fixture
def tree(tmp_path) -> ContentTree:
    return ContentTree(tmp_path / "content")
