"""The routing engine's part in choosing a unit: the drive times the dispatch rules rank by, and the
bridges named in the reasons of the units shown."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime

from dispatch_desk.domain.dispatch_rules import DISPATCHABLE, Candidate, DispatchRules, RoadTimes, retold
from dispatch_desk.domain.entities import Incident, Unit
from dispatch_desk.domain.roads import OFF_NETWORK_M, RoadLeg, mode_of
from dispatch_desk.geo.routing import OFF_ROAD_SPEED
from dispatch_desk.services.roads import RoadService


def road_times(
    roads: RoadService,
    incident: Incident,
    units: list[Unit],
    now: datetime,
    rules: DispatchRules,
    posts: Mapping[str, tuple[float, float]] | None = None,
) -> RoadTimes:
    """The way by the roads of every unit that could be sent: from its position when it is fresh, else
    from its post (``posts``: where each precinct's service centre stands) when it has one."""
    location = incident.location if incident.location_verified else None
    if location is None:
        return RoadTimes()
    if roads.engine() is None:
        return RoadTimes(fallback="no_network" if roads.status == "none" else "routing_failed")
    snap = roads.snap_m(location.lat, location.lon)
    if snap is None:
        return RoadTimes(fallback="routing_failed")
    if snap > OFF_NETWORK_M:
        return RoadTimes(fallback="incident_off_network")
    movable = [u for u in units if u.status in DISPATCHABLE and u.kind in rules.kinds and rules.fresh(u, now)]
    sources = [((u.position[0], u.position[1]), mode_of(u.kind)) for u in movable if u.position is not None]
    seen = {u.call_sign for u in movable}
    posted = [
        (u, (posts or {})[post])
        for u in units
        if u.call_sign not in seen
        and u.status in DISPATCHABLE
        and u.kind in rules.kinds
        and (post := u.precinct_at(now)) is not None
        and post in (posts or {})
    ]
    sources += [(where, mode_of(u.kind)) for u, where in posted]
    legs = roads.legs_to((location.lat, location.lon), sources)
    if legs is None:
        return RoadTimes(fallback="routing_failed")
    moving = {u.call_sign: leg for u, leg in zip(movable, legs, strict=False)}
    from_posts = {u.call_sign: leg for (u, _), leg in zip(posted, legs[len(movable) :], strict=True) if leg}
    return RoadTimes(moving, posts=from_posts)


def with_snaps(
    roads: RoadService, units: list[Unit], candidates: list[Candidate], times: RoadTimes
) -> RoadTimes:
    """The road times with the way from where each candidate stands to its road added (at a yard's pace)
    and said: asked for the few candidates shown, in one question a travel mode."""
    if times.fallback:
        return times
    by_sign = {u.call_sign: u for u in units}
    shown = [by_sign[c.call_sign] for c in candidates if c.by_road and c.call_sign in by_sign]
    legs = dict(times.legs)
    for mode in {mode_of(u.kind) for u in shown}:
        group = [u for u in shown if mode_of(u.kind) == mode and u.position is not None]
        found = roads.snaps([u.position for u in group if u.position is not None], mode) or []
        for unit, snap in zip(group, found, strict=False):
            leg = legs.get(unit.call_sign)
            if leg is not None and math.isfinite(snap):
                legs[unit.call_sign] = RoadLeg(
                    leg.seconds + snap / OFF_ROAD_SPEED[mode], leg.metres + snap, snap
                )
    return RoadTimes(legs, posts=times.posts)


def with_bridges(
    roads: RoadService, incident: Incident, units: list[Unit], candidates: list[Candidate], times: RoadTimes
) -> list[Candidate]:
    """The candidates shown, each by the roads told the bridges on its way (a route for each: a few
    milliseconds apiece); how far each stands off the road ``with_snaps`` has put into ``times``."""
    if times.fallback or incident.location is None:
        return candidates
    by_sign = {u.call_sign: u for u in units}
    target = (incident.location.lat, incident.location.lon)
    told = []
    for candidate in candidates:
        unit = by_sign.get(candidate.call_sign)
        leg = times.legs.get(candidate.call_sign)
        if not candidate.by_road or unit is None or unit.position is None or leg is None:
            told.append(candidate)
            continue
        route = roads.route(unit.position, target, mode_of(unit.kind))
        bridges = route.bridges if route else ()
        told.append(retold(candidate, RoadLeg(leg.seconds, leg.metres, leg.snap_m, bridges)))
    return told
