"""Response intervals through the service (both databases, each reader's scope) and the command line."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.cli import main
from dispatch_desk.demo.city import build_demo
from dispatch_desk.domain.access import Forbidden, Principal, Role
from dispatch_desk.domain.entities import Precinct, Unit
from dispatch_desk.domain.enums import Channel, UnitKind
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import Location
from dispatch_desk.services.analytics import Analytics, IntervalQuery
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from tests.support.people import DEMO_PASSWORD, act_as


def square(lon0: float, lat0: float, size: float = 0.01) -> dict:
    ring = [[lon0, lat0], [lon0 + size, lat0], [lon0 + size, lat0 + size], [lon0, lat0 + size], [lon0, lat0]]
    return {"type": "Polygon", "coordinates": [ring]}


def test_intervals_from_the_database_in_each_readers_scope(desk, db, clock):
    desk.replace_precincts(
        [
            Precinct("01", "Бірінші", "Первый", "First", square(76.90, 52.28)),
            Precinct("02", "Екінші", "Второй", "Second", square(76.91, 52.28)),
        ]
    )
    desk.add_unit(Unit("П-011", UnitKind.PATROL_CAR, "01"))
    desk.add_unit(Unit("П-021", UnitKind.PATROL_CAR, "02"))
    start = clock.now
    one = desk.create_incident(CallDraft(Channel.PHONE, "theft", location=Location.placed(52.285, 76.905)))
    clock.advance(seconds=40)
    desk.dispatch(one.number, "П-011")
    clock.advance(seconds=300)
    desk.unit_on_scene("П-011")
    clock.advance(seconds=600)
    desk.close(one.number, "", code="warned")
    two = desk.create_incident(CallDraft(Channel.PHONE, "theft", location=Location.placed(52.285, 76.915)))
    clock.advance(seconds=100)
    desk.close(two.number, "по телефону", code="advice_given")  # never dispatched: left out of the queue
    period = IntervalQuery(start, clock.now + timedelta(seconds=1))

    lead = Analytics(db, Principal("lead", "Lead", (Role.SHIFT_LEAD,)))
    report = lead.intervals(period)
    assert report.incidents == 2
    assert (report.intervals["queue"].n, report.intervals["queue"].p50_s) == (1, 40.0)
    assert report.intervals["response"].p50_s == 340.0 and report.intervals["on_scene"].p50_s == 600.0
    assert [(e.number, e.reason) for e in report.intervals["queue"].excluded] == [(two.number, "missing")]
    assert lead.intervals(IntervalQuery(start, period.until, precinct="02")).incidents == 1
    # the id, the priority and whether it ended come back whole (packed on SQLite, copied on PostgreSQL)
    assert [(t.priority, t.n, t.within) for t in report.by_priority] == [(one.priority, 1, 1.0)]
    assert sum(hour["queue"].n for hour in report.by_hour.values()) == 1
    empty = lead.intervals(IntervalQuery(clock.now + timedelta(hours=1), clock.now + timedelta(hours=2)))
    assert (empty.incidents, empty.intervals["queue"].n, empty.by_priority, empty.by_hour) == (0, 0, (), {})

    inspector = Analytics(db, Principal("insp", "Insp", (Role.INSPECTOR,), home_precinct="01"))
    assert inspector.intervals(period).incidents == 1  # their precinct only
    with pytest.raises(ValidationError, match="not yours"):
        inspector.intervals(IntervalQuery(start, period.until, precinct="02"))
    for nobody in (Principal("op", "Op", (Role.OPERATOR,)), Principal("adm", "Adm", (Role.ADMIN,))):
        with pytest.raises(Forbidden):
            Analytics(db, nobody).intervals(period)
    with pytest.raises(ValidationError, match="ends before"):
        lead.intervals(IntervalQuery(period.until, start))
    with pytest.raises(ValidationError, match="priority"):
        lead.intervals(IntervalQuery(start, period.until, priority=7))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, days=7, now=datetime(2026, 11, 21, 19, 0, tzinfo=UTC))  # a Sunday, 00:00 in Pavlodar
    db.dispose()
    return str(path)


def test_report_intervals_from_the_command_line(capsys, monkeypatch, demo_db, tmp_path):
    act_as(monkeypatch, "shiftlead", DEMO_PASSWORD)
    out = tmp_path / "intervals.json"
    code = main(
        [
            "--db",
            demo_db,
            "report",
            "intervals",
            "--from",
            "2026-11-14",
            "--to",
            "2026-11-21",
            "--json",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["incidents"] > 500
    for name in ("queue", "travel", "response", "on_scene", "total"):
        figures = body["intervals"][name]
        assert set(figures) == {"n", "p50_s", "p90_s", "max_s", "pending", "excluded"}
        assert figures["n"] > 0 and figures["p50_s"] <= figures["p90_s"] <= figures["max_s"]
    assert 0 < body["queue_target"]["share"] <= 1
    one_priority = tmp_path / "p1.csv"
    assert (
        main(
            [
                "--db",
                demo_db,
                "report",
                "intervals",
                "--from",
                "2026-11-14",
                "--priority",
                "1",
                "--csv",
                str(one_priority),
            ]
        )
        == 0
    )
    rows = list(csv.reader(io.StringIO(one_priority.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["interval", "n", "p50_s", "p90_s", "max_s", "pending", "excluded"]
    assert [r[0] for r in rows[1:6]] == ["queue", "travel", "response", "on_scene", "total"]
    capsys.readouterr()
    assert main(["--db", demo_db, "report", "intervals", "--from", "2026-11-14"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if " dispatched within " in line]
    assert lines and lines[0].startswith("P1 dispatched within 1 min")  # each priority, P1 first
    # Bad input: a clear message, no traceback.
    for argv in (
        ["--from", "yesterday"],
        ["--priority", "9"],
        ["--from", "2026-11-21", "--to", "2026-11-14"],
    ):
        code = main(["--db", demo_db, "report", "intervals", *argv])
        assert code != 0
        assert "Traceback" not in capsys.readouterr().err
    act_as(monkeypatch, "operator", DEMO_PASSWORD)
    assert main(["--db", demo_db, "report", "intervals"]) != 0
    assert "may" in capsys.readouterr().err.lower()


def test_the_databases_figures_are_the_domains_on_a_weeks_demo_history(demo_db):
    from zoneinfo import ZoneInfo

    from dispatch_desk.domain.intervals import IncidentTimes, interval_report

    db = Database(f"sqlite:///{demo_db}")
    since, until = datetime(2026, 11, 14, 19, tzinfo=UTC), datetime(2026, 11, 21, 19, tzinfo=UTC)
    fast = Analytics(db, Principal("lead", "Lead", (Role.SHIFT_LEAD,))).intervals(IntervalQuery(since, until))
    everything = DeskService(db, Principal.for_system("checker")).read.incidents_since(since, limit=100_000)
    reference = interval_report(
        [
            IncidentTimes(
                i.number,
                i.received_at,
                i.first_dispatched_at,
                i.first_on_scene_at,
                i.closed_at,
                not i.status.is_open,
                int(i.priority),
            )
            for i in everything
            if i.received_at < until and not i.confidential
        ],
        ZoneInfo("Asia/Almaty"),
    )
    assert fast.incidents == reference.incidents > 500
    for name, expected in reference.intervals.items():
        got = fast.intervals[name]
        assert (got.n, got.pending, set(got.excluded)) == (
            expected.n,
            expected.pending,
            set(expected.excluded),
        ), name
        for field in ("p50_s", "p90_s", "max_s"):
            assert getattr(got, field) == pytest.approx(getattr(expected, field), abs=0.01), (name, field)
    assert fast.queue_within_target == pytest.approx(reference.queue_within_target)
    assert [(t.priority, t.n) for t in fast.by_priority] == [(t.priority, t.n) for t in reference.by_priority]
    for got_target, expected_target in zip(fast.by_priority, reference.by_priority, strict=True):
        assert got_target.within == pytest.approx(expected_target.within)
    assert {h: s["queue"].n for h, s in fast.by_hour.items()} == {
        h: s["queue"].n for h, s in reference.by_hour.items()
    }
    db.dispose()
