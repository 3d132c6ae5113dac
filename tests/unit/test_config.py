import json

import pytest

from dispatch_desk.config import Settings, SettingsError, default_database_url


def test_defaults_use_the_per_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DISPATCH_DESK_DATA_DIR", str(tmp_path / "data"))
    settings = Settings.load(tmp_path / "missing.json", environ={})
    assert (
        settings.database_url
        == default_database_url()
        == f"sqlite:///{tmp_path / 'data' / 'dispatch-desk.sqlite3'}"
    )
    assert settings.user == ""


def test_file_then_environment(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"user": "akhmetova", "language": "kk"}), encoding="utf-8")
    settings = Settings.load(
        path, environ={"DISPATCH_DESK_DB": "postgresql://h/db", "DISPATCH_DESK_LANGUAGE": "ru"}
    )
    assert settings.user == "akhmetova"
    assert settings.language == "ru"
    assert settings.database_url == "postgresql://h/db"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"colour": "red"}', '{"user": 5}'])
def test_bad_settings_files_are_named_in_the_error(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError):
        Settings.load(path, environ={})


def test_numeric_settings_are_checked(tmp_path):
    settings = Settings.load(tmp_path / "none.json", environ={"DISPATCH_DESK_PRECINCT_TOLERANCE_M": "25"})
    assert settings.precinct_tolerance_m == 25.0
    for bad in ("abc", "-5", "nan", "inf"):
        with pytest.raises(SettingsError, match="precinct_tolerance_m"):
            Settings.load(tmp_path / "none.json", environ={"DISPATCH_DESK_PRECINCT_TOLERANCE_M": bad})
