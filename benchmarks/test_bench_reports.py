"""Response intervals over 1,000,000 incidents (a year of a large city; aim ≤ 2 s on both databases):
the desk's way (only the five times and the filters' columns, streamed, figures in one pass; on SQLite the
days packed by earlier reports) against the naive way (every incident loaded as an ORM object, then the same figures)."""

from __future__ import annotations

from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import select

from benchmarks.data import NOW
from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.intervals import IncidentTimes, interval_report
from dispatch_desk.services.analytics import Analytics, IntervalQuery, summarise_times
from dispatch_desk.store.rows import IncidentRow

YEAR = IntervalQuery(NOW - timedelta(days=366), NOW + timedelta(seconds=1))


def test_intervals_over_a_million_incidents(benchmark, million_db):
    analytics = Analytics(million_db, Principal("lead", "Lead", (Role.SHIFT_LEAD,)))
    report = benchmark.pedantic(lambda: analytics.intervals(YEAR), rounds=5, warmup_rounds=1)
    assert report.incidents == 1_000_000 and report.intervals["queue"].n == 1_000_000


def test_intervals_first_report_after_every_day_changed(benchmark, million_db):
    """SQLite: the report that finds none of the year's days packed (after a bulk import, or the first
    after the upgrade) packs all 366 and keeps them; the rounds before and after read the packs."""
    import pytest
    from sqlalchemy import text

    if million_db.is_postgresql:
        pytest.skip("PostgreSQL packs the rows on the server at every report")

    def unpack() -> None:
        with million_db.write_session() as session, session.begin():
            session.execute(text("UPDATE interval_days SET built = NULL, data = NULL"))

    analytics = Analytics(million_db, Principal("lead", "Lead", (Role.SHIFT_LEAD,)))
    report = benchmark.pedantic(lambda: analytics.intervals(YEAR), setup=unpack, rounds=3)
    assert report.incidents == 1_000_000


def test_intervals_rows_as_tuples(benchmark, million_db):
    """The desk's way before issue #27: seven numbers an incident as a tuple of Python objects (binary on
    PostgreSQL, seconds by ``extract``, a numeric), then the same summary."""
    postgres = million_db.is_postgresql
    moment = "extract(epoch FROM {})::float8" if postgres else "(julianday({}) - 2440587.5) * 86400.0"
    times = ", ".join(
        moment.format(c) for c in ("received_at", "first_dispatched_at", "first_on_scene_at", "closed_at")
    )
    ended = "CASE WHEN status IN ('closed', 'cancelled') THEN 1 ELSE 0 END"
    since = YEAR.since if postgres else YEAR.since.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    sql = f"SELECT id, {times}, {ended}, priority FROM incidents WHERE received_at >= {'%s' if postgres else '?'}"

    def before():
        with million_db.reading() as session:
            raw = session.connection().connection.dbapi_connection
            cursor = raw.cursor(binary=True) if postgres else raw.cursor()
            cursor.execute(sql, [since])
            rows = np.array(cursor.fetchall(), dtype=float).reshape(-1, 7)
            cursor.close()
        return summarise_times(rows, 18_000.0, lambda ids: {})

    report = benchmark.pedantic(before, rounds=5, warmup_rounds=1)
    assert report.incidents == 1_000_000


def test_intervals_naive_orm_objects(benchmark, million_db):
    zone = ZoneInfo("Asia/Almaty")

    def naive():
        with million_db.reading() as session:
            rows = session.scalars(select(IncidentRow).where(IncidentRow.received_at >= YEAR.since)).all()
            times = [
                IncidentTimes(
                    r.number,
                    r.received_at,
                    r.first_dispatched_at,
                    r.first_on_scene_at,
                    r.closed_at,
                    r.status in ("closed", "cancelled"),
                    r.priority,
                    r.precinct,
                    r.category,
                )
                for r in rows
            ]
        return interval_report(times, zone)

    assert benchmark.pedantic(naive, rounds=1).incidents == 1_000_000
