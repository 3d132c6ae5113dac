"""A hand-made road network for the routing tests: a river running north–south with one bridge at its
south end, a grid of streets on the east bank (one of them one-way, northbound) and a road on the west
bank. Positions are given in metres east and north of a point in Petropavl and written as OSM XML."""

from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import quoteattr

LAT0, LON0 = 54.8700, 69.1500
M_PER_DEG_LAT = 111_195.0
M_PER_DEG_LON = M_PER_DEG_LAT * math.cos(math.radians(LAT0))
BRIDGE = "Мост Победы"
ONE_WAY = "улица Северная"


def at(east_m: float, north_m: float) -> tuple[float, float]:
    """(lat, lon) of a point so many metres east and north of the origin."""
    return LAT0 + north_m / M_PER_DEG_LAT, LON0 + east_m / M_PER_DEG_LON


WAYS: list[tuple[dict[str, str], list[tuple[float, float]]]] = [
    # the east bank's road along the water, and two streets behind it
    (
        {"highway": "residential", "name": "набережная"},
        [(300, y) for y in (-2000, -1500, -500, 500, 1500, 2000)],
    ),
    ({"highway": "residential", "name": "улица Средняя"}, [(800, y) for y in (-1500, -500, 500, 1500)]),
    (
        {"highway": "residential", "name": ONE_WAY, "oneway": "yes"},
        [(1300, y) for y in (-1500, -500, 500, 1500)],
    ),
    *(
        ({"highway": "residential", "name": f"переулок {n}"}, [(x, y) for x in (300, 800, 1300)])
        for n, y in enumerate((-1500, -500, 500, 1500), start=1)
    ),
    # the west bank
    ({"highway": "residential", "name": "улица Заречная"}, [(-300, y) for y in (-2000, -1500, 0, 2000)]),
    ({"highway": "residential", "name": "улица Лесная"}, [(x, 0) for x in (-300, -800, -1300)]),
    # the one bridge
    ({"highway": "primary", "name": BRIDGE, "bridge": "yes", "layer": "1"}, [(-300, -1500), (300, -1500)]),
]


def write_osm(path: Path) -> Path:
    nodes: dict[tuple[float, float], int] = {}
    head, body = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="tests">'], []
    for number, (tags, points) in enumerate(WAYS, start=1):
        body.append(f'  <way id="{number}" version="1">')
        for point in points:
            if point not in nodes:
                nodes[point] = len(nodes) + 1
                lat, lon = at(*point)
                head.append(f'  <node id="{nodes[point]}" version="1" lat="{lat:.7f}" lon="{lon:.7f}"/>')
            body.append(f'    <nd ref="{nodes[point]}"/>')
        body += [f"    <tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items()]
        body.append("  </way>")
    path.write_text("\n".join([*head, *body, "</osm>"]) + "\n", encoding="utf-8")
    return path
