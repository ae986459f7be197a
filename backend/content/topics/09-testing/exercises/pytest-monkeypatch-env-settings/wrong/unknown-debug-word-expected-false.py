# Mistake: expects a word the loader does not know to switch debug off; the specification
# says any other value raises ValueError, so this fails on the correct implementation.
import pytest
from appsettings import load_settings


@pytest.fixture(autouse=True)
def environment(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://db.internal/shop")


def test_an_unknown_word_means_false(monkeypatch):
    monkeypatch.setenv("APP_DEBUG", "disabled")
    assert load_settings()["debug"] is False


def test_the_port_defaults_to_8000(monkeypatch):
    monkeypatch.delenv("APP_PORT", raising=False)
    assert load_settings()["port"] == 8000
