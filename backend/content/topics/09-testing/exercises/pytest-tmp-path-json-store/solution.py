import pytest
from jsonstore import JsonStore


def test_a_save_creates_the_folder_and_leaves_only_the_store_file(tmp_path):
    path = tmp_path / "data" / "store.json"
    JsonStore(path).set("theme", "dark")
    assert [p.name for p in path.parent.iterdir()] == ["store.json"]


def test_reading_a_missing_file_creates_nothing(tmp_path):
    path = tmp_path / "store.json"
    assert JsonStore(path).get("theme", "light") == "light"
    assert not path.exists()


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
