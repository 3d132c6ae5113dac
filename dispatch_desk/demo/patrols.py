"""The demo patrols drive: where each demo unit is a second later.

A unit on its way to an incident drives straight to it at city speed and stops there; a free unit patrols
along a street of the demo city, back and forth; a unit off shift or at a scene stays where it is. What
moves is only the position; the statuses are the desk's (an operator's keys, the demo history).
"""

from __future__ import annotations

import math
import random
import zlib
from dataclasses import dataclass, field

from dispatch_desk.domain.entities import Street
from dispatch_desk.domain.enums import UnitStatus
from dispatch_desk.domain.fixes import distance_m

CITY_KMH = 40.0
PATROL_KMH = 25.0
ARRIVED_M = 30.0


@dataclass
class Patrol:
    """One demo unit as the drive sees it: where it is, and the street it patrols (a list of lat/lon)."""

    call_sign: str
    lat: float
    lon: float
    route: list[tuple[float, float]] = field(default_factory=list)
    leg: int = 0  # the route's point it drives towards
    forward: bool = True
    heading: float = 0.0
    speed_kmh: float = 0.0


def street_lines(streets: list[Street]) -> list[list[tuple[float, float]]]:
    """The demo streets as lists of (lat, lon) points."""
    lines = []
    for street in streets:
        geometry = street.geometry
        parts = [geometry["coordinates"]] if geometry["type"] == "LineString" else geometry["coordinates"]
        lines += [[(lat, lon) for lon, lat in part] for part in parts if len(part) >= 2]
    return lines


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    y = math.sin(math.radians(lon2 - lon1)) * math.cos(math.radians(lat2))
    x = math.cos(math.radians(lat1)) * math.sin(math.radians(lat2)) - math.sin(math.radians(lat1)) * math.cos(
        math.radians(lat2)
    ) * math.cos(math.radians(lon2 - lon1))
    return (math.degrees(math.atan2(y, x)) + 360) % 360


def _towards(patrol: Patrol, lat: float, lon: float, kmh: float, seconds: float) -> float:
    """Drive towards (lat, lon) for ``seconds``; the metres left to it."""
    left = distance_m(patrol.lat, patrol.lon, lat, lon)
    step = kmh / 3.6 * seconds
    patrol.heading = _bearing(patrol.lat, patrol.lon, lat, lon) if left > 0 else patrol.heading
    if left <= step:
        patrol.lat, patrol.lon, patrol.speed_kmh = lat, lon, kmh if left > 0 else 0.0
        return 0.0
    share = step / left
    patrol.lat += (lat - patrol.lat) * share
    patrol.lon += (lon - patrol.lon) * share
    patrol.speed_kmh = kmh
    return left - step


def nearest_route(lines: list[list[tuple[float, float]]], lat: float, lon: float, rng: random.Random) -> list:
    """A street near the unit to patrol (one of the three nearest, for variety)."""
    ranked = sorted(lines, key=lambda line: min(distance_m(lat, lon, a, b) for a, b in line))
    return list(rng.choice(ranked[:3])) if ranked else []


def drive(
    patrol: Patrol,
    status: UnitStatus,
    target: tuple[float, float] | None,
    seconds: float,
) -> None:
    """Move ``patrol`` by ``seconds`` as its status says; ``target``: its incident's place, if any."""
    if status in (UnitStatus.DISPATCHED, UnitStatus.EN_ROUTE) and target is not None:
        if _towards(patrol, *target, CITY_KMH, seconds) <= ARRIVED_M:
            patrol.speed_kmh = 0.0
        return
    if status not in (UnitStatus.AVAILABLE, UnitStatus.RETURNING) or len(patrol.route) < 2:
        patrol.speed_kmh = 0.0
        return
    goal = patrol.route[patrol.leg]
    if _towards(patrol, *goal, PATROL_KMH, seconds) == 0.0:
        last = len(patrol.route) - 1
        if patrol.leg == (last if patrol.forward else 0):
            patrol.forward = not patrol.forward  # the street's end: back along it
        patrol.leg += 1 if patrol.forward else -1


def device_of(call_sign: str, n: int) -> tuple[str, str]:
    """The demo unit's tracker: its id and protocol, the three protocols in turn."""
    protocols = ("wialon", "teltonika", "osmand")
    protocol = protocols[n % 3]
    digits = f"{zlib.crc32(call_sign.encode()) % 10**9:09d}"  # the same in every run
    return (f"86{n:04d}{digits}" if protocol != "osmand" else f"demo-{call_sign}"), protocol
