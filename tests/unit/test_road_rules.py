"""The dispatch rules by the roads, as plain values: the engine's times rank the units (own precinct and
stale positions as before), the reasons say the way, a unit without a road ranks after those with one,
a fallback says why; a route's countdown along its points; Valhalla's shapes decoded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.domain.dispatch_rules import RoadTimes, recommend
from dispatch_desk.domain.entities import Incident, Unit
from dispatch_desk.domain.enums import Channel, Priority, UnitKind
from dispatch_desk.domain.roads import RoadLeg, Route, TravelMode, Turn, mode_of
from dispatch_desk.domain.values import Location
from dispatch_desk.geo.routing import decode_polyline6

NOW = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
PLACE = (52.2765, 76.9222)


def unit(call_sign: str, lat: float, lon: float, precinct: str = "01", minutes: float = 1) -> Unit:
    return Unit(
        call_sign,
        UnitKind.PATROL_CAR,
        precinct,
        position=(lat, lon),
        position_at=NOW - timedelta(minutes=minutes),
    )


def incident() -> Incident:
    return Incident(
        channel=Channel.PHONE,
        category="theft",
        priority=Priority.ROUTINE,
        received_at=NOW,
        created_at=NOW,
        location=Location.placed(*PLACE),
        precinct="01",
        number="26-000001",
        id=1,
    )


def test_the_roads_times_rank_and_the_reasons_name_the_bridge():
    near, far = unit("ACROSS", 52.2760, 76.9108), unit("BANK", 52.2900, 76.9500)
    roads = RoadTimes({"ACROSS": RoadLeg(470, 6000, 0.0, ("Южный мост",)), "BANK": RoadLeg(240, 2500)})
    plain = recommend(incident(), [near, far], NOW)
    assert [c.call_sign for c in plain] == ["ACROSS", "BANK"]  # the straight line is fooled by the water
    ranked = recommend(incident(), [near, far], NOW, roads=roads)
    assert [c.call_sign for c in ranked] == ["BANK", "ACROSS"]
    assert ranked[0].eta_s == pytest.approx(240 + 30) and ranked[0].distance_m == 2500 and ranked[0].by_road
    across = ranked[1].reasons[0]
    assert across.code == "road_via" and across.value("via") == "Южный мост" and across.value("km") == 6.0
    assert across.describe() == "6.0 km by road, about 8 min, across Южный мост"


def test_own_precinct_still_wins_unless_another_is_two_minutes_faster_by_road():
    own, other = unit("OWN", 52.28, 76.93, "01"), unit("OTHER", 52.28, 76.93, "02")
    close = RoadTimes({"OWN": RoadLeg(300, 3000), "OTHER": RoadLeg(200, 2000)})
    assert recommend(incident(), [own, other], NOW, roads=close)[0].call_sign == "OWN"
    much = RoadTimes({"OWN": RoadLeg(400, 4000), "OTHER": RoadLeg(200, 2000)})
    assert recommend(incident(), [own, other], NOW, roads=much)[0].call_sign == "OTHER"


def test_a_unit_without_a_road_ranks_after_those_with_one_and_stale_ones_last():
    stranded, driving = unit("STRANDED", 52.2766, 76.9223), unit("DRIVING", 52.30, 76.99)
    stale = unit("STALE", 52.2765, 76.9222, minutes=90)
    roads = RoadTimes({"STRANDED": None, "DRIVING": RoadLeg(900, 9000)})
    ranked = recommend(incident(), [stale, stranded, driving], NOW, roads=roads)
    assert [c.call_sign for c in ranked] == ["DRIVING", "STRANDED", "STALE"]
    assert [r.code for r in ranked[1].reasons][:2] == ["distance", "no_road"]


def test_a_snapped_unit_and_a_fallback_say_so():
    snapped = RoadTimes({"YARD": RoadLeg(300, 3400, 420.0)})
    reasons = recommend(incident(), [unit("YARD", 52.29, 76.95)], NOW, roads=snapped)[0].reasons
    assert [(r.code, r.value("metres")) for r in reasons if r.code == "off_road"] == [("off_road", 420)]
    fallback = recommend(
        incident(), [unit("YARD", 52.29, 76.95)], NOW, roads=RoadTimes(fallback="no_network")
    )
    assert not fallback[0].by_road
    assert fallback[0].reasons[1].describe() == "straight-line estimate: no road network"


def test_a_foot_patrol_walks_and_every_other_unit_drives():
    assert mode_of(UnitKind.FOOT_PATROL) is TravelMode.FOOT
    assert {mode_of(k) for k in UnitKind if k is not UnitKind.FOOT_PATROL} == {TravelMode.CAR}


def test_the_countdown_along_a_route_and_how_far_off_it_a_unit_is():
    points = ((52.0, 76.0), (52.0, 76.01), (52.01, 76.01))  # east 685 m, then north 1112 m
    route = Route(
        points,
        180.0,
        1797.0,
        (Turn("east", 685, 60, 0), Turn("north", 1112, 120, 1)),
        seconds_at=(0, 60, 180),
    )
    assert route.progress(52.0, 76.0) == pytest.approx((180.0, 0.0), abs=0.5)
    left, off = route.progress(52.0, 76.005)  # halfway along the first leg
    assert left == pytest.approx(150.0, abs=0.5) and off < 1
    left, off = route.progress(52.005, 76.0101)  # halfway up the second, a few metres aside
    assert left == pytest.approx(60.0, abs=1) and off == pytest.approx(6.8, abs=1)
    assert route.progress(52.02, 76.01)[0] == 0.0  # past the end
    assert route.progress(51.99, 76.005)[1] == pytest.approx(1112, rel=0.01)  # a kilometre south of it
    assert route.turn_at(2) is not None and route.turn_at(2).instruction == "north"
    even = Route(points, 180.0, 1797.0)  # without per-point times: by length
    assert even.progress(52.0, 76.01)[0] == pytest.approx(180 * 1112 / 1797, abs=1)


def test_valhallas_shapes_decode_at_six_decimal_places():
    # two points of Valhalla's own documentation example, encoded at precision 6
    points = decode_polyline6("_izlhA~rlgdF_{geC~ywl@")
    assert [p[0] for p in points] == pytest.approx([38.5, 40.7])
    assert [p[1] for p in points] == pytest.approx([-120.2, -120.95])
    assert decode_polyline6("") == []


def test_a_unit_without_a_fresh_position_is_measured_from_its_post_and_still_ranked_after():
    seen, gone, lost = (
        unit("SEEN", 52.30, 76.99),
        unit("GONE", 52.2766, 76.9223, minutes=90),
        unit("LOST", 0, 0),
    )
    lost.position = lost.position_at = None
    roads = RoadTimes(
        {"SEEN": RoadLeg(900, 9000)}, posts={"GONE": RoadLeg(400, 3000), "LOST": RoadLeg(200, 1500)}
    )
    ranked = recommend(incident(), [gone, lost, seen], NOW, roads=roads)
    assert [c.call_sign for c in ranked] == ["SEEN", "LOST", "GONE"]  # seen lately first, then by the post
    assert [r.code for r in ranked[1].reasons][:2] == ["no_position", "from_post"]
    assert ranked[1].eta_s == pytest.approx(230) and ranked[1].by_road
    assert ranked[2].reasons[1].describe().startswith("from its post (the precinct's service centre): 3.0 km")
