"""The desk's geography: precincts (which one holds a point) and geocoding over the database's address data.

Both are read from the database on first use and kept; ``reload`` drops what another workstation changed
(its import reaches every process through the change feed), so the next lookup reads it again.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from datetime import timedelta

from geopy.adapters import RequestsAdapter
from geopy.geocoders import Nominatim
from geopy.location import Location

from dispatch_desk.domain.entities import Precinct
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
from dispatch_desk.geo.precincts import DEFAULT_TOLERANCE_M, PrecinctIndex
from dispatch_desk.services.clock import Clock, utc_now
from dispatch_desk.store.db import Database
from dispatch_desk.store.repositories import Addresses, GeocodeCache, Precincts, Streets

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
    edits: int = 0  # letters of the street name the gazetteer corrected

    def location(self) -> DeskLocation:
        if self.source == "coordinates":
            return DeskLocation.placed(self.lat, self.lon)
        return DeskLocation.geocoded(self.lat, self.lon, self.confidence)

    def as_dict(self) -> dict:
        return {
            "address": self.address,
            "lat": round(self.lat, 6),
            "lon": round(self.lon, 6),
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "how": self.how,
            "precinct": self.precinct,
            "precinct_match": self.precinct_match,
        }


class GeoService:
    """Precinct lookup and the geocoding chain, each read from the database once and kept until reloaded."""

    def __init__(
        self,
        db: Database,
        *,
        tolerance_m: float = DEFAULT_TOLERANCE_M,
        nominatim_url: str = "",
        nominatim_timeout_s: float = 3.0,
        min_delay_s: float = 1.0,
        clock: Clock = utc_now,
    ) -> None:
        self.db = db
        self.tolerance_m = tolerance_m
        self.clock = clock
        self._remote_link = (
            ("remote", self._remote(nominatim_url, nominatim_timeout_s, min_delay_s))
            if nominatim_url
            else None
        )
        self._lock = threading.Lock()  # two threads must not build the same thing at once
        self._index: PrecinctIndex | None = None
        self._gazetteer: Gazetteer | None = None
        self._chain: GeocodingChain | None = None

    def precincts(self) -> list[Precinct]:
        """The precincts: public reference data (names, service centres, hours), readable by anyone."""
        with self.db.reading() as session:
            return Precincts(session).all()

    # -- what is kept, and dropped when another workstation changes it --------------------------
    def precinct_index(self) -> PrecinctIndex:
        index = self._index
        if index is None:
            with self._lock:
                if self._index is None:
                    with self.db.reading() as session:
                        self._index = PrecinctIndex(Precincts(session).all(), self.tolerance_m)
                index = self._index
        return index

    @property
    def gazetteer(self) -> Gazetteer:
        gazetteer = self._gazetteer
        if gazetteer is None:
            with self._lock:
                if self._gazetteer is None:
                    self._gazetteer = self._load_gazetteer()
                gazetteer = self._gazetteer
        return gazetteer

    def _geocoding_chain(self) -> GeocodingChain:
        chain = self._chain
        if chain is None:
            gazetteer = self.gazetteer
            links: list = [("coordinates", CoordinateGeocoder()), ("gazetteer", GazetteerGeocoder(gazetteer))]
            if self._remote_link is not None:
                links.append(self._remote_link)
            chain = self._chain = GeocodingChain(links)
        return chain

    def reload(self, *, precincts: bool = False, gazetteer: bool = False) -> None:
        """Forget precincts and/or address data: the next lookup reads them from the database."""
        with self._lock:
            if precincts:
                self._index = None
            if gazetteer:
                self._gazetteer = None
                self._chain = None

    def warm(self) -> None:
        """Build the lookups now (the precinct grid, the address data, the geocoding chain), so that the
        first call or report does not wait for them (0.6 s for the demo city, more on a busy machine)."""
        self.precinct_index().locate(0.0, 0.0)  # any point: the grid is built by the first
        self._geocoding_chain()

    def locate(self, lat: float, lon: float) -> str | None:
        """The code of the precinct holding a point (None outside every precinct)."""
        return self.precinct_index().locate(lat, lon)

    def _load_gazetteer(self) -> Gazetteer:
        with self.db.reading() as session:
            streets = Streets(session).all()
            points = [AddressPoint(*row) for row in Addresses(session).all()]
        return Gazetteer(streets, points)

    def _remote(self, url: str, timeout: float, min_delay: float) -> CachedRateLimitedGeocoder:
        """Nominatim at ``url``, asked only when the local links have no answer."""
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
        match = self.precinct_index().match(found.latitude, found.longitude)
        raw = found.raw or {}
        return Geocoded(
            found.address,
            found.latitude,
            found.longitude,
            float(raw.get("confidence", 0.5)),
            str(raw.get("source", "remote")),
            str(raw.get("how", raw.get("source", ""))),
            match.code,
            match.match.value,
            int(raw.get("edits") or 0),
        )

    def geocode(self, text: str) -> Geocoded | None:
        return self._outcome(self._geocoding_chain().geocode(text))

    def reverse(self, lat: float, lon: float) -> Geocoded | None:
        DeskLocation(lat, lon, LocationSource.GPS)  # validates the coordinates
        return self._outcome(self._geocoding_chain().reverse((lat, lon)))

    def suggest(self, text: str, limit: int = 10, language: str = "ru") -> list[str]:
        return self.gazetteer.suggest(text, limit, language)

    def localized(self, address: str, language: str) -> str:
        """A stored address with its street named in ``language`` (see ``Gazetteer.localized``). Never
        reads the database: before the gazetteer is loaded, the address is given back as stored."""
        gazetteer = self._gazetteer
        return gazetteer.localized(address, language) if gazetteer is not None else address

    @property
    def last_errors(self) -> list[str]:
        return self._geocoding_chain().last_errors
