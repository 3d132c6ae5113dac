"""The geocoding chain behind geopy's ``Geocoder`` interface, so that any geopy geocoder plugs in.

typed coordinates → the local gazetteer → an optional remote geocoder (e.g. Nominatim at a configured
URL, with timeout, rate limit and a cache). A failure anywhere never raises to the caller: the chain
answers None and remembers why, and the incident is saved with its location unverified.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from geopy.exc import GeopyError
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from dispatch_desk.geo.coordinates import parse_coordinates
from dispatch_desk.geo.gazetteer import Gazetteer

log = logging.getLogger(__name__)
MAX_QUERY = 300
MISSING = object()


def _point(query: Any) -> tuple[float, float]:
    if isinstance(query, tuple | list) and len(query) == 2:
        return float(query[0]), float(query[1])
    point = Point(query)
    return point.latitude, point.longitude


class CoordinateGeocoder(Geocoder):
    """Typed coordinates are taken as they are."""

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None):
        found = parse_coordinates(str(query))
        if found is None:
            return None
        location = Location(
            f"{found[0]:.6f}, {found[1]:.6f}", found, {"source": "coordinates", "confidence": 1.0}
        )
        return location if exactly_one else [location]

    def reverse(self, query, *, exactly_one: bool = True, timeout: float | None = None):
        return None


class GazetteerGeocoder(Geocoder):
    """The local address data: streets in three scripts, house numbers, typos forgiven."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__()
        self.gazetteer = gazetteer

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None):
        match = self.gazetteer.geocode(str(query)[:MAX_QUERY])
        if match is None:
            return None
        location = Location(match.address, (match.lat, match.lon), match.raw())
        return location if exactly_one else [location]

    def reverse(self, query, *, exactly_one: bool = True, timeout: float | None = None):
        lat, lon = _point(query)
        match = self.gazetteer.reverse(lat, lon)
        if match is None:
            return None
        location = Location(match.address, (lat, lon), match.raw())
        return location if exactly_one else [location]


class CachedRateLimitedGeocoder(Geocoder):
    """A remote geocoder asked at most once per ``min_delay`` seconds, its answers (misses too) cached."""

    def __init__(
        self,
        remote: Geocoder,
        *,
        provider: str,
        cache_get: Callable[[str], Any],
        cache_put: Callable[[str, dict | None], None],
        min_delay: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__()
        self.remote = remote
        self.provider = provider
        self.cache_get, self.cache_put = cache_get, cache_put
        self.min_delay = min_delay
        self.clock, self.sleep = clock, sleep
        self._last = -1e9

    def _key(self, kind: str, query: str) -> str:
        return f"{kind}:{' '.join(query.casefold().split())}"[:600]

    def _ask(self, call: Callable[[], Any]) -> Any:
        wait = self._last + self.min_delay - self.clock()
        if wait > 0:
            self.sleep(wait)
        self._last = self.clock()
        return call()

    def _cached(self, key: str, ask: Callable[[], Location | None], exactly_one: bool):
        cached = self.cache_get(key)
        if cached is not MISSING:
            return _from_cache(cached, exactly_one)
        found = self._ask(ask)
        stored = (
            None
            if found is None
            else {"address": found.address, "lat": found.latitude, "lon": found.longitude, "raw": found.raw}
        )
        self.cache_put(key, stored)
        return _from_cache(stored, exactly_one)

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None):
        query = str(query)[:MAX_QUERY]
        ask = lambda: self.remote.geocode(query, exactly_one=True, **_timeout(timeout))  # noqa: E731
        return self._cached(self._key("geocode", query), ask, exactly_one)

    def reverse(self, query, *, exactly_one: bool = True, timeout: float | None = None):
        lat, lon = _point(query)
        ask = lambda: self.remote.reverse((lat, lon), exactly_one=True, **_timeout(timeout))  # noqa: E731
        return self._cached(self._key("reverse", f"{lat:.5f},{lon:.5f}"), ask, exactly_one)


def _timeout(timeout: float | None) -> dict:
    """geopy reads ``timeout=None`` as "wait for ever"; leave it out to keep the geocoder's own timeout."""
    return {} if timeout is None else {"timeout": timeout}


def _from_cache(stored: dict | None, exactly_one: bool):
    if stored is None:
        return None
    raw = dict(stored.get("raw") or {})
    raw.setdefault("source", "remote")
    raw.setdefault("confidence", 0.6)
    location = Location(stored["address"], (stored["lat"], stored["lon"]), raw)
    return location if exactly_one else [location]


class GeocodingChain(Geocoder):
    """Each geocoder in turn; the first answer wins. Errors of one link are logged and skipped."""

    def __init__(self, links: list[tuple[str, Geocoder]]) -> None:
        super().__init__()
        self.links = links
        self.last_errors: list[str] = []

    def _first(self, ask: Callable[[Geocoder], Location | None], exactly_one: bool):
        self.last_errors = []
        for name, geocoder in self.links:
            try:
                found = ask(geocoder)
            except (GeopyError, OSError, ValueError) as exc:
                self._failed(name, exc)
                continue
            if found is not None:
                found.raw.setdefault("source", name)
                return found if exactly_one else [found]
        return None

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None):
        text = str(query or "").strip()[:MAX_QUERY]
        if not text:
            self.last_errors = []
            return None
        return self._first(lambda g: g.geocode(text, exactly_one=True, **_timeout(timeout)), exactly_one)

    def reverse(self, query, *, exactly_one: bool = True, timeout: float | None = None):
        return self._first(lambda g: g.reverse(query, exactly_one=True, **_timeout(timeout)), exactly_one)

    def _failed(self, name: str, exc: Exception) -> None:
        message = f"{name}: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        self.last_errors.append(message)
        log.warning("geocoder failed, going on without it: %s", message)
