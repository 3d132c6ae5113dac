"""Response intervals over 1,000,000 incidents (a year of a large city; aim ≤ 2 s on both databases):
the desk's way (only the five times and the filters' columns, streamed, figures in one pass) against the
naive way (every incident loaded as an ORM object, then the same figures)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from benchmarks.data import NOW
from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.intervals import IncidentTimes, interval_report
from dispatch_desk.services.analytics import Analytics, IntervalQuery
from dispatch_desk.store.rows import IncidentRow

YEAR = IntervalQuery(NOW - timedelta(days=366), NOW + timedelta(seconds=1))


def test_intervals_over_a_million_incidents(benchmark, million_db):
    analytics = Analytics(million_db, Principal("lead", "Lead", (Role.SHIFT_LEAD,)))
    report = benchmark.pedantic(lambda: analytics.intervals(YEAR), rounds=3)
    assert report.incidents == 1_000_000 and report.intervals["queue"].n == 1_000_000


def test_intervals_naive_orm_objects(benchmark, million_db):
    zone = ZoneInfo("Asia/Almaty")

    def naive():
        with million_db.reading() as session:
            rows = session.scalars(select(IncidentRow).where(IncidentRow.received_at >= YEAR.since)).all()
            times = [IncidentTimes(r.number, r.received_at, r.first_dispatched_at, r.first_on_scene_at, r.closed_at,
                                   r.status in ("closed", "cancelled"), r.priority, r.precinct, r.category)
                     for r in rows]  # fmt: skip
        return interval_report(times, zone)

    assert benchmark.pedantic(naive, rounds=1).incidents == 1_000_000
