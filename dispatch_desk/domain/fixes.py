"""A position fix from a patrol's tracker, and whether it may move the unit.

A fix is what one device said at one moment: where, how fast, which way, how sure, and its own values
(ignition, battery, inputs). It is kept in the unit's track whatever it says; it moves the unit on the
desks only when it is usable (``judge``): a fix from the future, one older than the unit's last, one that
jumps faster than a car drives or that the device itself marks invalid stays in the track, marked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

FUTURE = timedelta(minutes=5)  # a device clock this far ahead of the server's is wrong, not early
MAX_SPEED_KMH = 250.0  # faster than this between two fixes is a jump, not a drive
EARTH_RADIUS_M = 6_371_008.8

ParamValue = int | float | str


class Source(StrEnum):
    """The protocol a fix came in."""

    WIALON = "wialon"
    TELTONIKA = "teltonika"
    OSMAND = "osmand"


class Verdict(StrEnum):
    """What a fix may do: move the unit, or only stay in its track, and why."""

    MOVES = "moves"
    INVALID = "invalid"  # the device says it has no fix (no satellites, its valid flag off)
    FUTURE = "future"  # from more than FUTURE ahead of the server's clock
    OLDER = "older"  # older than the unit's last fix: a black box catching up
    JUMP = "jump"  # impossibly far from the last fix for the time between them


@dataclass(frozen=True, slots=True)
class Fix:
    device: str  # the tracker's id: IMEI, serial number, the app's device id
    at: datetime  # the device's time of the fix, UTC
    lat: float
    lon: float
    source: Source
    speed_kmh: float | None = None
    heading: float | None = None  # degrees clockwise from north
    altitude_m: float | None = None
    accuracy_m: float | None = None
    satellites: int | None = None
    valid: bool = True  # the device's own word on its fix
    alarm: bool = False  # the panic input, an SOS
    archived: bool = False  # sent from the device's memory (a black box), not live
    params: tuple[tuple[str, ParamValue], ...] = field(default=())  # the device's other values

    def param(self, name: str) -> ParamValue | None:
        return dict(self.params).get(name)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def judge(fix: Fix, last: Fix | None, now: datetime) -> Verdict:
    """Whether ``fix`` may move its unit, given the unit's last usable fix and the server's clock."""
    if not fix.valid or not (-90 <= fix.lat <= 90 and -180 <= fix.lon <= 180):
        return Verdict.INVALID
    if fix.lat == 0 and fix.lon == 0:  # a device without a fix often reports the null island
        return Verdict.INVALID
    if fix.at > now + FUTURE:
        return Verdict.FUTURE
    if last is None:
        return Verdict.MOVES
    if fix.at <= last.at:
        return Verdict.OLDER
    hours = (fix.at - last.at).total_seconds() / 3600
    if distance_m(last.lat, last.lon, fix.lat, fix.lon) / 1000 > MAX_SPEED_KMH * max(hours, 1 / 3600):
        return Verdict.JUMP
    return Verdict.MOVES


@dataclass(frozen=True, slots=True)
class UnitPosition:
    """Where a unit's tracker last put it: what the desks draw and measure from."""

    call_sign: str
    at: datetime
    lat: float
    lon: float
    source: Source
    speed_kmh: float | None = None
    heading: float | None = None
    accuracy_m: float | None = None
