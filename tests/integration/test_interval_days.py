"""SQLite's packed days for the response-interval report: the same figures as reading the incidents,
packed once, packed again when an incident of the day changes, never kept when it changed meanwhile."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from dispatch_desk.demo.city import build_demo
from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.services.analytics import Analytics, IntervalQuery, summarise_times
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from dispatch_desk.store.interval_rows import interval_times, keep_days, numbers_of

NOW = datetime(2026, 11, 21, 19, 0, tzinfo=UTC)
LEAD = Principal("lead", "Lead", (Role.SHIFT_LEAD,))
BOTH = Principal("both", "Both", (Role.SHIFT_LEAD, Role.ANTI_CORRUPTION))  # confidential ones too
PERIOD = IntervalQuery(NOW - timedelta(days=6, hours=5, minutes=17), NOW - timedelta(hours=3, minutes=1))


@pytest.fixture
def week(tmp_path) -> Database:
    db = Database(f"sqlite:///{tmp_path / 'week.sqlite3'}")
    migrate.upgrade(db)
    build_demo(db, days=7, now=NOW)
    yield db
    db.dispose()


def read_directly(db: Database, query: IntervalQuery, confidential: bool | None) -> dict:
    """The report from the incidents themselves (no packed day), the way a one-precinct report reads."""
    with db.reading() as session:
        rows = interval_times(session, query.since, query.until, confidential=confidential)
        return summarise_times(rows, 5 * 3600, lambda ids: numbers_of(session, ids)).as_dict()


def built_days(db: Database) -> int:
    with db.reading() as session:
        return session.execute(text("SELECT count(*) FROM interval_days WHERE built = changes")).scalar()


def test_packed_days_give_the_figures_of_the_incidents(week):
    lead, both = Analytics(week, LEAD), Analytics(week, BOTH)
    assert built_days(week) == 0  # the demo's days are written, none packed yet
    packing = lead.intervals(PERIOD).as_dict()
    assert built_days(week) == 5  # the whole days inside the period; its ends are read from the incidents
    assert packing == lead.intervals(PERIOD).as_dict() == read_directly(week, PERIOD, False)
    assert packing["incidents"] > 300
    with_confidential = both.intervals(PERIOD).as_dict()  # the same packs, nothing left out
    assert with_confidential == read_directly(week, PERIOD, None)
    assert with_confidential["incidents"] > packing["incidents"]


def test_a_change_to_an_incident_packs_its_day_again(week):
    lead = Analytics(week, LEAD)
    before = lead.intervals(PERIOD).as_dict()
    with week.write_session() as session, session.begin():
        day = session.execute(text("SELECT max(day) FROM interval_days WHERE built = changes")).scalar()
        number = session.execute(
            text(
                "SELECT number FROM incidents WHERE date(received_at) = :day AND first_dispatched_at IS NOT NULL"
                " AND NOT confidential ORDER BY first_dispatched_at - received_at DESC LIMIT 1"
            ),
            {"day": day},
        ).scalar()
        session.execute(  # the slowest dispatch of that day becomes a day slower
            text(
                "UPDATE incidents SET first_dispatched_at = datetime(received_at, '+1 day') WHERE number = :n"
            ),
            {"n": number},
        )
    assert built_days(week) == 4
    after = lead.intervals(PERIOD).as_dict()
    assert after == read_directly(week, PERIOD, False) and built_days(week) == 5
    assert after["intervals"]["queue"]["max_s"] >= 86_400 > before["intervals"]["queue"]["max_s"]


def test_a_day_that_changed_while_it_was_packed_is_not_kept(week):
    packed: list = []
    with week.reading() as session:
        interval_times(session, PERIOD.since, PERIOD.until, confidential=False, keep=packed)
    assert len(packed) == 5
    with week.write_session() as session, session.begin():  # another desk closes an incident meanwhile
        session.execute(
            text(
                "UPDATE incidents SET priority = 1 WHERE id = (SELECT min(id) FROM incidents WHERE date(received_at) = :d)"
            ),
            {"d": packed[0].day},
        )
    assert keep_days(week, packed) == 4  # that day waits for the next report
    lead = Analytics(week, LEAD)
    assert lead.intervals(PERIOD).as_dict() == read_directly(week, PERIOD, False)
