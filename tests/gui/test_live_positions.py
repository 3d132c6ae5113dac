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
