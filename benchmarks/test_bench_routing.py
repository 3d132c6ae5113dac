"""Road travel time figures, on central Helsinki's OpenStreetMap roads and the demo city's network.

- drive times from 200 units to one incident, aim ≤ 30 ms; from 2,000, aim ≤ 200 ms — beside the naive way
  (one route a unit) and the straight line (the old estimate), measured in the same run;
- one route with its geometry, turns and bridges, aim ≤ 20 ms;
- building the routing data for the demo city and for the Helsinki extract;
- isochrones (5 and 10 min) of 30 free units, aim ≤ 1 s;
- the whole recommendation of a desk by road (200 units, the nine shown told their bridges) against the
  same by the straight line;
- how often the straight line picks another first unit than the roads (the README's figure).
Run: .venv/bin/python -m pytest benchmarks/test_bench_routing.py -p no:xdist --benchmark-only -s
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from dispatch_desk.domain.dispatch_rules import distance_m
from dispatch_desk.domain.roads import TravelMode
from dispatch_desk.geo.routing import RoadEngine, build_road_network
from dispatch_desk.resources import demo_city_dir
from tests.conftest import DATA
from tests.support.straight_vs_roads import compare, road_points

HELSINKI = DATA / "helsinki" / "Helsinki.osm.pbf"


@pytest.fixture(scope="module")
def helsinki(tmp_path_factory) -> tuple[RoadEngine, list[tuple[float, float]]]:
    built = build_road_network(HELSINKI, tmp_path_factory.mktemp("helsinki") / "roads.tar")
    return RoadEngine(built.archive), road_points(HELSINKI)


def _fleet(points, count: int, seed: int = 1) -> tuple[tuple[float, float], list[tuple[float, float]]]:
    rng = random.Random(seed)
    place, *units = rng.sample(points, count + 1)
    return place, units


@pytest.mark.parametrize("units", [200, 2000])
def test_drive_times_to_one_incident(benchmark, helsinki, units):
    engine, points = helsinki
    place, fleet = _fleet(points, units)
    legs = benchmark.pedantic(engine.legs_to, args=(place, fleet, TravelMode.CAR), rounds=20, warmup_rounds=2)
    assert sum(1 for leg in legs if leg is not None) > units * 0.9
    benchmark.extra_info["aim_ms"] = 30 if units == 200 else 200


@pytest.mark.parametrize("units", [200, 2000])
def test_straight_line_to_one_incident(benchmark, helsinki, units):
    """The old estimate, for the ratio: a haversine a unit."""
    _engine, points = helsinki
    place, fleet = _fleet(points, units)
    result = benchmark(lambda: [distance_m(place[0], place[1], *u) for u in fleet])
    assert len(result) == units


def test_naive_drive_times_one_route_a_unit(benchmark, helsinki):
    """The naive way: a route from each of 200 units (what a desk without a matrix would do)."""
    engine, points = helsinki
    place, fleet = _fleet(points, 200)

    def routes() -> int:
        found = 0
        for unit in fleet:
            try:
                found += engine.route(unit, place, TravelMode.CAR).seconds > 0
            except Exception:
                pass
        return found

    assert benchmark.pedantic(routes, rounds=3, warmup_rounds=1) > 150


def test_one_route_with_geometry_turns_and_bridges(benchmark, helsinki):
    engine, points = helsinki
    rng = random.Random(5)
    pairs = []
    while len(pairs) < 20:  # pairs with a way between them (a few points lie on roads closed to cars)
        a, b = rng.sample(points, 2)
        try:
            engine.route(a, b, TravelMode.CAR)
        except Exception:
            continue
        pairs.append((a, b))
    state = {"n": 0}

    def one():
        a, b = pairs[state["n"] % len(pairs)]
        state["n"] += 1
        return engine.route(a, b, TravelMode.CAR)

    route = benchmark.pedantic(one, rounds=40, warmup_rounds=2)
    assert len(route.points) >= 2
    benchmark.extra_info["aim_ms"] = 20


@pytest.mark.parametrize("extract", ["demo", "helsinki"])
def test_building_the_routing_data(benchmark, tmp_path, extract):
    source = demo_city_dir() / "roads.osm" if extract == "demo" else HELSINKI
    counter = iter(range(100))
    built = benchmark.pedantic(
        lambda: build_road_network(source, tmp_path / f"roads-{next(counter)}.tar"), rounds=3, warmup_rounds=0
    )
    benchmark.extra_info["archive_bytes"] = built.bytes
    assert built.tiles > 0


def test_isochrones_of_30_free_units(benchmark, helsinki):
    engine, points = helsinki
    _place, fleet = _fleet(points, 30, seed=9)
    areas = benchmark.pedantic(
        lambda: [engine.isochrones(u, (5, 10), TravelMode.CAR) for u in fleet], rounds=3, warmup_rounds=1
    )
    assert sum(1 for a in areas if 10 in a) >= 28
    benchmark.extra_info["aim_s"] = 1.0


def test_the_straight_line_against_the_roads_figure(benchmark, helsinki):
    engine, points = helsinki
    started = time.perf_counter()
    seen = benchmark.pedantic(
        lambda: compare(engine, points, seed=102, incidents=200, units=10), rounds=1, warmup_rounds=0
    )
    print(
        f"\nHelsinki, 200 incidents x 10 units (seed 102): the straight line picks another first unit for "
        f"{seen.differ} ({seen.share:.0%}); its unit is slower by road by a median {seen.median_lost_s:.0f} s, "
        f"the tenth worst {seen.p90_lost_s:.0f} s; {seen.unreachable} of them have no road to the place "
        f"({time.perf_counter() - started:.1f} s)"
    )
    assert seen.differ > 0


def _demo_desk(tmp_path: Path, roads: bool):
    """The demo city with 200 more patrol cars on its streets, an incident by the river, and a desk with
    (or without) the routing engine."""
    from datetime import timedelta

    from dispatch_desk.demo.city import build_demo, load_streets
    from dispatch_desk.domain.access import Principal
    from dispatch_desk.domain.entities import Unit
    from dispatch_desk.domain.enums import Channel, UnitKind
    from dispatch_desk.domain.values import Location
    from dispatch_desk.geo.streets import house_position
    from dispatch_desk.services.desk import CallDraft, DeskService
    from dispatch_desk.services.roads import RoadService
    from dispatch_desk.store import migrate
    from dispatch_desk.store.db import Database

    db = Database(f"sqlite:///{tmp_path / 'city.sqlite3'}")
    migrate.upgrade(db)
    build_demo(db, days=1)
    service = RoadService(db, tmp_path / "roads") if roads else None
    desk = DeskService(db, Principal.for_system("bench"), roads=service)
    rng, streets = random.Random(3), load_streets()
    now = desk.clock()
    for n in range(200):
        street = rng.choice(streets)
        desk.add_unit(Unit(f"R-{n:03d}", UnitKind.PATROL_CAR, f"{n % 12 + 1:02d}", crew=["Иванов"]))
        where = house_position(street, rng.randint(street.house_min or 1, street.house_max or 20))
        desk.report_position(f"R-{n:03d}", *where, now - timedelta(minutes=1))
    number = desk.create_incident(
        CallDraft(Channel.PHONE, "fight_assault", "", "набережная Иртыша", Location.placed(52.2765, 76.9222))
    ).number
    return desk, number


@pytest.mark.parametrize("by", ["roads", "straight_line"])
def test_a_desks_recommendation_with_200_units(benchmark, tmp_path, by):
    desk, number = _demo_desk(tmp_path, roads=by == "roads")
    ranked = benchmark.pedantic(desk.read.recommend_units, args=(number, 9), rounds=10, warmup_rounds=1)
    assert len(ranked) == 9 and all(c.by_road for c in ranked) == (by == "roads")
