"""The routing engine on a real city's roads (central Helsinki, OpenStreetMap): how often the straight line
picks another first unit than the roads, and by how many seconds its choice is slower — stable under a
seed. The README gives the figure (``benchmarks/test_bench_routing.py`` measures it again)."""

from __future__ import annotations

import pytest

from dispatch_desk.geo.routing import RoadEngine, build_road_network
from tests.conftest import DATA
from tests.support.straight_vs_roads import compare, road_points

HELSINKI = DATA / "helsinki" / "Helsinki.osm.pbf"


@pytest.fixture(scope="module")
def helsinki(tmp_path_factory) -> RoadEngine:
    built = build_road_network(HELSINKI, tmp_path_factory.mktemp("helsinki") / "roads.tar")
    assert built.tiles >= 3 and built.bytes > 100_000
    return RoadEngine(built.archive)


def test_the_straight_line_often_picks_another_unit_than_the_roads_in_a_real_city(helsinki):
    points = road_points(HELSINKI)
    assert len(points) > 1000
    seen = compare(helsinki, points, seed=102, incidents=200, units=10)
    again = compare(helsinki, points, seed=102, incidents=200, units=10)
    assert (seen.differ, seen.lost_s) == (again.differ, again.lost_s)  # stable under the seed
    assert 0.25 <= seen.share <= 0.75  # measured 0.48: about every other incident
    assert seen.median_lost_s >= 30  # measured 66 s; the tenth worst 193 s
    assert seen.unreachable < seen.differ
