"""``dispatch-desk report handover`` and ``report intervals --pdf`` from the command line."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from dispatch_desk.cli import main
from dispatch_desk.demo.city import build_demo
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from tests.support.pdf import dark_share, pdf_text, render_pages
from tests.support.people import DEMO_PASSWORD, act_as


@pytest.fixture(scope="module")
def saturday(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("handover") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, days=2, now=datetime(2026, 11, 21, 19, 0, tzinfo=UTC))  # Sunday 00:00 in Pavlodar
    db.dispose()
    return str(path)


def test_the_handover_report_as_csv_and_pdf(capsys, monkeypatch, saturday, tmp_path):
    act_as(monkeypatch, "shiftlead", DEMO_PASSWORD)
    out = tmp_path / "handover.csv"
    code = main(
        [
            "--db",
            saturday,
            "report",
            "handover",
            "--from",
            "2026-11-21T12:00",
            "--to",
            "2026-11-22T00:00",
            "--csv",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    total = next(int(r["count"]) for r in rows if r["part"] == "contacts")
    assert total > 20
    assert sum(int(r["count"]) for r in rows if r["part"] == "category") == total
    assert sum(int(r["count"]) for r in rows if r["part"] == "hour") == total
    assert {r["part"] for r in rows} >= {"period", "contacts", "category", "precinct", "hour", "unit"}
    assert not any(r["detail"].startswith(("=", "+", "@")) for r in rows)
    pdf = tmp_path / "handover.pdf"
    assert (
        main(
            [
                "--db",
                saturday,
                "--lang",
                "kk",
                "report",
                "handover",
                "--from",
                "2026-11-21T12:00",
                "--to",
                "2026-11-22T00:00",
                "--pdf",
                str(pdf),
            ]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
    text = pdf_text(pdf)
    assert "Ауысымды тапсыру" in text and "Сағат бойынша өтініштер" in text  # in the desk's language
    assert "Кезең оқиғаларының нәтижелері" in text and "Басымдық бойынша әрекет ету" in text
    assert "Қолдар" in text and "Ерлан Жумабаев" in text  # the lead's full name on the signature line
    pages = render_pages(pdf, tmp_path)
    assert len(pages) >= 2 and all(dark_share(p) > 0.002 for p in pages)
    intervals = tmp_path / "intervals.pdf"
    assert (
        main(
            [
                "--db",
                saturday,
                "--lang",
                "ru",
                "report",
                "intervals",
                "--from",
                "2026-11-20",
                "--pdf",
                str(intervals),
            ]
        )
        == 0
    )
    text = pdf_text(intervals)
    assert "Интервалы реагирования" in text and "Медиана" in text
    assert text.index("P1") < text.index("P4")  # each priority against its own target, P1 first
    assert len(render_pages(intervals, tmp_path)) <= 2  # left-out incidents: a line, not pages


def test_bad_handover_arguments_get_a_clear_message(capsys, monkeypatch, saturday, tmp_path):
    act_as(monkeypatch, "shiftlead", DEMO_PASSWORD)
    for argv in (
        ["--pdf", "-"],
        ["--pdf", str(tmp_path)],
        ["--from", "2026-11-22", "--to", "2026-11-21", "--csv", "-"],
        ["--from", "2026-01-01", "--to", "2026-11-21", "--csv", "-"],
        ["--csv", "-", "--handover", "77"],
        ["--from", "yesterday", "--csv", "-"],
        [],
    ):
        code = main(["--db", saturday, "report", "handover", *argv])
        assert code != 0, argv
        err = capsys.readouterr().err
        assert "Traceback" not in err and err.strip(), argv
    act_as(monkeypatch, "operator", DEMO_PASSWORD)
    assert main(["--db", saturday, "report", "handover", "--csv", "-"]) != 0
    assert "may" in capsys.readouterr().err.lower()
