"""Travel by the roads: what the routing engine tells the dispatch rules, as plain values.

A ``RoadLeg`` is one unit's way to one incident (time, length, how far its position lay from the nearest
road, the bridges on the way); a ``Route`` is the whole way with its geometry and turn list, for the map
and the crew. The engine that computes them lives in ``dispatch_desk.geo.routing``; the rules that rank
units by them in ``dispatch_desk.domain.dispatch_rules``.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum

from dispatch_desk.domain.enums import UnitKind

OFF_ROAD_M = 50.0  # a position farther than this from every road is named in the reasons (the snap)
OFF_NETWORK_M = 1_000.0  # an incident farther than this from every road is outside the network


class TravelMode(StrEnum):
    CAR = "car"
    FOOT = "foot"


def mode_of(kind: UnitKind) -> TravelMode:
    """How a unit of ``kind`` travels: foot patrols walk, every other unit drives."""
    return TravelMode.FOOT if kind == UnitKind.FOOT_PATROL else TravelMode.CAR


@dataclass(frozen=True)
class RoadLeg:
    """One unit's way by the roads: ``seconds`` and ``metres`` as the engine found them, ``snap_m`` how far
    the unit stood from the road it starts on, ``via`` the named bridges it crosses (when asked for)."""

    seconds: float
    metres: float
    snap_m: float = 0.0
    via: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    instruction: str
    metres: float
    seconds: float
    first_point: int  # index into the route's points where this manoeuvre begins
    street: str = ""


@dataclass(frozen=True)
class Route:
    """A way from a unit to an incident: ``points`` (lat, lon) along the roads, the turns, the totals, and
    ``seconds_at``: the engine's time from the start to each point (the countdown reads it)."""

    points: tuple[tuple[float, float], ...]
    seconds: float
    metres: float
    turns: tuple[Turn, ...] = ()
    bridges: tuple[str, ...] = ()
    mode: TravelMode = TravelMode.CAR
    seconds_at: tuple[float, ...] = field(default=(), repr=False)

    def progress(self, lat: float, lon: float) -> tuple[float, float]:
        """Where a position lies along the route: (the seconds still to drive, metres off the route).

        The position is projected on the nearest segment (equirectangular, exact enough within a city);
        the remaining time is the engine's time from that point on."""
        if len(self.points) < 2:
            return self.seconds, _metres(self.points[0], (lat, lon)) if self.points else 0.0
        best = (math.inf, 0, 0.0)
        cos0 = math.cos(math.radians(lat))
        for i in range(len(self.points) - 1):
            (ay, ax), (by, bx) = self.points[i], self.points[i + 1]
            dx, dy = (bx - ax) * cos0, by - ay
            px, py = (lon - ax) * cos0, lat - ay
            span = dx * dx + dy * dy
            t = 0.0 if span == 0 else max(0.0, min(1.0, (px * dx + py * dy) / span))
            off = math.hypot(px - t * dx, py - t * dy)
            if off < best[0]:
                best = (off, i, t)
        off_deg, i, t = best
        times = self.seconds_at or _even_times(self)
        at = times[i] + t * (times[i + 1] - times[i])
        return max(0.0, self.seconds - at), off_deg * 111_195.0

    def turn_at(self, point_index: int) -> Turn | None:
        """The manoeuvre a point of the route belongs to."""
        if not self.turns:
            return None
        starts = [t.first_point for t in self.turns]
        return self.turns[max(0, bisect_right(starts, point_index) - 1)]


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    cos0 = math.cos(math.radians(a[0]))
    return math.hypot((b[1] - a[1]) * cos0, b[0] - a[0]) * 111_195.0


def _even_times(route: Route) -> tuple[float, ...]:
    """Times along a route without per-point times: proportional to the length driven."""
    lengths = [0.0]
    for a, b in zip(route.points, route.points[1:], strict=False):
        lengths.append(lengths[-1] + _metres(a, b))
    total = lengths[-1] or 1.0
    return tuple(route.seconds * length / total for length in lengths)
