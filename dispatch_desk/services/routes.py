"""The ways by the roads a desk shows (``desk.routes``): a unit's route to an incident, and where the free
units reach within some minutes (the coverage layer)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from shapely.geometry import mapping, shape
from shapely.ops import unary_union

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.dispatch_rules import DISPATCHABLE
from dispatch_desk.domain.roads import OFF_NETWORK_M, Route, mode_of
from dispatch_desk.services.roads import RoadService

if TYPE_CHECKING:
    from dispatch_desk.services.desk_queries import DeskQueries


@dataclass(frozen=True)
class Coverage:
    """Where the free units reach by the roads: per unit the areas within each of ``minutes``, and the
    part of the city (the precincts' union) that no free unit reaches within the longest of them."""

    minutes: tuple[int, ...]
    units: dict[str, dict[int, dict[str, Any]]]  # call sign → minutes → GeoJSON geometry
    uncovered: dict[str, Any] | None  # GeoJSON geometry, None when all is covered
    uncovered_share: float  # of the city's area


class RouteQueries:
    """The ways by the roads a desk shows: a unit's route to an incident and the coverage of the free
    units (``desk.routes``). Both need the routing engine; without it they answer None."""

    def __init__(self, read: DeskQueries, roads: RoadService | None) -> None:
        self.read, self.roads = read, roads

    def route(
        self, number: str, call_sign: str, language: str = "ru", origin: tuple[float, float] | None = None
    ) -> Route | None:
        """The way of unit ``call_sign`` from its position (or ``origin``: where the desk shows it now) to
        incident ``number`` (None: no road network, no position, or no road between them). For those who
        dispatch."""
        self.read.actor.require(Permission.DISPATCH)
        incident = self.read.incident(number)
        unit = self.read.unit(call_sign)
        start = origin or unit.position
        if self.roads is None or incident.location is None or start is None:
            return None
        target = (incident.location.lat, incident.location.lon)
        return self.roads.route(start, target, mode_of(unit.kind), language)

    def coverage(self, minutes: tuple[int, ...] = (5, 10)) -> Coverage | None:
        """The areas each free unit with a fresh position reaches (by its kind) within ``minutes``."""
        self.read.actor.require(Permission.DISPATCH)
        if self.roads is None or self.roads.engine() is None:
            return None
        now, rules = self.read.clock(), self.read.rules
        areas: dict[str, dict[int, dict[str, Any]]] = {}
        for unit in self.read.units():
            if (
                unit.status in DISPATCHABLE
                and unit.kind in rules.kinds
                and unit.position
                and rules.fresh(unit, now)
            ):
                mode = mode_of(unit.kind)
                snap = self.roads.snap_m(unit.position[0], unit.position[1], mode)
                if snap is None or snap > OFF_NETWORK_M:
                    continue  # far from every road: it reaches nothing by road
                found = self.roads.isochrones(unit.position, minutes, mode)
                if found:
                    areas[unit.call_sign] = found
        city = unary_union([shape(p.boundary) for p in self.read.precincts()])
        longest = max(minutes)
        reached = unary_union([shape(a[longest]) for a in areas.values() if longest in a])
        left = city.difference(reached) if not reached.is_empty else city
        share = left.area / city.area if city.area else 0.0
        return Coverage(tuple(minutes), areas, mapping(left) if not left.is_empty else None, share)
