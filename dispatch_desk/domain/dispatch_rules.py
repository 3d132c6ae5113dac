"""Which units to send, and which open incident a new call may repeat.

Plain rules over plain objects, so the desk, the command line and the tests share them.
Reasons come back as codes with values; the user interface words them in the operator's language.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain.entities import Incident, Unit
from dispatch_desk.domain.enums import UnitKind, UnitStatus
from dispatch_desk.domain.roads import OFF_ROAD_M, RoadLeg
from dispatch_desk.domain.values import Location

EARTH_RADIUS_M = 6_371_008.8
DISPATCHABLE = (UnitStatus.AVAILABLE, UnitStatus.RETURNING)
TRAFFIC_CATEGORIES = frozenset({"road_accident", "drunk_driving", "traffic_violation"})


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class DispatchRules:
    speed_kmh: dict[UnitKind, float] = field(
        default_factory=lambda: {
            UnitKind.PATROL_CAR: 30.0,
            UnitKind.TRAFFIC: 35.0,
            UnitKind.FOOT_PATROL: 5.0,
            UnitKind.JUVENILE_INSPECTOR: 25.0,
            UnitKind.PRECINCT_INSPECTOR: 25.0,
        }
    )
    detour_factor: float = 1.35  # streets are longer than the straight line
    start_delay_s: float = 30.0  # from the call to moving
    returning_delay_s: float = 60.0  # a unit returning from a job needs a moment more
    stale_after: timedelta = timedelta(minutes=30)
    own_precinct_margin_s: float = 120.0  # own precinct wins unless another unit is this much faster
    traffic_margin_s: float = 90.0  # traffic units for road incidents
    kinds: frozenset[UnitKind] = frozenset({UnitKind.PATROL_CAR, UnitKind.TRAFFIC, UnitKind.FOOT_PATROL})

    def fresh(self, unit: Unit, now: datetime) -> bool:
        """Whether the unit's position is known and recent enough to measure from."""
        return (
            unit.position is not None
            and unit.position_at is not None
            and now - unit.position_at <= self.stale_after
        )

    @classmethod
    def from_settings(cls, patrol_kmh: float, stale_minutes: float) -> DispatchRules:
        """All speeds scaled so that a patrol car makes ``patrol_kmh``; positions stale after the minutes."""
        base = cls()
        scale = patrol_kmh / base.speed_kmh[UnitKind.PATROL_CAR]
        return replace(
            base,
            speed_kmh={kind: kmh * scale for kind, kmh in base.speed_kmh.items()},
            stale_after=timedelta(minutes=stale_minutes),
        )


@dataclass(frozen=True)
class Reason:
    code: str  # distance | road | road_via | off_road | no_road | straight_line | from_post | own_precinct | lent_here |
    #            other_precinct | traffic_unit | returning | stale_position | no_position | incident_unlocated |
    #            needed_elsewhere
    values: tuple[tuple[str, object], ...] = ()

    def value(self, key: str) -> object:
        return dict(self.values).get(key)

    def describe(self) -> str:
        v = dict(self.values)
        return {
            "distance": f"{v.get('km')} km, about {v.get('minutes')} min",
            "road": f"{v.get('km')} km by road, about {v.get('minutes')} min",
            "road_via": f"{v.get('km')} km by road, about {v.get('minutes')} min, across {v.get('via')}",
            "off_road": f"{v.get('metres')} m from the nearest road",
            "no_road": "no road leads there from its position",
            "from_post": f"from its post (the precinct's service centre): {v.get('km')} km by road, about {v.get('minutes')} min",
            "straight_line": f"straight-line estimate: {FALLBACKS.get(str(v.get('why')), v.get('why'))}",
            "own_precinct": "own precinct",
            "lent_here": "lent to this precinct",
            "other_precinct": f"from precinct {v.get('precinct')}",
            "traffic_unit": "traffic unit for a road incident",
            "returning": "returning from another job",
            "stale_position": f"position {v.get('minutes')} min old: treated as unknown",
            "no_position": "position unknown",
            "incident_unlocated": "incident not located yet: ranked by precinct",
            "needed_elsewhere": f"the nearest unit to {v.get('number')} (P{v.get('priority')}), still waiting",
        }.get(self.code, self.code)


FALLBACKS = {
    "no_network": "no road network",
    "routing_failed": "the routing engine did not answer",
    "incident_off_network": "the incident is far from every road",
}


@dataclass(frozen=True)
class RoadTimes:
    """What the roads say of the units' ways to one incident: ``legs`` by call sign (None: no road leads
    from the unit's position), or ``fallback`` (a ``FALLBACKS`` key) when the straight line must do."""

    legs: Mapping[str, RoadLeg | None] = field(default_factory=dict)
    fallback: str = ""
    posts: Mapping[str, RoadLeg] = field(
        default_factory=dict
    )  # units without a fresh position: from their post


@dataclass(frozen=True)
class Candidate:
    call_sign: str
    unit_id: int | None
    kind: UnitKind
    status: UnitStatus
    eta_s: float | None
    distance_m: float | None
    reasons: tuple[Reason, ...]
    by_road: bool = False  # eta_s and distance_m are the routing engine's, not the straight line's
    via: tuple[str, ...] = ()  # the named bridges on the way

    def summary(self) -> dict[str, Any]:
        return {
            "call_sign": self.call_sign,
            "kind": self.kind.value,
            "status": self.status.value,
            "eta_s": None if self.eta_s is None else round(self.eta_s),
            "distance_m": None if self.distance_m is None else round(self.distance_m),
            "by_road": self.by_road,
            "via": list(self.via),
            "reasons": [r.describe() for r in self.reasons],
        }


def recommend(
    incident: Incident,
    units: Sequence[Unit],
    now: datetime,
    rules: DispatchRules | None = None,
    limit: int = 10,
    roads: RoadTimes | None = None,
) -> list[Candidate]:
    """The units that can take the incident, best first, with the reasons for each place. ``roads``: the
    drive (or walk) times by the roads; without them, or where they fall back, the straight line."""
    rules = rules or DispatchRules()
    legs = roads.legs if roads is not None and not roads.fallback else None
    location = incident.location if incident.location_verified else None
    taken = {a.unit_id for a in incident.active_assignments()}
    wants_traffic = incident.category in TRAFFIC_CATEGORIES
    known: list[tuple[float, str, int]] = []
    unknown: list[tuple[int, float, str, int]] = []
    lat0 = math.radians(location.lat) if location else 0.0
    cos0 = math.cos(lat0)
    for index, unit in enumerate(units):
        if unit.status not in DISPATCHABLE or unit.kind not in rules.kinds or unit.id in taken:
            continue
        fresh = rules.fresh(unit, now)
        position = unit.position
        if location is None or position is None or not fresh:
            post = roads.posts.get(unit.call_sign) if roads is not None and location is not None else None
            after = _road_eta(unit, post, rules) if post is not None else math.inf
            unknown.append(
                (0 if unit.precinct_at(now) == incident.precinct else 1, after, unit.call_sign, index)
            )
            continue
        # Equirectangular distance: exact enough within a city and several times cheaper than haversine.
        dy = math.radians(position[0]) - lat0
        dx = (math.radians(position[1]) - math.radians(location.lon)) * cos0
        metres = EARTH_RADIUS_M * math.hypot(dx, dy)
        if legs is None:
            score = _eta(unit, metres, rules)
        else:
            leg = legs.get(unit.call_sign)
            # no road from where the unit stands: after every unit that has one
            score = _eta(unit, metres, rules) + 3600.0 if leg is None else _road_eta(unit, leg, rules)
        serving = unit.precinct_at(now)
        if serving is not None and serving == incident.precinct:
            score -= rules.own_precinct_margin_s
        if wants_traffic and unit.kind == UnitKind.TRAFFIC:
            score -= rules.traffic_margin_s
        known.append((score, unit.call_sign, index))
    best = heapq.nsmallest(limit, known)
    result = [_candidate(units[i], incident, location, now, rules, wants_traffic, roads) for _, _, i in best]
    if len(result) < limit:
        for *_, i in sorted(unknown)[: limit - len(result)]:
            result.append(_candidate(units[i], incident, location, now, rules, wants_traffic, roads))
    return result


def mark_needed_elsewhere(
    candidates: list[Candidate],
    incident: Incident,
    waiting: Sequence[Incident],
    units: Sequence[Unit],
    now: datetime,
    rules: DispatchRules | None = None,
) -> list[Candidate]:
    """The candidates, each that is the best unit for a more urgent incident still waiting for one
    (open, no unit on it) saying so: sending it here would leave that one without its nearest unit."""
    wanted = {c.call_sign for c in candidates}
    elsewhere: dict[str, Incident] = {}
    for other in sorted(waiting, key=lambda i: (int(i.priority), i.received_at)):
        if (
            other.number == incident.number
            or int(other.priority) >= int(incident.priority)
            or not other.status.is_open
            or other.active_assignments()
        ):
            continue
        best = recommend(other, units, now, rules, limit=1)
        if best and best[0].call_sign in wanted and best[0].eta_s is not None:
            elsewhere.setdefault(best[0].call_sign, other)
    if not elsewhere:
        return candidates
    marked = []
    for candidate in candidates:
        needing = elsewhere.get(candidate.call_sign)
        if needing is not None:
            reason = Reason(
                "needed_elsewhere", (("number", needing.number), ("priority", int(needing.priority)))
            )
            candidate = replace(candidate, reasons=(reason, *candidate.reasons))
        marked.append(candidate)
    return marked


def _delay(unit: Unit, rules: DispatchRules) -> float:
    return rules.start_delay_s + (rules.returning_delay_s if unit.status == UnitStatus.RETURNING else 0.0)


def _eta(unit: Unit, metres: float, rules: DispatchRules) -> float:
    speed = rules.speed_kmh.get(unit.kind, 25.0) / 3.6
    return _delay(unit, rules) + metres * rules.detour_factor / speed


def _road_eta(unit: Unit, leg: RoadLeg, rules: DispatchRules) -> float:
    return _delay(unit, rules) + leg.seconds


def _way_reasons(
    unit: Unit, location: Location, rules: DispatchRules, roads: RoadTimes | None
) -> tuple[float, float, list[Reason], bool, tuple[str, ...]]:
    """The unit's time and length to the place, and the reasons that say how they were found."""
    assert unit.position is not None
    leg = roads.legs.get(unit.call_sign) if roads is not None and not roads.fallback else None
    if leg is None:
        metres = distance_m(location.lat, location.lon, unit.position[0], unit.position[1])
        eta = _eta(unit, metres, rules)
        reasons = [
            Reason("distance", (("km", round(metres / 1000, 1)), ("minutes", max(1, round(eta / 60)))))
        ]
        if roads is not None and roads.fallback:
            reasons.append(Reason("straight_line", (("why", roads.fallback),)))
        elif roads is not None:
            reasons.append(Reason("no_road"))
        return eta, metres, reasons, False, ()
    eta = _road_eta(unit, leg, rules)
    return eta, leg.metres, list(_road_reasons(leg, eta)), True, leg.via


ROAD_CODES = ("road", "road_via", "off_road")


def _road_reasons(leg: RoadLeg, eta: float) -> tuple[Reason, ...]:
    values: tuple[tuple[str, object], ...] = (
        ("km", round(leg.metres / 1000, 1)),
        ("minutes", max(1, round(eta / 60))),
    )
    way = Reason("road_via", (*values, ("via", ", ".join(leg.via)))) if leg.via else Reason("road", values)
    if leg.snap_m > OFF_ROAD_M:
        return (way, Reason("off_road", (("metres", round(leg.snap_m)),)))
    return (way,)


def retold(candidate: Candidate, leg: RoadLeg) -> Candidate:
    """A candidate by the roads with its way told again from ``leg`` (its bridges, its snap)."""
    eta = candidate.eta_s or leg.seconds
    rest = tuple(r for r in candidate.reasons if r.code not in ROAD_CODES)
    return replace(candidate, via=leg.via, reasons=(*_road_reasons(leg, eta), *rest))


def _candidate(
    unit: Unit,
    incident: Incident,
    location: Location | None,
    now: datetime,
    rules: DispatchRules,
    traffic: bool,
    roads: RoadTimes | None = None,
) -> Candidate:
    reasons: list[Reason] = []
    eta = metres = None
    by_road, via = False, tuple[str, ...]()
    fresh = rules.fresh(unit, now)
    if location is None:
        reasons.append(Reason("incident_unlocated"))
    elif unit.position is None or unit.position_at is None or not fresh:
        if unit.position is None or unit.position_at is None:
            reasons.append(Reason("no_position"))
        else:
            age = round((now - unit.position_at).total_seconds() / 60)
            reasons.append(Reason("stale_position", (("minutes", age),)))
        post = roads.posts.get(unit.call_sign) if roads is not None else None
        if post is not None:  # measured from its post instead: still ranked after every unit seen lately
            eta, metres, by_road = _road_eta(unit, post, rules), post.metres, True
            minutes = max(1, round(eta / 60))
            reasons.append(Reason("from_post", (("km", round(post.metres / 1000, 1)), ("minutes", minutes))))
    else:
        eta, metres, said, by_road, via = _way_reasons(unit, location, rules, roads)
        reasons += said
    serving = unit.precinct_at(now)
    if serving is not None and serving == incident.precinct:
        reasons.append(Reason("lent_here" if unit.is_lent(now) else "own_precinct"))
    elif serving is not None:
        reasons.append(Reason("other_precinct", (("precinct", serving),)))
    if traffic and unit.kind == UnitKind.TRAFFIC:
        reasons.append(Reason("traffic_unit"))
    if unit.status == UnitStatus.RETURNING:
        reasons.append(Reason("returning"))
    return Candidate(
        unit.call_sign, unit.id, unit.kind, unit.status, eta, metres, tuple(reasons), by_road, via
    )


@dataclass(frozen=True)
class LikelyDuplicate:
    incident: Incident
    distance_m: float | None  # None when either has no location yet
    age_s: float
    same_address: bool = False


def likely_duplicates(
    category: str,
    related: Iterable[str],
    location: Location | None,
    at: datetime,
    open_incidents: Iterable[Incident],
    *,
    radius_m: float = 200.0,
    window: timedelta = timedelta(minutes=30),
    exclude: str | None = None,
    address_key: str = "",
) -> list[LikelyDuplicate]:
    """Open incidents a new call may repeat: of the same or a related category, near in place and time;
    and, whatever their category and age, every open incident at the same address (``address_key``:
    the same building). Same address first, then nearest."""
    categories = {category, *related}
    found = []
    for incident in open_incidents:
        if incident.number == exclude:
            continue
        age = (at - incident.received_at).total_seconds()
        metres = (
            distance_m(location.lat, location.lon, incident.location.lat, incident.location.lon)
            if location is not None and incident.location is not None
            else None
        )
        if address_key and incident.address_key == address_key:
            found.append(LikelyDuplicate(incident, metres, max(0.0, age), same_address=True))
        elif (
            metres is not None
            and incident.category in categories
            and -60 <= age <= window.total_seconds()
            and metres <= radius_m
        ):
            found.append(LikelyDuplicate(incident, metres, max(0.0, age)))
    return sorted(found, key=lambda d: (not d.same_address, d.distance_m or 0.0, d.age_s))
