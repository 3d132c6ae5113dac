"""The ways by the roads on the real map page: a unit sent to an incident by the river gets its route
drawn with its minutes left, the minutes count down as its tracker reports it driving along, a unit that
leaves its way gets a new route, and the View menu's coverage layer draws the free units' reach."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.fixes import Fix, Source
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.services.tracking import TrackerIntake, UnitTrackers
from tests.support.desk_window import js, map_desk, wait_map

pytestmark = pytest.mark.gui
DEVICE = "356307042441077"
EMBANKMENT = (52.2765, 76.9222)  # on the embankment of the demo city's Irtysh
START = (52.2873, 76.9674)  # a yard in precinct 05: A-12 drives from here
ASTRAY = (52.2700, 76.9500)  # south of its way: a wrong turn


def roads_look(qtbot, window) -> dict:
    return js(qtbot, window, "desk.roadsLook()")


def minutes(label: str) -> int:
    return int(label.split("·")[1].split()[0])


def test_the_route_of_a_unit_sent_counts_down_as_it_drives_and_is_read_again_off_it(qtbot, sqlite_city):
    desk = DeskService(sqlite_city, Principal.for_system("test-setup"))
    number = desk.create_incident(
        CallDraft(Channel.PHONE, "fight_assault", "драка", "набережная Иртыша", Location.placed(*EMBANKMENT))
    ).number
    UnitTrackers(sqlite_city, Principal.for_system("lead")).bind("A-12", DEVICE, Source.TELTONIKA)
    intake = TrackerIntake(sqlite_city)
    now = datetime.now(UTC)  # the fixes a minute apart (within the server's five minutes of clock skew)
    intake.take([Fix(DEVICE, now, *START, Source.TELTONIKA, speed_kmh=0.0)])
    desk.dispatch(number, "A-12")
    other = desk.create_incident(  # another incident to turn to, whatever the demo's hour left open
        CallDraft(Channel.PHONE, "theft", "", "улица Лермонтова", Location.placed(*START))
    ).number
    with map_desk(qtbot, sqlite_city, "operator") as window:
        window.selection.select_incident(number)
        drawn = wait_map(qtbot, window, lambda seen: "A-12" in seen["routes"], "desk.roadsLook()", 20_000)
        route = window.roads.routes["A-12"]
        first = minutes(drawn["routes"]["A-12"]["label"])
        assert drawn["routes"]["A-12"]["points"] == len(route.points) and first >= 3
        halfway = route.points[len(route.points) * 2 // 3]
        intake.take([Fix(DEVICE, now + timedelta(minutes=1), *halfway, Source.TELTONIKA, speed_kmh=40.0)])
        later = wait_map(
            qtbot,
            window,
            lambda seen: "A-12" in seen["routes"] and minutes(seen["routes"]["A-12"]["label"]) < first,
            "desk.roadsLook()",
            15_000,
        )
        assert later["routes"]["A-12"]["points"] == len(route.points)  # the same way, further along
        intake.take([Fix(DEVICE, now + timedelta(minutes=2), *ASTRAY, Source.TELTONIKA, speed_kmh=40.0)])
        qtbot.waitUntil(lambda: window.roads.routes["A-12"] is not route, timeout=15_000)  # off its way
        again = window.roads.routes["A-12"].points[0]
        assert abs(again[0] - ASTRAY[0]) < 0.003 and abs(again[1] - ASTRAY[1]) < 0.004
        window.selection.select_incident(other)  # another incident: A-12's way is no longer drawn
        wait_map(qtbot, window, lambda seen: "A-12" not in seen["routes"], "desk.roadsLook()", 10_000)


def test_the_coverage_layer_draws_the_free_units_reach_and_what_none_reaches(qtbot, sqlite_city):
    with map_desk(qtbot, sqlite_city, "shiftlead") as window:
        window.desk_actions.actions["coverage"].trigger()
        qtbot.waitUntil(lambda: window.roads.coverage_shown, timeout=30_000)
        seen = roads_look(qtbot, window)
        assert seen["coverage"] >= 10 and seen["legend"]
        assert "10" in seen["legendText"]
        window.desk_actions.actions["coverage"].trigger()  # off again
        wait_map(qtbot, window, lambda seen: seen["coverage"] == 0 and not seen["legend"], "desk.roadsLook()")
