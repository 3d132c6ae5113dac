"""What the desk reads: incidents, units, the feed, recommendations, duplicates, reference data.

``DeskService`` (desk.py) holds one as ``read`` beside its changes; this half never writes. Every method opens one short
read-only session. What a read returns is what the person acting may see (``domain/access.py``):
incidents of the precincts they see, callers' identity only to roles that need it, nothing of incidents
to roles without operational data (administrators, auditors) — as row-level security filters rows, an
invisible incident is simply absent, and asking for one by number is answered as for one that does not
exist.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.address import address_key, search_key
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import IncidentChange, ThresholdsChange
from dispatch_desk.domain.dispatch_rules import (
    Candidate,
    DispatchRules,
    LikelyDuplicate,
    likely_duplicates,
    mark_needed_elsewhere,
    recommend,
)
from dispatch_desk.domain.entities import Category, Incident, Precinct, Unit
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.errors import NotFound, ValidationError
from dispatch_desk.domain.fixes import UnitPosition
from dispatch_desk.domain.history import REPEAT_WINDOW, SHOWN, CallerHistory, History
from dispatch_desk.domain.overdue import Thresholds, thresholds_of
from dispatch_desk.domain.values import Location, normalize_phone
from dispatch_desk.services.desk_context import DeskContext
from dispatch_desk.services.geo import GeoService
from dispatch_desk.services.new_incident import Geography
from dispatch_desk.services.road_dispatch import road_times, with_bridges, with_snaps
from dispatch_desk.services.roads import RoadService
from dispatch_desk.store import feed
from dispatch_desk.store.feed import FeedEntry
from dispatch_desk.store.repositories import Categories, Incidents, Precincts, Units
from dispatch_desk.store.tracking import Track

INCIDENT = "incident"


class DeskQueries:
    """The reads of one person's desk (``DeskService.read``), over the context it shares with the changes."""

    def __init__(
        self,
        context: DeskContext,
        geo: GeoService,
        *,
        rules: DispatchRules | None = None,
        duplicate_radius_m: float = 200.0,
        duplicate_window: timedelta = timedelta(minutes=30),
        roads: RoadService | None = None,
    ) -> None:
        self.context = context  # visibility, the clock, the time zone: shared with the changes
        self.db, self.actor, self.clock = context.db, context.actor, context.clock
        self.geo = geo
        self.roads = roads  # the routing engine; None: straight-line estimates only
        self.rules = rules or DispatchRules()
        self.duplicate_radius_m = duplicate_radius_m
        self.duplicate_window = duplicate_window
        self.geography = Geography(geo.locate, geo.geocode, geo.reverse)
        self._categories: dict[str, Category] = {}  # read once; dropped when a category changes
        self._posts: tuple[float, dict[str, tuple[float, float]]] | None = None  # service centres, when read

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

    # -- incidents and units ----------------------------------------------------------------------
    def incident(self, number: str) -> Incident:
        if not self.actor.reads_incidents:  # on PostgreSQL their role may not even read the table
            raise NotFound(f"there is no incident {number}")
        with self.db.reading() as session:
            incident = Incidents(session).get(number)
        if not self.context.sees(incident):
            raise NotFound(f"there is no incident {number}")
        return self.context.shown(incident)

    def open_incidents(self, precinct: str | None = None) -> list[Incident]:
        if not self.actor.reads_incidents:
            return []
        with self.db.reading() as session:
            return self.context.visible(Incidents(session).open(**self.context.scope(precinct)))

    def recent_incidents(self, limit: int = 100, precinct: str | None = None) -> list[Incident]:
        if not self.actor.reads_incidents:
            return []
        with self.db.reading() as session:
            return self.context.visible(Incidents(session).recent(limit, **self.context.scope(precinct)))

    def incidents_at_address(
        self, address: str, *, exclude: str | None = None, limit: int = 20
    ) -> list[Incident]:
        if not self.actor.reads_incidents:
            return []
        with self.db.reading() as session:
            return self.context.visible(
                Incidents(session).at_address(
                    address_key(address), exclude=exclude, limit=limit, **self.context.scope()
                )
            )

    def caller_history(
        self, phone: str | None = None, address: str = "", *, exclude: str | None = None
    ) -> CallerHistory:
        """Earlier incidents from this phone number and at this address (the same building), as far as
        this person sees them: counted, the newest ``SHOWN`` kept, repeat address flagged. By number only
        for roles that see callers' identity; a number that cannot be one finds nothing."""
        if not self.actor.reads_incidents:
            return CallerHistory()
        try:
            number = normalize_phone(phone) if self.actor.may(Permission.SEE_IDENTITY) else None
        except ValidationError:
            number = None
        key = address_key(address) if address else ""
        since = self.clock() - REPEAT_WINDOW
        with self.db.reading() as session:
            incidents = Incidents(session)

            def of(**match: str) -> History:
                total, recent, last = incidents.earlier(
                    since=since, exclude=exclude, shown=SHOWN, **match, **self.context.scope()
                )
                return History(total, recent, tuple(self.context.visible(last)))

            return CallerHistory(
                phone=of(phone=number) if number else History(),
                address=of(address_key=key) if key else History(),
            )

    def incidents_since(self, moment: datetime, limit: int = 5000) -> list[Incident]:
        """Incidents received since ``moment`` (the queue's "all today"), oldest first."""
        if not self.actor.reads_incidents:
            return []
        with self.db.reading() as session:
            return self.context.visible(Incidents(session).since(moment, limit, **self.context.scope()))

    def today_started(self) -> datetime:
        """Midnight of the desk's local day."""
        local = self.clock().astimezone(self.context.zone)
        return local.replace(hour=0, minute=0, second=0, microsecond=0)

    def search_incidents(self, text: str, limit: int = 100) -> list[Incident]:
        """Incidents of any status and day, newest first, by number, address (as typed or matched),
        description, and — for roles that see callers' identity — the caller's name or number."""
        text = " ".join("".join(c for c in text[:1000] if c.isprintable()).split())[:100]
        if len(text) < 2 or not self.actor.reads_incidents:
            return []
        identity = self.actor.may(Permission.SEE_IDENTITY)
        try:
            phone = (normalize_phone(text) or "") if identity and sum(c.isdigit() for c in text) >= 6 else ""
        except ValidationError:
            phone = ""
        key = search_key(text) if len(text) >= 3 else ""
        with self.db.reading() as session:
            found = Incidents(session).search(
                text,
                address_key=key,
                phone=phone,
                with_callers=identity,
                limit=limit,
                **self.context.scope(),
            )
        return self.context.visible(found)

    def thresholds(self) -> Thresholds:
        """The overdue thresholds the shift lead set last (the defaults until then)."""
        with self.db.reading() as session:
            entry = feed.latest_of(session, "database", 0, ChangeKind.THRESHOLDS_SET.value)
        record = entry.record if entry is not None else None
        return thresholds_of(record) if isinstance(record, ThresholdsChange) else Thresholds()

    def acknowledged_since(self, since: datetime) -> dict[str, dict[str, tuple[str, datetime]]]:
        """Overdue incidents acknowledged since ``since``: number → rule → (who, when)."""
        if not self.actor.reads_operations:
            return {}
        with self.db.reading() as session:
            entries = feed.of_kind_since(session, ChangeKind.INCIDENT_OVERDUE_ACKNOWLEDGED.value, since)
        found: dict[str, dict[str, tuple[str, datetime]]] = {}
        for entry in entries:
            record = entry.record
            if isinstance(record, IncidentChange) and self.context.entry_visible(entry):
                found.setdefault(record.number, {})[record.reason] = (entry.actor, entry.at)
        return found

    def opened_reports(self) -> set[str]:
        """The open app reports that a person has opened (``incident.opened`` in the feed): never again
        "unopened" on any desk, after a restart included."""
        if not self.actor.reads_incidents:
            return set()
        with self.db.reading() as session:
            waiting = [i for i in Incidents(session).open(**self.context.scope()) if i.channel is Channel.APP]
            if not waiting:
                return set()
            since = min(i.received_at for i in waiting)
            entries = feed.of_kind_since(session, ChangeKind.INCIDENT_OPENED.value, since, limit=100_000)
        numbers = {i.number for i in waiting}
        return {
            e.record.number
            for e in entries
            if isinstance(e.record, IncidentChange)
            and e.record.number in numbers
            and self.context.entry_visible(e)
        }

    def units(self) -> list[Unit]:
        if not self.actor.reads_operations:
            return []
        with self.db.reading() as session:
            return live(session, Units(session).all())

    def incidents_named(self, numbers: Sequence[str]) -> list[Incident]:
        """The incidents of these numbers that this person sees, read together (what a feed page names)."""
        if not self.actor.reads_incidents or not numbers:
            return []
        with self.db.reading() as session:
            return self.context.visible(Incidents(session).by_numbers(numbers))

    def units_named(self, call_signs: Sequence[str]) -> list[Unit]:
        if not self.actor.reads_operations or not call_signs:
            return []
        with self.db.reading() as session:
            return live(session, Units(session).by_call_signs(call_signs))

    def unit(self, call_sign: str) -> Unit:
        if not self.actor.reads_operations:
            raise NotFound(f"there is no unit {call_sign}")
        with self.db.reading() as session:
            return live(session, [Units(session).get(call_sign)])[0]

    def positions_after(self, fix_id: int) -> tuple[list[UnitPosition], int]:
        """The units their trackers moved since fix ``fix_id`` (0: every unit's latest), and where to go on
        from: what a desk polls to move its markers, apart from the change feed (a fix a second a unit
        would flood it)."""
        if not self.actor.reads_operations:
            return [], fix_id
        with self.db.reading() as session:
            return Track(session).moved_after(fix_id)

    def feed_after(self, seq: int, limit: int = 1000) -> list[FeedEntry]:
        """The feed's rows after ``seq`` this person may see (see ``feed_page_after``)."""
        return self.feed_page_after(seq, limit)[0]

    def feed_page_after(self, seq: int, limit: int = 1000) -> tuple[list[FeedEntry], int]:
        """Up to ``limit`` rows after ``seq``, less those about incidents and units this person does not
        see, and the last sequence number read (where the next page starts, whatever was left out)."""
        with self.db.reading() as session:
            entries = feed.after(session, seq, limit)
        last = entries[-1].seq if entries else seq
        return [e for e in entries if self.context.entry_visible(e)], last

    def recommend_units(self, number: str, limit: int = 10) -> list[Candidate]:
        """The units to send to an incident, best first, with their reasons."""
        self.actor.require(Permission.DISPATCH)
        incident = self.incident(number)
        units, now = self.units(), self.clock()
        roads = (
            road_times(self.roads, incident, units, now, self.rules, self.posts())
            if self.roads is not None
            else None
        )
        candidates = recommend(incident, units, now, self.rules, limit, roads)
        if roads is not None and self.roads is not None and not roads.fallback:
            roads = with_snaps(self.roads, units, candidates, roads)  # the shown ones' way to their road
            candidates = recommend(incident, units, now, self.rules, limit, roads)
            candidates = with_bridges(self.roads, incident, units, candidates, roads)
        return mark_needed_elsewhere(candidates, incident, self.open_incidents(), units, now, self.rules)

    def posts(self) -> dict[str, tuple[float, float]]:
        """Where each precinct's service centre stands (its address found in the gazetteer): the post a
        unit is measured from while its position is unknown. Found again every ten minutes (an import)."""
        if self._posts is None or time.monotonic() - self._posts[0] > 600:
            found_at, posts = time.monotonic(), {}
            for precinct in self.precincts():
                address = precinct.service_centre_address
                found = self.geo.geocode(address) if address else None
                if found is not None:
                    posts[precinct.code] = (found.lat, found.lon)
            self._posts = (found_at, posts)
        return self._posts[1]

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
        if (location is None and not key) or not self.actor.reads_incidents:
            return []
        related = self.category(category)
        with self.db.reading() as session:
            candidates = self.context.visible(Incidents(session).open(**self.context.scope()))
        return likely_duplicates(
            category,
            related.related if related else (),
            location,
            at or self.clock(),
            candidates,
            radius_m=self.duplicate_radius_m,
            window=self.duplicate_window,
            exclude=exclude,
            address_key=key,
        )

    def feed_of_kinds_after(
        self, seq: int, kinds: Sequence[str], limit: int = 1000
    ) -> tuple[list[FeedEntry], int]:
        with self.db.reading() as session:
            entries, last = feed.of_kinds_after(session, seq, kinds, limit)
        return [e for e in entries if self.context.entry_visible(e)], last

    def last_feed_seq(self) -> int:
        with self.db.reading() as session:
            return feed.last_seq(session)

    def timeline(self, number: str) -> list[FeedEntry]:
        self.incident(number)  # one this person may see
        with self.db.reading() as session:
            return feed.for_entity(session, INCIDENT, Incidents(session).row_id(number))


def live(session: Session, units: list[Unit]) -> list[Unit]:
    """``units`` where their trackers placed them: a unit's latest usable fix, when newer than the position
    the desk last recorded for it, is its position (the recommendation and the board measure from it)."""
    latest = Track(session).latest([u.id for u in units if u.id is not None])
    for unit in units:
        fix = latest.get(unit.id or 0)
        if fix is not None and (unit.position_at is None or fix.at > unit.position_at):
            unit.position, unit.position_at = (fix.lat, fix.lon), fix.at
    return units
