"""Geocoding for the desk: the chain over the database's address data, with precincts attached."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from geopy.adapters import RequestsAdapter
from geopy.geocoders import Nominatim
from geopy.location import Location

from dispatch_desk.domain.enums import LocationSource
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import Location as DeskLocation
from dispatch_desk.geo.gazetteer import AddressPoint, Gazetteer
from dispatch_desk.geo.geocoders import (
    MISSING,
    CachedRateLimitedGeocoder,
    CoordinateGeocoder,
    GazetteerGeocoder,
    GeocodingChain,
)
from dispatch_desk.geo.precincts import PrecinctIndex
from dispatch_desk.services.clock import Clock, utc_now
from dispatch_desk.store.db import Database
from dispatch_desk.store.repositories import Addresses, GeocodeCache, Streets

CACHE_DAYS = 30
USER_AGENT = "dispatch-desk"


@dataclass(frozen=True)
class Geocoded:
    address: str
    lat: float
    lon: float
    confidence: float
    source: str  # coordinates | gazetteer | remote
    how: str
    precinct: str | None
    precinct_match: str

    def location(self) -> DeskLocation:
        source = LocationSource.MAP if self.source == "coordinates" else LocationSource.GEOCODED
        accuracy = 10.0 if self.source == "coordinates" else round(25 + (1 - self.confidence) * 400, 1)
        return DeskLocation(self.lat, self.lon, source, accuracy)

    def as_dict(self) -> dict:
        return {
            "address": self.address, "lat": round(self.lat, 6), "lon": round(self.lon, 6),
            "confidence": round(self.confidence, 3), "source": self.source, "how": self.how,
            "precinct": self.precinct, "precinct_match": self.precinct_match,
        }  # fmt: skip


class GeoService:
    def __init__(
        self,
        db: Database,
        index: Callable[[], PrecinctIndex],
        *,
        nominatim_url: str = "",
        nominatim_timeout_s: float = 3.0,
        min_delay_s: float = 1.0,
        clock: Clock = utc_now,
    ) -> None:
        self.db = db
        self.index = index  # called for each lookup: the desk's cache, dropped when precincts change
        self.clock = clock
        self.gazetteer = self._load_gazetteer()
        links = [("coordinates", CoordinateGeocoder()), ("gazetteer", GazetteerGeocoder(self.gazetteer))]
        if nominatim_url:
            links.append(("remote", self._remote(nominatim_url, nominatim_timeout_s, min_delay_s)))
        self.chain = GeocodingChain(links)

    def _load_gazetteer(self) -> Gazetteer:
        with self.db.reading() as session:
            streets = Streets(session).all()
            points = [AddressPoint(*row) for row in Addresses(session).all()]
        return Gazetteer(streets, points)

    def _remote(self, url: str, timeout: float, min_delay: float) -> CachedRateLimitedGeocoder:
        scheme, _, rest = url.partition("://")
        if not rest or scheme not in ("http", "https"):
            raise ValidationError(f"the geocoder URL must start with http:// or https://, not {url!r}")
        domain = rest.rstrip("/")
        # No retries inside the HTTP client: a slow geocoder must cost the operator one timeout, not three.
        adapter = functools.partial(RequestsAdapter, max_retries=0)
        nominatim = Nominatim(
            user_agent=USER_AGENT, domain=domain, scheme=scheme, timeout=timeout, adapter_factory=adapter
        )

        def cache_get(key: str):
            with self.db.reading() as session:
                result, found = GeocodeCache(session).get(key, url, timedelta(days=CACHE_DAYS), self.clock())
            return result if found else MISSING

        def cache_put(key: str, result: dict | None) -> None:
            with self.db.write_session() as session, session.begin():
                GeocodeCache(session).put(key, url, result, self.clock())

        return CachedRateLimitedGeocoder(
            nominatim, provider=url, cache_get=cache_get, cache_put=cache_put, min_delay=min_delay
        )

    def _outcome(self, found: Location | None) -> Geocoded | None:
        if found is None:
            return None
        match = self.index().match(found.latitude, found.longitude)
        raw = found.raw or {}
        return Geocoded(
            found.address, found.latitude, found.longitude, float(raw.get("confidence", 0.5)),
            str(raw.get("source", "remote")), str(raw.get("how", raw.get("source", ""))), match.code, match.match.value,
        )  # fmt: skip

    def geocode(self, text: str) -> Geocoded | None:
        return self._outcome(self.chain.geocode(text))

    def reverse(self, lat: float, lon: float) -> Geocoded | None:
        DeskLocation(lat, lon, LocationSource.GPS)  # validates the coordinates
        return self._outcome(self.chain.reverse((lat, lon)))

    def suggest(self, text: str, limit: int = 10) -> list[str]:
        return self.gazetteer.suggest(text, limit)

    @property
    def last_errors(self) -> list[str]:
        return self.chain.last_errors
