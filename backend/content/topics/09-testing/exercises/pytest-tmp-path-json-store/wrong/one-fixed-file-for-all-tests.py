# Mistake: every test uses the same file in the working folder instead of a fresh tmp_path, so
# the theme saved by the first test is still there in the second, which then fails on the
# correct implementation.
from pathlib import Path

from jsonstore import JsonStore

PATH = Path("store.json")


def test_set_then_get():
    store = JsonStore(PATH)
    store.set("theme", "dark")
    assert store.get("theme") == "dark"


def test_a_new_store_is_empty():
    assert JsonStore(PATH).get("theme") is None
