# Mistake: writes to os.environ directly instead of using monkeypatch, so nothing is undone:
# the empty DATABASE_URL of the first test is still there in the second, which then fails on
# the correct implementation.
import os

import pytest
from appsettings import load_settings


def test_an_empty_database_url_is_refused():
    os.environ["DATABASE_URL"] = ""
    with pytest.raises(RuntimeError):
        load_settings()


def test_the_port_is_a_number():
    os.environ["APP_PORT"] = "9000"
    assert load_settings()["port"] == 9000
