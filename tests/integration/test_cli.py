"""The command line: every command, and a clear one-line message for every user error."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dispatch_desk import __version__
from dispatch_desk.cli import main
from dispatch_desk.demo.city import build_demo
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from tests.conftest import DATA
from tests.support.people import DEMO_PASSWORD, act_as, add_person


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    """The demo city as of a Friday evening, so that its queue holds open incidents whatever the hour the
    tests run at (built "now" at 06:00 in Pavlodar, it may have none)."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, now=datetime(2026, 11, 20, 15, 0, tzinfo=UTC))  # 20:00 in Pavlodar
    db.dispose()
    return str(path)


@pytest.fixture
def as_operator(monkeypatch) -> None:
    act_as(monkeypatch, "operator", DEMO_PASSWORD)


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ("db", "incidents", "units", "precincts", "--version", "--db", "--lang"):
        assert command in out


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"dispatch-desk {__version__}"


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("dispatch-desk")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and __version__ in result.stdout


def test_a_reader_that_stops_early_is_no_error(demo_db):
    """``dispatch-desk incidents list | head -1``: the pipe closes before the list is written; the command
    stops quietly, as one stopped by SIGPIPE, instead of printing an error about a file."""
    script = Path(sys.executable).with_name("dispatch-desk")
    command = [str(script), "incidents", "list", "--limit", "5000", "--db", demo_db, "--user", "operator"]
    environment = {**os.environ, "DISPATCH_DESK_PASSWORD": DEMO_PASSWORD}
    listing = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    assert listing.stdout is not None and listing.stdout.readline().startswith(b"NUMBER")
    listing.stdout.close()  # the reader goes away, as head does
    _, err = listing.communicate(timeout=60)
    assert listing.returncode in (0, 141) and err == b"", err.decode()


def test_db_init_with_the_demo_city(capsys, tmp_path):
    code, out, _ = run(capsys, "db", "init", "--demo", "--db", str(tmp_path / "demo.sqlite3"))
    assert code == 0 and "demo city built: 12 precincts" in out and "database ready" in out


def test_db_init_and_upgrade(capsys, tmp_path, monkeypatch):
    path = tmp_path / "new" / "desk.sqlite3"
    code, out, err = run(capsys, "db", "init", "--db", str(path))
    assert code == 0 and "database ready" in out and "administrator is 'admin'" in err
    code, out, err = run(capsys, "db", "init", "--db", str(path))
    assert code == 0 and "administrator" not in err  # the one-time password is printed once
    code, out, _ = run(capsys, "db", "upgrade", "--db", f"sqlite:///{path}")
    from dispatch_desk.store import migrate
    from dispatch_desk.store.db import Database

    assert code == 0 and f"revision {migrate.head_revision(Database(str(path)))}" in out
    code, _, err = run(capsys, "incidents", "list", "--db", str(path))
    assert code == 2 and "--user" in err  # operational data: only as a person
    add_person(str(path), "aigerim")
    act_as(monkeypatch, "aigerim")
    code, out, _ = run(capsys, "incidents", "list", "--db", str(path))
    assert code == 0 and out.strip() == "no incidents"


def test_lists_on_the_demo_city(capsys, demo_db, as_operator):
    capsys.readouterr()  # what building the demo printed
    code, out, _ = run(capsys, "incidents", "list", "--limit", "5", "--db", demo_db)
    assert code == 0 and len(out.strip().splitlines()) == 6 and out.startswith("NUMBER")
    code, out, _ = run(capsys, "incidents", "list", "--open", "--json", "--db", demo_db)
    data = json.loads(out)
    assert code == 0 and all(item["status"] not in ("closed", "cancelled") for item in data)
    code, out, _ = run(capsys, "units", "list", "--json", "--db", demo_db)
    units = json.loads(out)
    assert code == 0 and len(units) == 42 and {"call_sign", "status", "home_precinct"} <= set(units[0])
    code, out, _ = run(capsys, "--db", demo_db, "precincts", "list")
    assert code == 0 and "Центральный" in out and "Орталық" in out and "Central" in out
    code, out, _ = run(capsys, "precincts", "list", "--json", "--db", demo_db)
    assert len(json.loads(out)) == 12


def test_the_lists_speak_the_language_asked_for(capsys, demo_db, as_operator, monkeypatch):
    capsys.readouterr()
    rows = {}
    for lang in ("kk", "ru", "en"):
        code, out, _ = run(
            capsys, "incidents", "list", "--open", "--limit", "50", "--lang", lang, "--db", demo_db
        )
        assert code == 0
        rows[lang] = out
    data = json.loads(
        run(capsys, "incidents", "list", "--open", "--limit", "50", "--json", "--db", demo_db)[1]
    )
    codes = {item["category"] for item in data}
    assert codes and not any(code in rows["kk"] or code in rows["ru"] for code in codes)  # names, not codes
    assert "көшесі" in rows["kk"] and "улица" in rows["ru"]  # addresses in the reader's language
    act_as(monkeypatch, "shiftlead", DEMO_PASSWORD)
    code, out, _ = run(capsys, "analytics", "summary", "--lang", "kk", "--db", demo_db)
    assert code == 0 and not any(f"\n{c} " in out for c in codes)


def test_the_command_line_speaks_the_language_asked_for(capsys, demo_db, as_operator, monkeypatch):
    capsys.readouterr()
    said = {
        lang: run(capsys, "units", "list", "--lang", lang, "--db", demo_db)[1] for lang in ("kk", "ru", "en")
    }
    assert said["ru"].startswith("ПОЗЫВНОЙ") and "патрульный автомобиль" in said["ru"]
    assert said["kk"].startswith("ШАҚЫРУ БЕЛГІСІ") and "patrol car" not in said["kk"]
    assert said["en"].startswith("CALL SIGN") and "patrol car" in said["en"]
    code, out, _ = run(capsys, "incidents", "recommend", "26-000001", "--lang", "ru", "--db", demo_db)
    assert code == 0 and out.startswith("№") and "свой участок" in out  # the reasons too
    code, _, err = run(capsys, "users", "list", "--lang", "kk", "--db", demo_db)  # a refusal
    assert code == 1 and "тіркелгілерді басқару" in err and "әкімші" in err and "may not" not in err
    code, _, err = run(capsys, "--lang", "ru", "incidents", "list", "--limit", "abc", "--db", demo_db)
    assert code == 2 and "(см. 'dispatch-desk incidents list --help')" in err  # the parser's complaint
    act_as(monkeypatch, "operator", "not the password")
    code, _, err = run(capsys, "units", "list", "--lang=ru", "--db", demo_db)
    assert code == 3 and "неверный логин или пароль" in err


def test_a_refusal_reads_as_english(capsys, demo_db, as_operator):
    capsys.readouterr()
    code, _, err = run(capsys, "users", "list", "--db", demo_db)
    assert code != 0 and "only an administrator" in err and "a administrator" not in err


def test_environment_selects_the_database(capsys, demo_db, monkeypatch):
    capsys.readouterr()
    monkeypatch.setenv("DISPATCH_DESK_DB", f"sqlite:///{demo_db}")
    code, out, _ = run(capsys, "precincts", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 12


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["frobnicate"], "invalid choice"),
        (["incidents"], "required"),
        (["incidents", "list", "--limit", "abc"], "whole number"),
        (["incidents", "list", "--limit", "0"], "between 1 and 100000"),
        (["--lang", "fr", "units", "list"], "invalid choice"),
        (["--db", "mysql://x@y/z", "units", "list"], "not supported"),
        (["--db", "postgresql://nobody@127.0.0.1:1/x", "units", "list"], "cannot open the database"),
        (["--db", "sqlite:////proc/forbidden/x.sqlite3", "units", "list"], "cannot create the folder"),
    ],
)
def test_user_errors_print_one_line_and_exit_non_zero(capsys, argv, expected):
    code, out, err = run(capsys, *argv)
    assert code in (1, 2)
    assert expected in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out == ""


def test_a_file_that_is_not_a_database_is_a_clear_error(capsys, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "units", "list", "--db", str(path))
    assert code == 1 and "cannot open the database" in err and "not a database" in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == b"this is not a database" * 100  # left as it was


def test_a_database_from_a_newer_version_is_refused_clearly(capsys, tmp_path):
    import sqlite3

    path = tmp_path / "newer.sqlite3"
    assert main(["db", "init", "--db", str(path)]) == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    capsys.readouterr()
    code, _, err = run(capsys, "incidents", "list", "--db", str(path))
    assert code == 1 and "newer version" in err and len(err.strip().splitlines()) == 1


def test_demo_refuses_a_database_that_holds_data(capsys, demo_db):
    capsys.readouterr()
    code, _, err = run(capsys, "db", "init", "--demo", "--db", demo_db)
    assert code == 1 and "empty database" in err and len(err.strip().splitlines()) == 1


def test_bad_settings_file_is_a_clear_error(capsys, tmp_path, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text("{broken", encoding="utf-8")
    monkeypatch.setenv("DISPATCH_DESK_CONFIG_DIR", str(config))
    code, _, err = run(capsys, "units", "list")
    assert code == 1 and "settings file" in err


def test_precincts_import_and_locate(capsys, tmp_path, monkeypatch):
    db = str(tmp_path / "chicago.sqlite3")
    assert main(["db", "init", "--db", db]) == 0
    districts = str(DATA / "chicago" / "districts.geojson")
    add_person(db, "clerk")
    act_as(monkeypatch, "clerk")
    code, _, err = run(capsys, "precincts", "import", districts, "--name-property", "dist_num", "--db", db)
    assert code == 1 and "clerk may not change precincts" in err and "administrator" in err
    add_person(db, "geo-admin", "admin")
    act_as(monkeypatch, "geo-admin")
    code, out, _ = run(capsys, "precincts", "import", districts, "--name-property", "dist_num", "--db", db)
    assert code == 0 and "imported 23 precincts" in out
    code, _, err = run(capsys, "precincts", "import", districts, "--name-property", "dist_num", "--db", db)
    assert code == 1 and "already exist" in err and "--replace" in err
    code, out, _ = run(
        capsys, "precincts", "import", districts, "--name-property", "dist_num", "--replace", "--db", db
    )
    assert code == 0 and "replaced" in out
    code, out, _ = run(capsys, "locate", "41.93193", "-87.70464", "--db", db)
    assert code == 0 and out.split() == ["14", "inside"]
    code, out, _ = run(capsys, "locate", "41.93193", "-87.70464", "--json", "--db", db)
    assert json.loads(out) == {"precinct": "14", "match": "inside", "distance_m": 0.0}
    code, out, _ = run(capsys, "locate", "0", "0", "--db", db)
    assert code == 0 and "outside" in out
    result = tmp_path / "located.csv"
    code, _, err = run(
        capsys,
        "locate",
        "--csv",
        str(DATA / "chicago" / "incidents.csv"),
        "--lat-column",
        "latitude",
        "--lon-column",
        "longitude",
        "--out",
        str(result),
        "--db",
        db,
    )
    assert code == 0 and "6957 rows" in err and "73 invalid" in err
    with result.open(encoding="utf-8") as handle:
        located = list(csv.DictReader(handle))
    assert len(located) == 6957 and {"precinct", "precinct_match", "block"} <= set(located[0])


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["locate"], "give LAT LON"),
        (["locate", "abc", "1"], "not a number"),
        (["locate", "nan", "1"], "not a finite number"),
        (["locate", "95", "1"], "is not a latitude and longitude"),
        (["locate", "--csv", "x.csv"], "--lat-column"),
        (["locate", "--csv", "/nonexistent.csv", "--lat-column", "a", "--lon-column", "b"], "cannot read"),
        (["precincts", "import", "/nonexistent.geojson", "--name-property", "n"], "cannot read"),
        (["precincts", "import", "x.geojson"], "--name-property"),
    ],
)
def test_geography_commands_refuse_bad_input_in_one_line(capsys, argv, expected, demo_db):
    capsys.readouterr()
    code, _, err = run(capsys, *argv, "--db", demo_db)
    assert code in (1, 2) and expected in err and len(err.strip().splitlines()) == 1


def test_locate_without_precincts_says_what_to_do(capsys, tmp_path):
    db = str(tmp_path / "empty.sqlite3")
    assert main(["db", "init", "--db", db]) == 0
    capsys.readouterr()
    code, _, err = run(capsys, "locate", "52.28", "76.95", "--db", db)
    assert code == 1 and "precincts import" in err


def test_recommend_units_for_an_incident(capsys, demo_db, as_operator):
    capsys.readouterr()
    assert main(["incidents", "list", "--open", "--json", "--db", demo_db]) == 0
    number = json.loads(capsys.readouterr().out)[0]["number"]
    code, out, _ = run(capsys, "incidents", "recommend", number, "--json", "--db", demo_db)
    ranked = json.loads(out)
    assert code == 0 and 1 <= len(ranked) <= 5 and ranked[0]["reasons"]
    code, out, _ = run(capsys, "incidents", "recommend", number, "--db", demo_db)
    assert code == 0 and out.startswith("#  UNIT")
    code, _, err = run(capsys, "incidents", "recommend", "26-999999", "--db", demo_db)
    assert code == 1 and "no incident 26-999999" in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["geocode"], "give an ADDRESS"),
        (["geocode", "x" * 400], "too long"),
        (["geocode", "Естая 5", "--reverse", "52.2", "76.9"], "give an ADDRESS"),
        (["geocode", "--reverse", "95", "76.9"], "not a latitude and longitude"),
        (["geocode", "--reverse", "abc", "76.9"], "not a number"),
        (["gazetteer", "import", "/nonexistent.osm"], "no such file"),
    ],
)
def test_geocode_refuses_bad_input_in_one_line(capsys, demo_db, argv, expected):
    capsys.readouterr()
    code, _, err = run(capsys, *argv, "--db", demo_db)
    assert code in (1, 2) and expected in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "text",
    [
        "<img src=x onerror=alert(1)>",
        "'; DROP TABLE streets; --",
        "\x00\x07",
        "Нет такой улицы 5",
    ],
)
def test_geocode_hostile_text_is_no_match(capsys, demo_db, text):
    capsys.readouterr()
    code, out, _ = run(capsys, "geocode", text, "--json", "--db", demo_db)
    assert code == 0 and json.loads(out) is None
    code, out, _ = run(capsys, "geocode", text, "--db", demo_db)
    assert code == 3 and "unverified" in out


def test_geocode_on_the_demo_city(capsys, demo_db):
    capsys.readouterr()
    code, out, _ = run(capsys, "geocode", "\u202e64 Торайгырова", "--json", "--db", demo_db)
    assert json.loads(out)["address"] == "улица Торайгырова, 64"  # invisible control characters are ignored
    code, out, _ = run(capsys, "geocode", "ул. Торайгырова, д. 64, кв. 12", "--json", "--db", demo_db)
    found = json.loads(out)
    assert code == 0 and found["address"] == "улица Торайгырова, 64" and found["precinct"]
    code, out, _ = run(
        capsys, "geocode", "--reverse", str(found["lat"]), str(found["lon"]), "--json", "--db", demo_db
    )
    assert json.loads(out)["how"] == "reverse"
    code, out, _ = run(capsys, "geocode", "--suggest", "Тора", "--db", demo_db)
    assert "улица Торайгырова" in out.splitlines()


def test_users_commands_manage_accounts_and_refuse_bad_input(capsys, tmp_path, monkeypatch):
    db = str(tmp_path / "people.sqlite3")
    assert main(["db", "init", "--db", db]) == 0
    add_person(db, "boss", "admin")
    add_person(db, "aigerim")
    act_as(monkeypatch, "aigerim")
    capsys.readouterr()
    code, _, err = run(capsys, "users", "list", "--db", db)
    assert code == 1 and "aigerim may not manage accounts" in err
    act_as(monkeypatch, "boss")
    code, out, err = run(
        capsys,
        "users",
        "add",
        "nurlan",
        "--name",
        "Нурлан Абенов",
        "--role",
        "inspector",
        "--precinct",
        "05",
        "--personal-number",
        "102-0099",
        "--db",
        db,
    )
    one_time = out.strip()
    assert code == 0 and len(one_time) == 14 and "shown only now" in err
    code, out, _ = run(capsys, "users", "list", "--json", "--db", db)
    listed = {a["login"]: a for a in json.loads(out)}
    assert listed["nurlan"]["roles"] == ["inspector"] and listed["nurlan"]["must_change_password"]
    assert "password" not in json.dumps(listed).replace("must_change_password", "")
    act_as(monkeypatch, "nurlan", one_time)
    code, _, err = run(capsys, "incidents", "list", "--db", db)
    assert code == 3 and "must choose a new password" in err
    monkeypatch.setenv("DISPATCH_DESK_NEW_PASSWORD", "Сенім-2026-пароль")
    assert run(capsys, "users", "password", "--db", db)[0] == 0
    act_as(monkeypatch, "nurlan", "Сенім-2026-пароль")
    assert run(capsys, "incidents", "list", "--db", db)[0] == 0
    act_as(monkeypatch, "boss")
    assert run(capsys, "users", "roles", "nurlan", "operator", "shift-lead", "--db", db)[0] == 0
    code, out, _ = run(capsys, "users", "list", "--db", db)
    assert "operator,shift_lead" in out
    assert run(capsys, "users", "disable", "nurlan", "--db", db)[0] == 0
    act_as(monkeypatch, "nurlan", "Сенім-2026-пароль")
    code, _, err = run(capsys, "incidents", "list", "--db", db)
    assert code == 3 and "disabled" in err
    act_as(monkeypatch, "boss")
    assert run(capsys, "users", "enable", "nurlan", "--db", db)[0] == 0
    code, out, _ = run(capsys, "users", "reset-password", "nurlan", "--db", db)
    assert code == 0 and len(out.strip()) == 14
    act_as(monkeypatch, "boss", "wrong")
    code, _, err = run(capsys, "users", "list", "--db", db)
    assert code == 3 and "Wrong login or password." in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["users", "add", "x\x00y", "--name", "N", "--role", "operator"], "control or formatting"),
        (["users", "add", "Ба", "--name", "N", "--role", "operator"], "Latin letters"),
        (["users", "add", "a" * 500, "--name", "N", "--role", "operator"], "too long"),
        (["users", "add", "newbie", "--name", "N", "--role", "root"], "not a role"),
        (["users", "add", "newbie", "--name", "", "--role", "operator"], "full name must not be empty"),
        (["users", "add", "newbie", "--name", "N" * 5000, "--role", "operator"], "too long"),
        (["users", "add", "newbie", "--name", "N", "--role", "inspector"], "home precinct"),
        (["users", "add", "boss", "--name", "N", "--role", "operator"], "exists already"),
        (["users", "disable", "boss"], "your own account"),
        (["users", "roles", "boss", "operator"], "own roles"),
        (["users", "enable", "nobody"], "no account"),
    ],
)
def test_users_commands_refuse_hostile_input_in_one_line(capsys, tmp_path, monkeypatch, argv, expected):
    db = str(tmp_path / "people.sqlite3")
    add_person(db, "boss", "admin")
    act_as(monkeypatch, "boss")
    capsys.readouterr()
    code, out, err = run(capsys, *argv, "--db", db)
    assert code == 1 and expected in err and len(err.strip().splitlines()) == 1 and not out


def test_a_command_without_a_password_in_a_pipe_says_how_to_give_one(capsys, demo_db, monkeypatch):
    monkeypatch.setenv("DISPATCH_DESK_USER", "operator")
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115 - not a terminal
    capsys.readouterr()
    code, _, err = run(capsys, "units", "list", "--db", demo_db)
    assert code == 2 and "DISPATCH_DESK_PASSWORD" in err


def test_audit_answers_who_looked_at_a_callers_identity(capsys, demo_db, monkeypatch, tmp_path):
    from dispatch_desk.services.accounts import AccountService
    from dispatch_desk.services.desk import DeskService

    db = Database(f"sqlite:///{demo_db}")
    accounts = AccountService(db, workstation="desk-5")
    operator = accounts.sign_in("operator", DEMO_PASSWORD).principal
    desk = DeskService(db, operator)
    number = next(i.number for i in desk.read.open_incidents() if not i.caller.is_empty)
    desk.open_incident(number)
    db.dispose()
    act_as(monkeypatch, "auditor", DEMO_PASSWORD)
    code, out, _ = run(capsys, "audit", "--subject", number, "--source", "access", "--db", demo_db)
    assert code == 0 and "identity_viewed" in out and "operator" in out and "desk-5" in out
    target = tmp_path / "audit.csv"
    code, _, err = run(capsys, "audit", "--subject", number, "--csv", str(target), "--db", demo_db)
    assert code == 0 and "lines written" in err
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert {"change", "access"} <= {row["source"] for row in rows} and {row["subject"] for row in rows} == {
        number
    }
    code, _, err = run(capsys, "audit", "--since", "yesterday", "--db", demo_db)
    assert code == 2 and "not a date" in err
    code, _, err = run(capsys, "audit", "--since", "2026-11-21", "--until", "2026-11-20", "--db", demo_db)
    assert code == 1 and "after its beginning" in err
    act_as(monkeypatch, "operator", DEMO_PASSWORD)
    code, _, err = run(capsys, "audit", "--db", demo_db)
    assert code == 1 and "may not read the audit trail" in err
    act_as(monkeypatch, "shiftlead", DEMO_PASSWORD)
    code, out, err = run(capsys, "audit", "--db", demo_db)
    assert code == 0 and "current shift only" in err


def test_a_units_route_to_an_incident_as_text_json_and_gpx(capsys, demo_db, as_operator):
    code, out, _ = run(capsys, "incidents", "list", "--open", "--json", "--db", demo_db)
    number = next(i["number"] for i in json.loads(out) if i["lat"] is not None)
    code, out, _ = run(capsys, "incidents", "route", number, "A-11", "--json", "--db", demo_db)
    route = json.loads(out)
    assert code == 0 and route["eta_s"] > 0 and route["distance_m"] > 0 and route["mode"] == "car"
    assert len(route["geometry"]["coordinates"]) >= 2 and route["turns"][-1]["distance_m"] == 0
    code, out, _ = run(capsys, "incidents", "route", number, "A-11", "--gpx", "--db", demo_db)
    assert code == 0 and out.startswith("<?xml") and "<rte>" in out and out.count("<trkpt") >= 2
    code, out, _ = run(capsys, "incidents", "route", number, "A-11", "--lang", "ru", "--db", demo_db)
    assert code == 0 and " км, около " in out.splitlines()[0] and "МАНЁВР" in out
    code, _, err = run(capsys, "incidents", "route", number, "Z-99", "--db", demo_db)
    assert code != 0 and "Z-99" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "incidents", "route", number, "A-11", "--json", "--gpx", "--db", demo_db)
    assert code != 0 and "not allowed with" in err
