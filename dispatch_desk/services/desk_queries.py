"""What the desk reads: incidents, units, the feed, recommendations, duplicates, reference data.

``DeskService`` (desk.py) adds the changes on top; this half never writes. Every method opens one short
read-only session.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dispatch_desk.domain.address import address_key
from dispatch_desk.domain.dispatch_rules import (
    Candidate,
    DispatchRules,
    LikelyDuplicate,
    likely_duplicates,
    recommend,
)
from dispatch_desk.domain.entities import Category, Incident, Precinct, Unit
from dispatch_desk.domain.values import Location
from dispatch_desk.services.clock import Clock, utc_now
from dispatch_desk.services.geo import GeoService
from dispatch_desk.services.new_incident import Geography
from dispatch_desk.store import feed
from dispatch_desk.store.db import Database
from dispatch_desk.store.feed import FeedEntry
from dispatch_desk.store.repositories import Categories, Incidents, Precincts, Units

INCIDENT = "incident"


class DeskQueries:
    def __init__(
        self,
        db: Database,
        *,
        geo: GeoService | None = None,
        clock: Clock = utc_now,
        timezone: str = "Asia/Almaty",
        rules: DispatchRules | None = None,
        duplicate_radius_m: float = 200.0,
        duplicate_window: timedelta = timedelta(minutes=30),
    ) -> None:
        self.db = db
        self.geo = geo if geo is not None else GeoService(db, clock=clock)
        self.clock = clock
        self.zone = ZoneInfo(timezone)
        self.rules = rules or DispatchRules()
        self.duplicate_radius_m = duplicate_radius_m
        self.duplicate_window = duplicate_window
        self.geography = Geography(self.geo.locate, self.geo.geocode, self.geo.reverse)
        self._categories: dict[str, Category] = {}  # read once; dropped when a category changes

    def categories(self, include_inactive: bool = False) -> list[Category]:
        with self.db.reading() as session:
            return Categories(session).all(include_inactive)

    def category(self, code: str) -> Category | None:
        """A category by code, from a copy read once (a code not in it is looked for again)."""
        category = self._categories.get(code)
        if category is None:
            self._categories = {c.code: c for c in self.categories(include_inactive=True)}
            category = self._categories.get(code)
        return category

    def forget_categories(self) -> None:
        """Another workstation changed a category: read them again when next needed."""
        self._categories = {}

    def precincts(self) -> list[Precinct]:
        with self.db.reading() as session:
            return Precincts(session).all()

    def incident(self, number: str) -> Incident:
        with self.db.reading() as session:
            return Incidents(session).get(number)

    def open_incidents(self, precinct: str | None = None) -> list[Incident]:
        with self.db.reading() as session:
            return Incidents(session).open(precinct)

    def recent_incidents(self, limit: int = 100, precinct: str | None = None) -> list[Incident]:
        with self.db.reading() as session:
            return Incidents(session).recent(limit, precinct)

    def incidents_at_address(
        self, address: str, *, exclude: str | None = None, limit: int = 20
    ) -> list[Incident]:
        with self.db.reading() as session:
            return Incidents(session).at_address(address_key(address), exclude=exclude, limit=limit)

    def units(self) -> list[Unit]:
        with self.db.reading() as session:
            return Units(session).all()

    def unit(self, call_sign: str) -> Unit:
        with self.db.reading() as session:
            return Units(session).get(call_sign)

    def feed_after(self, seq: int, limit: int = 1000) -> list[FeedEntry]:
        with self.db.reading() as session:
            return feed.after(session, seq, limit)

    def recommend_units(self, number: str, limit: int = 10) -> list[Candidate]:
        """The units to send to an incident, best first, with their reasons."""
        incident = self.incident(number)
        return recommend(incident, self.units(), self.clock(), self.rules, limit)

    def likely_duplicates(
        self,
        category: str,
        location: Location | None,
        *,
        at: datetime | None = None,
        exclude: str | None = None,
        address: str = "",
    ) -> list[LikelyDuplicate]:
        """Open incidents that a new call at this place and time may repeat; every open incident at the
        same ``address`` (the same building), however old."""
        key = address_key(address) if address else ""
        if location is None and not key:
            return []
        related = self.category(category)
        with self.db.reading() as session:
            candidates = Incidents(session).open()
        return likely_duplicates(
            category, related.related if related else (), location, at or self.clock(), candidates,
            radius_m=self.duplicate_radius_m, window=self.duplicate_window, exclude=exclude, address_key=key,
        )  # fmt: skip

    def feed_of_kinds_after(
        self, seq: int, kinds: Sequence[str], limit: int = 1000
    ) -> tuple[list[FeedEntry], int]:
        with self.db.reading() as session:
            return feed.of_kinds_after(session, seq, kinds, limit)

    def last_feed_seq(self) -> int:
        with self.db.reading() as session:
            return feed.last_seq(session)

    def timeline(self, number: str) -> list[FeedEntry]:
        with self.db.reading() as session:
            return feed.for_entity(session, INCIDENT, Incidents(session).row_id(number))
