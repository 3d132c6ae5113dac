from datetime import UTC, datetime, timedelta

import pytest

from dispatch_desk.domain.dispatch_rules import DispatchRules, distance_m, likely_duplicates, recommend
from dispatch_desk.domain.entities import Incident, Unit
from dispatch_desk.domain.enums import Channel, IncidentStatus, LocationSource, Priority, UnitKind, UnitStatus
from dispatch_desk.domain.values import Location

NOW = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
HERE = Location(52.2800, 76.9500, LocationSource.GEOCODED)


def incident(category="theft", precinct="01", location=HERE, **kw) -> Incident:
    values = dict(
        channel=Channel.PHONE,
        category=category,
        priority=Priority.ROUTINE,
        received_at=NOW,
        created_at=NOW,
        location=location,
        precinct=precinct,
        number="26-000001",
        id=1,
    )
    values.update(kw)
    return Incident(**values)


def unit(
    call_sign,
    metres_north,
    home="01",
    kind=UnitKind.PATROL_CAR,
    status=UnitStatus.AVAILABLE,
    age_min=2.0,
    uid=None,
):
    lat = HERE.lat + metres_north / 111_200
    return Unit(
        call_sign,
        kind,
        home,
        status=status,
        position=(lat, HERE.lon),
        position_at=NOW - timedelta(minutes=age_min),
        id=uid or abs(hash(call_sign)) % 10_000,
    )


def test_nearest_unit_first_with_reasons():
    ranked = recommend(incident(), [unit("A-2", 3000), unit("A-1", 800), unit("A-3", 6000)], NOW)
    assert [c.call_sign for c in ranked] == ["A-1", "A-2", "A-3"]
    first = ranked[0]
    assert first.distance_m == pytest.approx(800, rel=0.01)
    assert first.eta_s == pytest.approx(30 + 800 * 1.35 / (30 / 3.6), rel=0.01)
    assert [r.code for r in first.reasons] == ["distance", "own_precinct"]
    assert first.reasons[0].describe().startswith("0.8 km")


def test_own_precinct_preferred_when_the_difference_is_small_but_not_when_large():
    close_other = unit("B-1", 1000, home="02")
    own_a_bit_farther = unit("A-1", 1500, home="01")
    assert recommend(incident(), [close_other, own_a_bit_farther], NOW)[0].call_sign == "A-1"
    own_far = unit("A-1", 9000, home="01")
    assert recommend(incident(), [close_other, own_far], NOW)[0].call_sign == "B-1"


def test_stale_or_missing_positions_rank_last_with_a_note():
    stale = unit("A-1", 100, age_min=45)
    nowhere = Unit("A-2", UnitKind.PATROL_CAR, "01", id=2)
    fresh = unit("B-1", 7000, home="02")
    ranked = recommend(incident(), [stale, nowhere, fresh], NOW)
    assert [c.call_sign for c in ranked] == ["B-1", "A-1", "A-2"]
    assert ranked[1].eta_s is None and ranked[1].reasons[0].code == "stale_position"
    assert ranked[1].reasons[0].value("minutes") == 45
    assert ranked[2].reasons[0].code == "no_position"
    longer = DispatchRules.from_settings(30, stale_minutes=60)
    assert recommend(incident(), [stale, fresh], NOW, longer)[0].call_sign == "A-1"


def test_only_units_that_can_go_are_offered():
    units = [
        unit("A-1", 100, status=UnitStatus.ON_SCENE),
        unit("A-2", 200, status=UnitStatus.OFF_SHIFT),
        unit("A-3", 300, status=UnitStatus.BUSY),
        unit("J-01", 50, kind=UnitKind.JUVENILE_INSPECTOR),
        unit("A-4", 2000, status=UnitStatus.RETURNING),
        unit("A-5", 2500),
    ]
    ranked = recommend(incident(), units, NOW)
    assert [c.call_sign for c in ranked] == ["A-4", "A-5"] or [c.call_sign for c in ranked] == ["A-5", "A-4"]
    assert any(r.code == "returning" for r in ranked[[c.call_sign for c in ranked].index("A-4")].reasons)
    already = incident()
    already.assign(units[5], NOW)
    assert [c.call_sign for c in recommend(already, units, NOW)] == ["A-4"]


def test_traffic_units_for_road_incidents_and_unlocated_incidents():
    traffic = unit("T-1", 2500, home=None, kind=UnitKind.TRAFFIC)
    patrol = unit("A-1", 1800, home="02")
    assert recommend(incident("road_accident"), [patrol, traffic], NOW)[0].call_sign == "T-1"
    assert recommend(incident("theft"), [patrol, traffic], NOW)[0].call_sign == "A-1"
    unlocated = recommend(incident(location=None), [unit("B-1", 10, home="02"), unit("A-1", 9000)], NOW)
    assert [c.call_sign for c in unlocated] == ["A-1", "B-1"]
    assert unlocated[0].reasons[0].code == "incident_unlocated" and unlocated[0].eta_s is None


def test_recommendation_limit():
    units = [unit(f"A-{n}", n * 100, uid=n) for n in range(1, 40)]
    ranked = recommend(incident(), units, NOW, limit=5)
    assert [c.call_sign for c in ranked] == ["A-1", "A-2", "A-3", "A-4", "A-5"]


def near(metres_north: float) -> Location:
    return Location(HERE.lat + metres_north / 111_200, HERE.lon, LocationSource.GPS)


def test_likely_duplicates_by_category_place_and_time():
    open_ones = [
        incident(
            "fight_assault", number="26-000010", location=near(120), received_at=NOW - timedelta(minutes=10)
        ),
        incident(
            "fight_assault", number="26-000011", location=near(500), received_at=NOW - timedelta(minutes=5)
        ),
        incident(
            "fight_assault", number="26-000012", location=near(50), received_at=NOW - timedelta(minutes=45)
        ),
        incident("theft", number="26-000013", location=near(30), received_at=NOW - timedelta(minutes=2)),
        incident(
            "disturbing_peace", number="26-000014", location=near(60), received_at=NOW - timedelta(minutes=3)
        ),
        incident("fight_assault", number="26-000015", location=None),
    ]
    found = likely_duplicates("fight_assault", ["disturbing_peace"], HERE, NOW, open_ones)
    assert [d.incident.number for d in found] == ["26-000014", "26-000010"]
    assert found[0].distance_m == pytest.approx(60, rel=0.01) and found[0].age_s == 180
    assert (
        likely_duplicates("fight_assault", [], HERE, NOW, open_ones, radius_m=600)[-1].incident.number
        == "26-000011"
    )
    assert likely_duplicates("fight_assault", [], None, NOW, open_ones) == []
    assert (
        likely_duplicates("fight_assault", ["disturbing_peace"], HERE, NOW, open_ones, exclude="26-000014")[
            0
        ].incident.number
        == "26-000010"
    )


def test_an_open_incident_at_the_same_address_is_always_offered():
    # On scene for 43 minutes, another category, no location typed yet: still the same building.
    there = incident(
        "domestic_conflict",
        number="26-003476",
        location=None,
        address_key="торайгырова 195",
        received_at=NOW - timedelta(minutes=43),
    )
    elsewhere = incident(
        "fight_assault",
        number="26-003477",
        location=near(60),
        address_key="ломова 20",
        received_at=NOW - timedelta(minutes=3),
    )
    found = likely_duplicates(
        "fight_assault", [], HERE, NOW, [elsewhere, there], address_key="торайгырова 195"
    )
    assert [d.incident.number for d in found] == ["26-003476", "26-003477"]  # the same address first
    assert found[0].same_address and found[0].distance_m is None and found[0].age_s == 43 * 60
    assert not found[1].same_address
    only_address = likely_duplicates(
        "theft", [], None, NOW, [elsewhere, there], address_key="торайгырова 195"
    )
    assert [d.incident.number for d in only_address] == ["26-003476"]  # no place known yet: the address alone
    assert likely_duplicates("theft", [], None, NOW, [there], address_key="") == []


def test_distance():
    assert distance_m(52.28, 76.95, 52.29, 76.95) == pytest.approx(1112, rel=0.01)
    assert distance_m(0, 0, 0, 0) == 0
    assert incident().status == IncidentStatus.NEW


def test_a_unit_that_is_the_nearest_to_a_more_urgent_waiting_incident_says_so():
    from dispatch_desk.domain.dispatch_rules import mark_needed_elsewhere
    from dispatch_desk.domain.entities import Assignment

    theft = incident(priority=Priority.ROUTINE)
    north = Location(HERE.lat + 2000 / 111_200, HERE.lon, LocationSource.GPS)
    robbery = incident("robbery", location=north, priority=Priority.LIFE_IN_DANGER, number="26-000002", id=2)
    units = [unit("A-71", 1900), unit("T-2", 300)]  # A-71 is 100 m from the robbery, T-2 near the theft
    ranked = mark_needed_elsewhere(recommend(theft, units, NOW), theft, [theft, robbery], units, NOW)
    by_sign = {c.call_sign: c for c in ranked}
    assert by_sign["A-71"].reasons[0].code == "needed_elsewhere"
    assert by_sign["A-71"].reasons[0].value("number") == "26-000002"
    assert "26-000002 (P1)" in by_sign["A-71"].reasons[0].describe()
    assert all(r.code != "needed_elsewhere" for r in by_sign["T-2"].reasons)
    # once the robbery has its unit, or is less urgent, nothing is said
    robbery.assignments.append(Assignment(unit_id=units[0].id, call_sign="A-71", dispatched_at=NOW))
    again = mark_needed_elsewhere(recommend(theft, units, NOW), theft, [theft, robbery], units, NOW)
    assert all(r.code != "needed_elsewhere" for c in again for r in c.reasons)
    calm = incident("noise_night", location=north, priority=Priority.ROUTINE, number="26-000003", id=3)
    assert mark_needed_elsewhere(recommend(theft, units, NOW), theft, [calm], units, NOW) == recommend(
        theft, units, NOW
    )
