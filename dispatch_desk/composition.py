"""The composition root: the one place that builds the services, through their constructors.

The desk, the intake server and the command line all start here. ``open_services`` migrates the
schema, adds missing reference data and, on the very first start with the default SQLite database,
builds the demo city so that a newcomer sees a working desk. Nothing is set on a service after it was
built; what a service needs is given to its constructor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from dispatch_desk.config import Settings, data_dir, default_database_url
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.dispatch_rules import DispatchRules
from dispatch_desk.services.accounts import AccountService
from dispatch_desk.services.analytics import Analytics
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.services.audit import AuditService
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.feed_follow import FeedFollower
from dispatch_desk.services.geo import GeoService
from dispatch_desk.services.precinct_analytics import PrecinctAnalytics
from dispatch_desk.services.problems import ProblemDesk
from dispatch_desk.services.roads import RoadService
from dispatch_desk.services.tracking import TrackerIntake, UnitTrackers
from dispatch_desk.services.wall import WallService
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from dispatch_desk.store.media_files import MediaStore
from dispatch_desk.store.repositories import Meta


@dataclass(frozen=True)
class Services:
    """Everything a front end works through, built once per process."""

    settings: Settings
    db: Database
    geo: GeoService
    accounts: AccountService
    app_reports: IntakeService
    media: MediaStore
    is_demo: bool
    built_demo: bool
    city: str | None
    first_admin_password: str | None = None  # a new database's administrator: told once, then changed
    desk_options: dict[str, Any] = field(default_factory=dict)
    roads: RoadService | None = None  # the routing engine, shared by every desk of the process

    def desk_for(self, principal: Principal) -> DeskService:
        """The desk's use cases as ``principal`` may use them, over their own connection (on PostgreSQL
        their login role, so that the server enforces the same)."""
        db = self.accounts.database_for(principal)
        return DeskService(
            db, principal, geo=self.geo, media=self.media, roads=self.roads, **self.desk_options
        )

    def durability_warnings(self) -> list[str]:
        """What in the database's configuration could undo an acknowledged report on power loss."""
        return self.db.durability_warnings()

    def analytics_for(self, principal: Principal) -> Analytics:
        """Response intervals (and the shift's figures) as ``principal`` may read them."""
        return Analytics(self.accounts.database_for(principal), principal, timezone=self.settings.timezone)

    def precinct_analytics_for(self, principal: Principal) -> PrecinctAnalytics:
        """The precinct's picture (hot spots, repeat addresses, trends) as ``principal`` may read it."""
        return PrecinctAnalytics(
            self.accounts.database_for(principal), principal, timezone=self.settings.timezone
        )

    def wall_for(self, principal: Principal) -> WallService:
        """The city board's counts for the wall display, over the wall account's own connection."""
        return WallService(
            self.accounts.database_for(principal),
            principal,
            timezone=self.settings.timezone,
            clock=self.accounts.clock,
        )

    def problems_for(self, principal: Principal) -> ProblemDesk:
        """The precinct's problems (SARA) as ``principal`` may read and work on them."""
        return ProblemDesk(
            self.accounts.database_for(principal),
            principal,
            clock=self.accounts.clock,
            timezone=self.settings.timezone,
        )

    @property
    def audit(self) -> AuditService:
        """The audit trail (changes and accesses) as each reader may see it."""
        return AuditService(self.accounts, clock=self.accounts.clock)

    def follower(self, desk: DeskService, after: int) -> FeedFollower:
        """A reader of the change feed from sequence number ``after`` on, as ``desk``'s person sees it."""
        return FeedFollower(desk, after)

    def trackers_for(self, principal: Principal) -> UnitTrackers:
        """Which device is in which unit, as ``principal`` may change it (the shift lead)."""
        return UnitTrackers(self.accounts.database_for(principal), principal, clock=self.accounts.clock)

    def schema_revision(self) -> str | None:
        return migrate.current_revision(self.db)


def open_services(
    settings: Settings,
    *,
    build_demo_if_empty: bool | None = None,
    first_administrator: bool = True,
    keep_connections: int = 1,
) -> Services:
    """Open the configured database and build every service over it. A database without accounts gets
    its first administrator (``first_administrator``), whose one-time password the front end shows once.
    ``keep_connections``: PostgreSQL connections kept open between uses — one for a desk (fifty desks
    share a server's limit), more for the intake server, whose requests come together."""
    db = Database(settings.database_url, keep=keep_connections)
    migrate.upgrade(db)
    geo = GeoService(
        db,
        tolerance_m=settings.precinct_tolerance_m,
        nominatim_url=settings.nominatim_url,
        nominatim_timeout_s=settings.nominatim_timeout_s,
    )
    options: dict[str, Any] = dict(
        timezone=settings.timezone,
        rules=DispatchRules.from_settings(settings.patrol_speed_kmh, settings.stale_position_minutes),
        duplicate_radius_m=settings.duplicate_radius_m,
        duplicate_window=timedelta(minutes=settings.duplicate_window_minutes),
    )
    DeskService(db, Principal.for_system("dispatch-desk"), geo=geo, **options).ensure_reference_data()
    if build_demo_if_empty is None:
        build_demo_if_empty = settings.database_url == default_database_url()
    built = False
    if build_demo_if_empty:
        from dispatch_desk.demo.city import build_demo, is_empty  # the first start only

        if is_empty(db):
            build_demo(db)
            built = True
    with db.reading() as session:
        meta = Meta(session)
        is_demo = meta.get("demo") == "true"
        city = meta.get("city")
    accounts = AccountService(db)
    first_admin = accounts.ensure_first_administrator() if first_administrator else None
    media = MediaStore(settings.media_path())
    roads = RoadService(db, data_dir() / "roads")  # one routing engine for every desk of the process
    intake = DeskService(db, Principal.for_system("intake"), geo=geo, roads=roads, **options)
    app_reports = IntakeService(
        intake, media, batch_max=int(settings.intake_batch_max), database_for=accounts.database_for
    )
    return Services(
        settings,
        db,
        geo,
        accounts,
        app_reports,
        media,
        is_demo,
        built,
        city,
        first_admin,
        options,
        roads=roads,
    )


def open_tracker_intake(settings: Settings) -> TrackerIntake:
    """The units' server's services alone: the bindings read, the fixes and positions written. On
    PostgreSQL its role may do nothing else, so nothing else is opened (no accounts, no reference data)."""
    db = Database(settings.database_url, keep=5)
    migrate.upgrade(db)
    return TrackerIntake(db, keep=timedelta(days=settings.avl_keep_days))
