from jsonstore import JsonStore


def test_set_then_get(tmp_path):
    store = JsonStore(tmp_path / "store.json")
    store.set("theme", "dark")
    assert store.get("theme") == "dark"
