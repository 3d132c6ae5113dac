"""The OsmAnd protocol as Traccar Client speaks it from an officer's phone, over HTTP.

Older clients send query parameters (GET, or POST with them in the URL or a form): ``id``, ``timestamp``
(Unix seconds, milliseconds or ISO-8601), ``lat`` and ``lon`` (or ``location=lat,lon``), ``speed`` in knots,
``bearing``, ``altitude``, ``accuracy``, ``batt``, ``alarm``. Traccar Client 9 posts JSON:
``{"device_id", "location": {"timestamp", "coords": {"latitude", "longitude", "speed" (m/s), "heading",
"altitude", "accuracy"}, "battery": {"level"}, "extras": {"alarm"}}}``. Either becomes one ``Fix`` or a
``BadFix`` naming what is wrong (the server answers it with 400).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime

from dispatch_desk.domain.fixes import Fix, ParamValue, Source

KNOT_KMH = 1.852
MAX_ID = 64
ALARMS = ("sos", "panic", "alarm", "general")


class BadFix(ValueError):
    """What the sender is told (400): the field and why."""


def _number(value: object, name: str, low: float, high: float) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise BadFix(f"{name} must be a number")
    try:
        number = float(value)
    except ValueError:
        raise BadFix(f"{name} must be a number, not {str(value)[:20]!r}") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise BadFix(f"{name} must lie between {low:g} and {high:g}")
    return number


def moment(value: object, now: datetime) -> datetime:
    """A fix's time: Unix seconds or milliseconds, or ISO-8601 text; none given is now."""
    if value is None or value == "":
        return now
    if isinstance(value, str) and not value.strip().lstrip("-").replace(".", "", 1).isdigit():
        try:
            at = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise BadFix(f"timestamp {value[:40]!r} is neither Unix time nor ISO-8601") from None
        return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    seconds = _number(value, "timestamp", 0, 4_102_444_800_000)
    assert seconds is not None
    if seconds > 100_000_000_000:  # milliseconds
        seconds /= 1000
    if seconds > 4_102_444_800:
        raise BadFix("timestamp is past the year 2100")
    return datetime.fromtimestamp(seconds, UTC)


def _device(value: object) -> str:
    if not isinstance(value, str | int) or isinstance(value, bool) or not str(value).strip():
        raise BadFix("id (the device's identifier) is missing")
    device = str(value).strip()
    if len(device) > MAX_ID or not device.isprintable():
        raise BadFix(f"id must be at most {MAX_ID} printable characters")
    return device


def _fix(
    device: str,
    at: datetime,
    speed_kmh: float | None,
    values: Mapping[str, object],
    params: list[tuple[str, ParamValue]],
) -> Fix:
    lat = _number(values.get("lat"), "lat", -90, 90)
    lon = _number(values.get("lon"), "lon", -180, 180)
    if lat is None or lon is None:
        raise BadFix("lat and lon are required")
    alarm = str(values.get("alarm") or "").strip().lower()
    valid = str(values.get("valid", "true")).lower() not in ("false", "0", "no")
    return Fix(
        device=device,
        at=at,
        lat=lat,
        lon=lon,
        source=Source.OSMAND,
        speed_kmh=speed_kmh,
        heading=_number(values.get("heading"), "bearing", 0, 360),
        altitude_m=_number(values.get("altitude"), "altitude", -1000, 20_000),
        accuracy_m=_number(values.get("accuracy"), "accuracy", 0, 1_000_000),
        valid=valid,
        alarm=alarm in ALARMS or alarm in ("1", "true"),
        params=tuple(params),
    )


def query_fix(query: Mapping[str, str], now: datetime) -> Fix:
    """A fix from the query parameters of an OsmAnd request."""
    values: dict[str, object] = dict(query)
    if "location" in query and "lat" not in query:
        lat, _, lon = query["location"].partition(",")
        values["lat"], values["lon"] = lat, lon
    knots = _number(query.get("speed"), "speed", 0, 1000)
    values["heading"] = query.get("bearing", query.get("heading"))
    params: list[tuple[str, ParamValue]] = []
    battery = _number(query.get("batt"), "batt", 0, 100)
    if battery is not None:
        params.append(("battery_level", battery))
    device, at = _device(query.get("id", query.get("deviceid"))), moment(query.get("timestamp"), now)
    return _fix(device, at, knots * KNOT_KMH if knots is not None else None, values, params)


def json_fix(body: object, now: datetime) -> Fix:
    """A fix from Traccar Client 9's JSON body."""
    if not isinstance(body, dict) or not isinstance(body.get("location"), dict):
        raise BadFix("the body must be an object with a location")
    location = body["location"]
    coords = location.get("coords")
    if not isinstance(coords, dict):
        raise BadFix("location.coords is missing")
    speed = _number(coords.get("speed"), "speed", -1, 1000)  # m/s; the client sends -1 when unknown
    extras = location.get("extras") if isinstance(location.get("extras"), dict) else {}
    values: dict[str, object] = {
        "lat": coords.get("latitude"),
        "lon": coords.get("longitude"),
        "heading": coords.get("heading") if coords.get("heading") != -1 else None,
        "altitude": coords.get("altitude"),
        "accuracy": coords.get("accuracy"),
        "alarm": extras.get("alarm") if isinstance(extras, dict) else None,
    }
    params: list[tuple[str, ParamValue]] = []
    battery = location.get("battery")
    if isinstance(battery, dict):
        level = _number(battery.get("level"), "battery.level", -1, 1)
        if level is not None and level >= 0:
            params.append(("battery_level", round(level * 100)))
    device = body.get("device_id", location.get("device_id"))
    kmh = speed * 3.6 if speed is not None and speed >= 0 else None
    return _fix(_device(device), moment(location.get("timestamp"), now), kmh, values, params)
