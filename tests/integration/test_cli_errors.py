"""Every command that cannot read its input or write its output says so in one line and fails; none
prints a traceback, however hostile the input (the list of an attack on the command line)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from dispatch_desk.cli import main
from dispatch_desk.demo.city import build_demo
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from tests.support.people import DEMO_PASSWORD


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli-errors") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, now=datetime(2026, 11, 20, 15, 0, tzinfo=UTC), days=7)
    db.dispose()
    return str(path)


def run(capsys, monkeypatch, demo: str, user: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("DISPATCH_DESK_USER", user)
    monkeypatch.setenv("DISPATCH_DESK_PASSWORD", DEMO_PASSWORD)
    code = main([*argv, "--db", demo])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize(
    ("user", "argv", "said"),
    [
        ("shiftlead", ["report", "handover", "--pdf", "/nonexistent/x.pdf"], "/nonexistent does not exist"),
        ("shiftlead", ["report", "intervals", "--pdf", "/nonexistent/x.pdf"], "/nonexistent does not exist"),
        ("inspector05", ["analytics", "pack", "--pdf", "/nonexistent/p.pdf"], "/nonexistent does not exist"),
        ("shiftlead", ["report", "handover", "--csv", "/nonexistent/x.csv"], "/nonexistent does not exist"),
        (
            "shiftlead",
            ["report", "intervals", "--json", "/nonexistent/x.json"],
            "/nonexistent does not exist",
        ),
        ("shiftlead", ["analytics", "summary", "--csv", "/nonexistent/s.csv"], "/nonexistent does not exist"),
        (
            "shiftlead",
            ["analytics", "summary", "--json", "/nonexistent/s.json"],
            "/nonexistent does not exist",
        ),
        ("auditor", ["audit", "--csv", "/nonexistent/a.csv"], "/nonexistent does not exist"),
        ("shiftlead", ["report", "handover", "--csv", "/"], "is a folder"),
        ("shiftlead", ["report", "intervals", "--from", "0001-01-01", "--to", "9999-12-31"], "outside 1970"),
        ("auditor", ["audit", "--since", "9999-12-31"], "outside 1970"),
    ],
)
def test_an_output_or_a_period_that_cannot_be_is_one_line(capsys, monkeypatch, demo, user, argv, said):
    code, _out, err = run(capsys, monkeypatch, demo, user, *argv)
    assert code != 0 and said in one_line(err)


@pytest.mark.parametrize("user", ["shiftlead", "inspector05"])
def test_an_unknown_precinct_is_named_as_such(capsys, monkeypatch, demo, user):
    code, _out, err = run(
        capsys, monkeypatch, demo, user, "analytics", "summary", "--precinct", "' OR 1=1 --"
    )
    assert code == 1 and "there is no precinct" in one_line(err)


def test_a_pdf_the_writer_could_not_make_is_not_said_to_be_written(capsys, monkeypatch, demo, tmp_path):
    target = tmp_path / "locked.pdf"
    target.write_bytes(b"")
    target.chmod(0o400)
    code, _out, err = run(capsys, monkeypatch, demo, "shiftlead", "report", "handover", "--pdf", str(target))
    if code == 2:  # refused before writing (this user may not write it)
        assert "permission denied" in one_line(err)
    else:  # root writes anyway: then the file is there and said to be
        assert code == 0 and target.stat().st_size > 0 and "written to" in err


@pytest.mark.parametrize(
    ("name", "node"),
    [
        (
            "long-name.osm",
            '<node id="1" lat="52.28" lon="76.95"><tag k="name" v="{long}"/>'
            '<tag k="addr:street" v="Абая"/><tag k="addr:housenumber" v="1"/></node>',
        ),
        (
            "nan.osm",
            '<node id="1" lat="1e308" lon="nan"><tag k="addr:street" v="Абая"/>'
            '<tag k="addr:housenumber" v="1"/></node>',
        ),
        (
            "huge.osm",
            '<node id="1" lat="1e308" lon="76.9"><tag k="addr:street" v="Абая"/>'
            '<tag k="addr:housenumber" v="1"/></node>',
        ),
    ],
)
def test_a_hostile_osm_file_is_refused_in_one_line(capsys, monkeypatch, demo, tmp_path, name, node):
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0"?><osm version="0.6">{node.format(long="x" * 10_000)}</osm>')
    code, _out, err = run(capsys, monkeypatch, demo, "admin", "gazetteer", "import", str(path))
    said = one_line(err)
    assert code == 1 and (name in said or "within 20 km of the precincts" in said), said


def test_locate_refuses_a_file_that_is_not_utf8(capsys, monkeypatch, demo, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"lat,lon\n\xff\xfe,1\n")
    code, _out, err = run(
        capsys,
        monkeypatch,
        demo,
        "operator",
        "locate",
        "--csv",
        str(path),
        "--lat-column",
        "lat",
        "--lon-column",
        "lon",
    )
    assert code == 1 and "not UTF-8" in one_line(err)


def test_locate_never_copies_a_formula_into_its_output(capsys, monkeypatch, demo, tmp_path):
    path = tmp_path / "formula.csv"
    path.write_text("lat,lon,note\n52.28,76.95,=1+1\n-52.28,76.95,@SUM(A1)\n", encoding="utf-8")
    code, out, _err = run(
        capsys,
        monkeypatch,
        demo,
        "operator",
        "locate",
        "--csv",
        str(path),
        "--lat-column",
        "lat",
        "--lon-column",
        "lon",
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["note"] for r in rows] == ["'=1+1", "'@SUM(A1)"]
    assert rows[1]["lat"] == "-52.28"  # a plain number stays a number
