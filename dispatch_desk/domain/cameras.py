"""The city's cameras as the desk knows them: where each stands, which way it looks, how far it sees, and
where its stream is — never with its password, which is kept apart (``Credentials``) and never shown.

``Camera.view`` says how far a camera stands from a place and whether its view covers it: within its range
and, for a fixed camera, within its field of view around its direction (a PTZ camera turns: range alone).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import clean_text

CAMERA_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
MAX_RANGE_M = 2_000.0  # no street camera makes out a scene farther than this
EARTH_RADIUS_M = 6_371_008.8
STREAM_SCHEMES = ("rtsp", "rtsps")
WEB_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Credentials:
    """A camera's user and password: stored apart from the registry; ``repr`` never shows the password."""

    username: str = ""
    password: str = field(default="", repr=False)

    def __bool__(self) -> bool:
        return bool(self.username or self.password)


def split_credentials(url: str, what: str, schemes: tuple[str, ...]) -> tuple[str, Credentials]:
    """A URL without its user and password, and those apart (a password inside a URL counts too)."""
    text = clean_text(url, what, 1000)
    if not text:
        return "", Credentials()
    try:
        parts = urlsplit(text)
        port = parts.port  # a port that is no number raises here
    except ValueError as error:
        raise ValidationError(f"{what} is not a URL: {error}") from error
    if parts.scheme.lower() not in schemes or not parts.hostname:
        raise ValidationError(f"{what} must be a {' or '.join(s + '://' for s in schemes)} address")
    if any(ch.isspace() for ch in text):
        raise ValidationError(f"{what} must not contain spaces")
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    netloc = host if port is None else f"{host}:{port}"
    clean = urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, ""))
    secret = Credentials(unquote(parts.username or ""), unquote(parts.password or ""))
    return clean, secret


def with_credentials(url: str, secret: Credentials) -> str:
    """The address a player opens: ``url`` with the user and password put back (for the player only)."""
    if not secret:
        return url
    parts = urlsplit(url)
    user = quote(secret.username, safe="") + (
        ":" + quote(secret.password, safe="") if secret.password else ""
    )
    return urlunsplit((parts.scheme, f"{user}@{parts.netloc}", parts.path, parts.query, ""))


def _number(value: Any, what: str, low: float, high: float, default: float | None = None) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{what} must be a number, not {str(value)[:40]!r}") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise ValidationError(f"{what} must lie between {low:g} and {high:g}, not {number:g}")
    return number


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("", "0", "false", "no", "нет", "жоқ"):
        return False
    if text in ("1", "true", "yes", "да", "иә"):
        return True
    raise ValidationError(f"ptz must be yes or no, not {text[:20]!r}")


@dataclass(frozen=True)
class Camera:
    id: str
    name: str
    lat: float
    lon: float
    stream_url: str  # rtsp:// or rtsps://, without user or password
    direction_deg: float | None = None  # where it looks, clockwise from north; None: all round
    fov_deg: float | None = None  # its field of view; None: 360
    range_m: float = 100.0
    snapshot_url: str = ""
    onvif_url: str = ""
    ptz: bool = False
    precinct: str | None = None

    @classmethod
    def parse(cls, row: dict[str, Any]) -> tuple[Camera, Credentials]:
        """A camera from a row of a registry file (text or numbers), its credentials apart. The row's
        ``username`` and ``password`` and any user and password inside its URLs are the credentials."""
        ident = clean_text(row.get("id"), "id", 64, required=True)
        if not CAMERA_ID.fullmatch(ident):
            raise ValidationError(f"id {ident[:40]!r}: letters, digits and _ . : - only, at most 64")
        lat = _number(row.get("lat"), "lat", -90, 90)
        lon = _number(row.get("lon"), "lon", -180, 180)
        if lat is None or lon is None:
            raise ValidationError("lat and lon are required")
        stream, secret = split_credentials(row.get("stream_url") or "", "stream_url", STREAM_SCHEMES)
        if not stream:
            raise ValidationError("stream_url is required (rtsp://…)")
        snapshot, snap_secret = split_credentials(row.get("snapshot_url") or "", "snapshot_url", WEB_SCHEMES)
        onvif, onvif_secret = split_credentials(row.get("onvif_url") or "", "onvif_url", WEB_SCHEMES)
        username = clean_text(row.get("username"), "username", 120)
        password = clean_text(row.get("password"), "password", 200)
        found = next((s for s in (secret, snap_secret, onvif_secret) if s), Credentials())
        credentials = Credentials(username or found.username, password or found.password)
        camera = cls(
            id=ident,
            name=clean_text(row.get("name"), "name", 200) or ident,
            lat=lat,
            lon=lon,
            stream_url=stream,
            direction_deg=_number(row.get("direction_deg"), "direction_deg", 0, 360),
            fov_deg=_number(row.get("fov_deg"), "fov_deg", 1, 360),
            range_m=_number(row.get("range_m"), "range_m", 1, MAX_RANGE_M, 100.0) or 100.0,
            snapshot_url=snapshot,
            onvif_url=onvif,
            ptz=_flag(row.get("ptz")),
        )
        return camera, credentials

    def view(self, lat: float, lon: float) -> tuple[float, bool]:
        """How far the camera stands from a place, in metres, and whether its view covers the place."""
        metres, bearing = distance_and_bearing(self.lat, self.lon, lat, lon)
        if metres > self.range_m:
            return metres, False
        if (
            self.ptz
            or self.direction_deg is None
            or self.fov_deg is None
            or self.fov_deg >= 360
            or metres < 1
        ):
            return metres, True
        off = abs((bearing - self.direction_deg + 180) % 360 - 180)
        return metres, off <= self.fov_deg / 2

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "direction_deg": self.direction_deg,
            "fov_deg": self.fov_deg,
            "range_m": self.range_m,
            "ptz": self.ptz,
            "precinct": self.precinct,
            "stream_url": self.stream_url,  # never with its password: that is kept apart
            "snapshot_url": self.snapshot_url,
            "onvif_url": self.onvif_url,
        }


@dataclass(frozen=True)
class CameraSight:
    camera: Camera
    distance_m: float
    looks: bool  # its view covers the place (not only near it)

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.camera.id,
            "name": self.camera.name,
            "distance_m": round(self.distance_m),
            "looks_at_place": self.looks,
            "ptz": self.camera.ptz,
        }


def distance_and_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """Metres between two points (haversine) and the bearing from the first to the second, in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    metres = 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return metres, (math.degrees(math.atan2(y, x)) + 360) % 360


def best_first(cameras: list[Camera], lat: float, lon: float, limit: int = 10) -> list[CameraSight]:
    """The cameras near a place, best first: those whose view covers it, then the nearest (a scan of all:
    the index in ``geo/camera_index.py`` does the same among many)."""
    sights = []
    for camera in cameras:
        metres, looks = camera.view(lat, lon)
        if metres <= camera.range_m:
            sights.append(CameraSight(camera, metres, looks))
    sights.sort(key=lambda s: (not s.looks, s.distance_m, s.camera.id))
    return sights[:limit]
