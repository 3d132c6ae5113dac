"""A tracker's fix moves its unit on a desk in a second, with no change-feed row: the desk reads the
positions that changed since the last it read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.fixes import Fix, Source
from dispatch_desk.services.tracking import TrackerIntake, UnitTrackers
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui
DEVICE = "356307042441013"


def test_a_trackers_fix_moves_its_unit_on_the_desk_without_a_feed_row(qtbot, sqlite_city):
    UnitTrackers(sqlite_city, Principal.for_system("lead")).bind("A-11", DEVICE, Source.TELTONIKA)
    intake = TrackerIntake(sqlite_city)
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        with sqlite_city.reading() as session:
            feed_before = session.execute(text("SELECT max(seq) FROM change_feed")).scalar_one()
        for n in range(3):  # a car driving north, a fix every second
            at = datetime.now(UTC)
            intake.take([Fix(DEVICE, at, 52.2873 + n * 0.0001, 76.9674, Source.TELTONIKA, speed_kmh=40.0)])
            qtbot.waitUntil(
                lambda n=n: (
                    (window.units.model.unit_by_call_sign("A-11").position or (0, 0))[0]
                    == pytest.approx(52.2873 + n * 0.0001)
                ),
                timeout=5_000,
            )
        with sqlite_city.reading() as session:
            assert session.execute(text("SELECT max(seq) FROM change_feed")).scalar_one() == feed_before
        window.sign_out()
        qtbot.waitUntil(lambda: not window.positions.timer.isActive(), timeout=5_000)


def test_a_unit_moves_at_most_once_a_second_and_its_newest_fix_is_not_lost(qtbot, sqlite_city):
    import time
    from itertools import pairwise

    UnitTrackers(sqlite_city, Principal.for_system("lead")).bind("A-12", DEVICE, Source.TELTONIKA)
    intake = TrackerIntake(sqlite_city)
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        seen: list[tuple[float, float]] = []
        model = window.units.model
        model.dataChanged.connect(
            lambda *_: seen.append(
                (time.monotonic(), (model.unit_by_call_sign("A-12").position or (0, 0))[0])
            )
        )
        for n in range(4):  # four fixes within a second and a half: a tracker sending 3 Hz
            intake.take([Fix(DEVICE, datetime.now(UTC), 52.30 + n * 1e-4, 76.9674, Source.TELTONIKA)])
            qtbot.wait(400)
        last = 52.30 + 3e-4
        qtbot.waitUntil(lambda: seen and seen[-1][1] == pytest.approx(last), timeout=5_000)
        moves = [t for (_t0, before), (t, lat) in pairwise(seen) if lat != before]
        assert len(moves) >= 2 and all(b - a >= 0.95 for a, b in pairwise(moves)), moves
