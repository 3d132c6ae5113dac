"""Response intervals against hand-computed cases, with missing and out-of-order times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dispatch_desk.domain.intervals import IncidentTimes, interval_report, percentile

T0 = datetime(2026, 11, 21, 14, 0, tzinfo=UTC)  # 19:00 in Almaty (UTC+5)
ZONE = ZoneInfo("Asia/Almaty")


def times(number, dispatched=None, on_scene=None, closed=None, ended=True, start=T0):
    def at(seconds):
        return None if seconds is None else start + timedelta(seconds=seconds)

    return IncidentTimes(number, start, at(dispatched), at(on_scene), at(closed), ended)


def test_percentiles_interpolate_between_the_nearest_values():
    assert percentile([], 0.5) is None and percentile([7.0], 0.9) == 7.0
    assert percentile([10.0, 20.0, 30.0, 40.0], 0.5) == 25.0
    assert percentile([10.0, 20.0, 30.0, 40.0], 0.9) == pytest.approx(37.0)  # 30 + 0.7 × 10
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 0.5) == 3.0


def test_intervals_of_hand_computed_incidents_with_missing_and_out_of_order_times():
    report = interval_report(
        [
            times("A", dispatched=30, on_scene=330, closed=1530),
            times("B", dispatched=90, on_scene=690, closed=2490),
            times("C", dispatched=45, on_scene=None, closed=600),  # closed, never reached: on scene missing
            times("D", dispatched=None, on_scene=None, closed=120),  # advice by phone: no unit at all
            times("E", dispatched=-20, on_scene=400, closed=900),  # dispatched before received: a clock error
            times("F", dispatched=50, on_scene=None, closed=None, ended=False),  # still on the way
        ],
        ZONE,
    )
    assert report.incidents == 6
    queue = report.intervals["queue"]
    assert (queue.n, queue.p50_s, queue.max_s) == (4, 47.5, 90.0)  # A 30, C 45, F 50, B 90
    assert queue.p90_s == pytest.approx(78.0)  # 50 + 0.7 × 40
    assert {(e.number, e.reason) for e in queue.excluded} == {("D", "missing"), ("E", "out_of_order")}
    travel = report.intervals["travel"]
    assert (travel.n, travel.p50_s, travel.max_s) == (3, 420.0, 600.0)  # A 300, E 420, B 600
    assert {(e.number, e.reason) for e in travel.excluded} == {("C", "missing"), ("D", "missing")}
    assert travel.pending == 1  # F
    response = report.intervals["response"]
    assert (response.n, response.p50_s, response.max_s) == (3, 400.0, 690.0)  # A 330, E 400, B 690
    on_scene = report.intervals["on_scene"]
    assert (on_scene.n, on_scene.p50_s) == (3, 1200.0)  # A 1200, E 500, B 1800
    total = report.intervals["total"]
    assert (total.n, total.max_s, total.pending) == (5, 2490.0, 1)
    assert report.queue_within_target == 0.75 and report.queue_target_met is False  # 3 of 4 within 60 s
    assert set(report.by_hour) == {19} and report.by_hour[19]["queue"].n == 4  # the local hour

    as_json = report.as_dict()
    assert as_json["intervals"]["queue"] == {
        "n": 4,
        "p50_s": 47.5,
        "p90_s": 78.0,
        "max_s": 90.0,
        "pending": 0,
        "excluded": [{"number": "D", "reason": "missing"}, {"number": "E", "reason": "out_of_order"}],
    }
    assert as_json["queue_target"]["met"] is False


def test_each_priority_is_held_to_its_own_target_p1_first():
    def of(priority: int, queue_s: float) -> IncidentTimes:
        dispatched = T0 + timedelta(seconds=queue_s)
        return IncidentTimes(f"{priority}-{queue_s}", T0, dispatched, None, None, False, priority)

    # Parking (P4) dispatched in 20 min is on time; a robbery (P1) in 2 min is not.
    report = interval_report([of(4, 1200), of(4, 1500), of(4, 600), of(1, 120), of(1, 30), of(2, 200)], ZONE)
    assert [t.priority for t in report.by_priority] == [1, 2, 4]
    p1, p2, p4 = report.by_priority
    assert (p1.target_s, p1.n, p1.within, p1.met) == (60.0, 2, 0.5, False)
    assert (p2.target_s, p2.within, p2.met) == (300.0, 1.0, True)
    assert (p4.target_s, p4.n, p4.within, p4.met) == (1800.0, 3, 1.0, True)
    assert report.as_dict()["queue_targets_by_priority"][0] == {
        "priority": 1,
        "seconds": 60.0,
        "share_wanted": 0.9,
        "n": 2,
        "share": 0.5,
        "met": False,
    }
    assert interval_report([], ZONE).by_priority == ()


def test_no_incidents_gives_empty_figures_not_errors():
    report = interval_report([], ZONE)
    assert report.incidents == 0 and report.queue_within_target is None and report.queue_target_met is None
    assert all(s.n == 0 and s.p50_s is None for s in report.intervals.values())
