# Mistake: checks everything through the store's own methods and never looks at the folder,
# so a file created by a read, or a temporary file left behind, goes unnoticed.
import pytest
from jsonstore import JsonStore


def test_a_save_creates_the_folder(tmp_path):
    store = JsonStore(tmp_path / "data" / "store.json")
    store.set("theme", "dark")
    assert store.get("theme") == "dark"


def test_a_missing_file_is_an_empty_store(tmp_path):
    assert JsonStore(tmp_path / "store.json").get("theme", "light") == "light"


def test_two_stores_on_one_file_see_each_others_writes(tmp_path):
    first = JsonStore(tmp_path / "store.json")
    second = JsonStore(tmp_path / "store.json")
    first.set("theme", "dark")
    assert second.get("theme") == "dark"


def test_a_delete_is_saved(tmp_path):
    store = JsonStore(tmp_path / "store.json")
    store.set("theme", "dark")
    store.delete("theme")
    assert store.get("theme") is None


def test_a_file_that_is_not_json_is_an_error(tmp_path):
    path = tmp_path / "store.json"
    path.write_text("{not json")
    with pytest.raises(ValueError):
        JsonStore(path).get("theme")
