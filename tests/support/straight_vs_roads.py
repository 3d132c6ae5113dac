"""How often the straight line picks another first unit than the roads, on a real city's network.

Incidents and units are drawn at random (under a seed) on the car roads of the extract; for each incident
the nearest unit in a straight line is compared with the quickest by the roads, and where they differ, the
seconds the straight line's choice loses by the roads. Shared by the test and the benchmark."""

from __future__ import annotations

import math
import random
import statistics
from dataclasses import dataclass
from pathlib import Path

from dispatch_desk.domain.dispatch_rules import distance_m
from dispatch_desk.domain.roads import TravelMode
from dispatch_desk.geo.routing import RoadEngine

HELSINKI = (60.1550, 24.9150, 60.1800, 24.9650)  # south, west, north, east of the extract's centre


@dataclass(frozen=True)
class Comparison:
    incidents: int
    units: int
    differ: int
    lost_s: list[float]  # where the choices differ: what the straight line's unit loses by road
    unreachable: int  # of those, where the straight line's unit has no road to the place at all

    @property
    def share(self) -> float:
        return self.differ / self.incidents

    @property
    def median_lost_s(self) -> float:
        return statistics.median(self.lost_s) if self.lost_s else 0.0

    @property
    def p90_lost_s(self) -> float:
        return (
            statistics.quantiles(self.lost_s, n=10)[-1]
            if len(self.lost_s) >= 10
            else max(self.lost_s, default=0.0)
        )


CAR_ROADS = frozenset(
    "motorway trunk primary secondary tertiary unclassified residential living_street service "
    "motorway_link trunk_link primary_link secondary_link tertiary_link".split()
)


def road_points(pbf: Path, box=HELSINKI) -> list[tuple[float, float]]:
    """The points of the extract's car roads within ``box``: where incidents and units are drawn."""
    import osmium

    south, west, north, east = box
    points: set[tuple[float, float]] = set()
    ways = osmium.FileProcessor(str(pbf)).with_locations().with_filter(osmium.filter.KeyFilter("highway"))
    for way in ways:
        if isinstance(way, osmium.osm.Way) and way.tags.get("highway") in CAR_ROADS:
            for node in way.nodes:
                if node.location.valid() and south <= node.lat <= north and west <= node.lon <= east:
                    points.add((round(node.lat, 7), round(node.lon, 7)))
    return sorted(points)


def compare(
    engine: RoadEngine,
    points: list[tuple[float, float]],
    *,
    seed: int = 102,
    incidents: int = 200,
    units: int = 10,
) -> Comparison:
    rng = random.Random(seed)
    differ, unreachable, lost = 0, 0, []
    for _ in range(incidents):
        place, *fleet = rng.sample(points, units + 1)
        legs = engine.legs_to(place, fleet, TravelMode.CAR)
        times = [leg.seconds if leg is not None else math.inf for leg in legs]
        by_line = min(range(units), key=lambda i: distance_m(place[0], place[1], *fleet[i]))
        by_road = min(range(units), key=lambda i: times[i])
        if times[by_line] > times[by_road]:  # a tie is no wrong choice
            differ += 1
            if math.isfinite(times[by_line]):
                lost.append(times[by_line] - times[by_road])
            else:
                unreachable += 1
    return Comparison(incidents, units, differ, lost, unreachable)
