"""Units in motion on the real map page: a tracker's fix moves the marker with its heading, speed and the
fix's age; a unit without a fix for the stale limit fades; the trail of the last minutes is drawn for the
unit selected; the map follows a unit until a hand moves it; and a shift lead draws a unit's track for a
period (an access record)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.fixes import Fix, Source
from dispatch_desk.services.tracking import TrackerIntake, UnitTrackers
from tests.support.desk_window import js, map_desk, wait_map

pytestmark = pytest.mark.gui
DEVICE = "356307042441013"
START = (52.2873, 76.9674)


def look(qtbot, window, call_sign: str) -> dict:
    return js(qtbot, window, f"desk.unitLook({call_sign!r})")


def test_a_driving_unit_glides_with_heading_speed_and_age_and_the_map_follows_it(qtbot, sqlite_city):
    UnitTrackers(sqlite_city, Principal.for_system("lead")).bind("A-11", DEVICE, Source.TELTONIKA)
    intake = TrackerIntake(sqlite_city)
    with map_desk(qtbot, sqlite_city, "operator") as window:
        for n in range(4):  # north-east at 40 km/h, a fix a second
            at = datetime.now(UTC)
            lat, lon = START[0] + n * 0.00008, START[1] + n * 0.00012
            intake.take([Fix(DEVICE, at, lat, lon, Source.TELTONIKA, speed_kmh=40.0, heading=45.0)])
            wait_map(
                qtbot,
                window,
                lambda seen, lat=lat: abs(seen["lat"] - lat) < 1e-7,
                "desk.info('unit', 'A-11')",
            )
            if n == 0:  # the operator selects it: the map goes there, its trail is drawn
                window.units.select("A-11")
                qtbot.waitUntil(lambda: window.units.selected_unit() == "A-11", timeout=5_000)
        seen = look(qtbot, window, "A-11")
        assert seen["heading"] == "rotate(45deg)" and not seen["stale"]
        assert "40 km/h" in seen["tooltip"] and " s ago" in seen["tooltip"]
        assert seen["trail"] == 5 and seen["trailShown"] == "A-11"  # where it stood, then 4 fixes
        window.positions.follow_selected()
        qtbot.waitUntil(lambda: look(qtbot, window, "A-11")["following"] == "A-11", timeout=5_000)
        lat, lon = START[0] + 0.004, START[1] + 0.006  # a minute on: the map keeps it in sight
        intake.take(
            [
                Fix(
                    DEVICE,
                    datetime.now(UTC) + timedelta(minutes=1),
                    lat,
                    lon,
                    Source.TELTONIKA,
                    speed_kmh=40.0,
                    heading=45.0,
                )
            ]
        )
        wait_map(
            qtbot,
            window,
            lambda seen: abs(seen["centre"][0] - lat) < 1e-4 and abs(seen["centre"][1] - lon) < 1e-4,
            "desk.unitLook('A-11')",
        )
        window.positions.follow_selected()  # again: stop
        qtbot.waitUntil(lambda: look(qtbot, window, "A-11")["following"] is None, timeout=5_000)


def test_a_unit_without_a_recent_fix_is_shown_stale(qtbot, sqlite_city):
    from sqlalchemy import update

    from dispatch_desk.store.rows import UnitRow

    with sqlite_city.write_session() as session, session.begin():  # the demo placed it an hour ago
        session.execute(
            update(UnitRow)
            .where(UnitRow.call_sign == "A-12")
            .values(position_at=datetime.now(UTC) - timedelta(hours=1))
        )
    UnitTrackers(sqlite_city, Principal.for_system("lead")).bind("A-12", DEVICE, Source.TELTONIKA)
    TrackerIntake(sqlite_city).take(
        [Fix(DEVICE, datetime.now(UTC) - timedelta(minutes=45), *START, Source.TELTONIKA)]
    )
    with map_desk(qtbot, sqlite_city, "operator") as window:
        wait_map(qtbot, window, lambda seen: abs(seen["lat"] - START[0]) < 1e-7, "desk.info('unit', 'A-12')")
        window.units.select("A-12")  # the map goes there: its marker is drawn
        wait_map(qtbot, window, lambda seen: seen["stale"], "desk.unitLook('A-12')")
        assert "45 min ago" in look(qtbot, window, "A-12")["tooltip"]


def test_the_shift_lead_draws_a_units_track_for_an_incidents_time_and_it_is_recorded(qtbot, sqlite_city):
    UnitTrackers(sqlite_city, Principal.for_system("lead")).bind("A-21", DEVICE, Source.WIALON)
    now = datetime.now(UTC)
    fixes = [
        Fix(
            DEVICE,
            now - timedelta(minutes=30) + timedelta(seconds=10 * n),
            START[0] + n * 1e-4,
            START[1],
            Source.WIALON,
        )
        for n in range(60)
    ]
    fixes.append(
        Fix(DEVICE, now - timedelta(minutes=19), 53.5, 78.0, Source.WIALON)
    )  # a jump: marked, not joined
    TrackerIntake(sqlite_city).take(fixes)
    with map_desk(qtbot, sqlite_city, "shiftlead") as window:
        window.units.select("A-21")
        qtbot.waitUntil(lambda: window.units.selected_unit() == "A-21", timeout=5_000)
        window.tracks.show_track("A-21", now - timedelta(hours=1), now)
        seen = wait_map(qtbot, window, lambda seen: seen["track"] > 0, "desk.unitLook('A-21')")
        assert (seen["track"], seen["trackMarked"]) == (60, 1)
        with sqlite_city.reading() as session:
            kinds = session.execute(
                text("SELECT kind, subject FROM access_log ORDER BY id DESC LIMIT 1")
            ).one()
        assert kinds == ("track_viewed", "unit A-21")
        window.tracks.clear_track()
        wait_map(qtbot, window, lambda seen: seen["track"] == 0, "desk.unitLook('A-21')")
