"""The demo patrols' drive: a unit sent to an incident reaches it at city speed and stops; a free unit
patrols its street back and forth; one at a scene stays."""

from __future__ import annotations

import random

from dispatch_desk.demo.city import load_streets
from dispatch_desk.demo.patrols import CITY_KMH, Patrol, device_of, drive, nearest_route, street_lines
from dispatch_desk.domain.enums import UnitStatus
from dispatch_desk.domain.fixes import distance_m


def test_a_unit_en_route_drives_to_its_incident_and_stops():
    patrol = Patrol("A-11", 52.2873, 76.9674)
    target = (52.2873 + 1000 / 111_195, 76.9674)  # a kilometre north
    seconds = 0
    while distance_m(patrol.lat, patrol.lon, *target) > 1 and seconds < 300:
        drive(patrol, UnitStatus.EN_ROUTE, target, 1.0)
        seconds += 1
    assert abs(seconds - 1000 / (CITY_KMH / 3.6)) <= 1  # 90 s at 40 km/h
    assert round(patrol.heading) in (0, 360)
    drive(patrol, UnitStatus.ON_SCENE, target, 1.0)
    assert patrol.speed_kmh == 0 and distance_m(patrol.lat, patrol.lon, *target) < 1


def test_a_free_unit_patrols_a_street_of_the_city_back_and_forth():
    lines = street_lines(load_streets())
    assert len(lines) >= 40
    patrol = Patrol("A-12", *lines[0][0], route=lines[0][:2])
    start = (patrol.lat, patrol.lon)
    seen_far = False
    for _ in range(600):
        drive(patrol, UnitStatus.AVAILABLE, None, 1.0)
        seen_far = seen_far or distance_m(*start, patrol.lat, patrol.lon) > 100
        near_line = min(distance_m(patrol.lat, patrol.lon, *p) for p in lines[0][:2])
        assert near_line <= distance_m(*lines[0][0], *lines[0][1])  # on its street, not off it
    assert seen_far
    assert nearest_route(lines, *start, random.Random(1))


def test_each_demo_unit_has_a_tracker_of_its_own_in_every_run():
    devices = [device_of(f"A-{n}", n) for n in range(42)]
    assert len({d for d, _ in devices}) == 42
    assert {p for _, p in devices} == {"wialon", "teltonika", "osmand"}
    assert device_of("A-11", 3) == device_of("A-11", 3)
    assert all(len(d) == 15 and d.isdigit() for d, p in devices if p != "osmand")  # an IMEI's 15 digits
