# Mistake: expects a file that is not JSON to be read as an empty store; the specification
# says it raises ValueError, so this test fails on the correct implementation.
from jsonstore import JsonStore


def test_set_then_get(tmp_path):
    store = JsonStore(tmp_path / "data" / "store.json")
    store.set("theme", "dark")
    assert store.get("theme") == "dark"


def test_a_corrupt_file_is_empty(tmp_path):
    path = tmp_path / "store.json"
    path.write_text("{not json")
    assert JsonStore(path).get("theme") is None
