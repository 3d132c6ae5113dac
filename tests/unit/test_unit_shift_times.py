"""A unit's time in each state since its shift began."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.enums import UnitStatus as U
from dispatch_desk.domain.unit_shifts import shift_times

T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_times_are_summed_by_state_from_the_shifts_start():
    changes = [
        (at(0), U.AVAILABLE),
        (at(30), U.DISPATCHED),
        (at(35), U.EN_ROUTE),
        (at(45), U.ON_SCENE),
        (at(90), U.AVAILABLE),
        (at(100), U.MEAL_BREAK),
    ]
    times = shift_times(U.AVAILABLE, at(130), changes, horizon=at(-60))
    assert times.totals(at(140)) == {
        "available": (30 + 10 + 10) * 60.0,
        "incidents": 60 * 60.0,
        "meal_break": 30 * 60.0,
    }
    assert times.on_shift_s(at(140)) == 140 * 60.0
    times.advance(U.BUSY, at(150))
    assert "busy" not in times.totals(at(150)) and times.totals(at(160))["busy"] == 600.0


def test_going_off_shift_ends_the_figures_and_the_next_shift_starts_afresh():
    changes = [(at(0), U.AVAILABLE), (at(60), U.OFF_SHIFT), (at(120), U.AVAILABLE)]
    times = shift_times(U.AVAILABLE, at(120), changes, horizon=at(-60))
    assert times.started == at(120) and times.totals(at(150)) == {"available": 30 * 60.0}
    times.advance(U.OFF_SHIFT, at(200))
    assert times.on_shift_s(at(210)) is None and times.totals(at(210)) == {}


def test_a_unit_without_changes_counts_from_the_horizon_and_an_old_change_is_ignored():
    times = shift_times(U.AVAILABLE, at(-600), [], horizon=at(-60))
    assert times.started == at(-60) and times.totals(at(0)) == {"available": 3600.0}
    times.advance(U.BUSY, at(-120))  # older than what is known: ignored
    assert times.status is U.AVAILABLE
    assert shift_times(U.OFF_SHIFT, at(-600), [], horizon=at(-60)).started is None
