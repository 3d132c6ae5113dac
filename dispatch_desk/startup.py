"""Opening the database at start: migrate, reference data, and the demo city on a first start."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta

from dispatch_desk.config import Settings, default_database_url
from dispatch_desk.demo.city import build_demo, is_empty
from dispatch_desk.domain.dispatch_rules import DispatchRules
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.geo import GeoService
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from dispatch_desk.store.repositories import Meta


@dataclass
class OpenedDatabase:
    db: Database
    desk: DeskService
    is_demo: bool
    built_demo: bool
    city: str | None
    settings: Settings
    _geo: GeoService | None = None
    _geo_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def geo(self) -> GeoService:
        """The geocoding chain over this database's address data (built once, on first use, by
        whichever thread asks first; the others wait for it)."""
        if self._geo is None:
            with self._geo_lock:
                if self._geo is None:
                    self._geo = GeoService(
                        self.db,
                        self.desk.precinct_index,
                        nominatim_url=self.settings.nominatim_url,
                        nominatim_timeout_s=self.settings.nominatim_timeout_s,
                    )
        return self._geo

    def _geocode(self, address: str):
        found = self.geo.geocode(address)
        return found.location() if found is not None else None


def open_database(settings: Settings, *, build_demo_if_empty: bool | None = None) -> OpenedDatabase:
    """Migrate the schema, add missing reference data and, on the very first start with the default
    SQLite database, build the demo city so that a newcomer sees a working desk."""
    db = Database(settings.database_url)
    migrate.upgrade(db)
    desk = DeskService(db, settings.operator, timezone=settings.timezone)
    desk.tolerance_m = settings.precinct_tolerance_m
    desk.rules = DispatchRules.from_settings(settings.patrol_speed_kmh, settings.stale_position_minutes)
    desk.duplicate_radius_m = settings.duplicate_radius_m
    desk.duplicate_window = timedelta(minutes=settings.duplicate_window_minutes)
    desk.ensure_reference_data()
    if build_demo_if_empty is None:
        build_demo_if_empty = settings.database_url == default_database_url()
    built = False
    if build_demo_if_empty and is_empty(db):
        build_demo(db)
        built = True
    with db.reading() as session:
        meta = Meta(session)
        is_demo = meta.get("demo") == "true"
        city = meta.get("city")
    opened = OpenedDatabase(db, desk, is_demo, built, city, settings)
    desk.geocode = opened._geocode
    return opened
