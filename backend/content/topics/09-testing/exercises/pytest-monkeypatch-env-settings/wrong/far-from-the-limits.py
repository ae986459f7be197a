# Mistake: tests the port range only far above it and the flag only in lowercase, so port 0
# and "TRUE" go unnoticed.
import pytest
from appsettings import load_settings


@pytest.fixture(autouse=True)
def environment(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://db.internal/shop")
    monkeypatch.setenv("APP_PORT", "9000")


def test_the_port_is_a_number():
    assert load_settings()["port"] == 9000


def test_the_port_defaults_to_8000(monkeypatch):
    monkeypatch.delenv("APP_PORT")
    assert load_settings()["port"] == 8000


def test_a_huge_port_is_refused(monkeypatch):
    monkeypatch.setenv("APP_PORT", "70000")
    with pytest.raises(ValueError):
        load_settings()


@pytest.mark.parametrize("value, expected", [("true", True), ("false", False)])
def test_the_debug_flag(monkeypatch, value, expected):
    monkeypatch.setenv("APP_DEBUG", value)
    assert load_settings()["debug"] is expected


def test_an_empty_database_url_is_refused(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "")
    with pytest.raises(RuntimeError):
        load_settings()


def test_allowed_hosts_are_trimmed(monkeypatch):
    monkeypatch.setenv("APP_ALLOWED_HOSTS", "shop.example, api.example")
    assert load_settings()["allowed_hosts"] == ["shop.example", "api.example"]
