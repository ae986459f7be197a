from appsettings import load_settings


def test_the_database_url_is_read(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://db.internal/shop")
    assert load_settings()["database_url"] == "postgres://db.internal/shop"
