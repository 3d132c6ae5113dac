"""What every use case of one signed-in person shares: the database, the person, the clock, the access
record — and the rules of what that person sees and how a change is made.

``DeskQueries`` (reads), ``DeskService`` (changes), ``ShiftLead`` and ``CallDesk`` all work through one
``DeskContext``: none of them reaches into another's private members, and a rule of visibility is
written once. A change is one ``UnitOfWork`` (``work``) whose records go to the change feed in the same
transaction (``save_incident``, ``save_unit``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypedDict
from zoneinfo import ZoneInfo

from dispatch_desk.domain.access import Permission, Principal
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import AccountChange, AlarmChange, IncidentChange, UnitChange
from dispatch_desk.domain.entities import Incident, Unit
from dispatch_desk.domain.errors import NotFound
from dispatch_desk.domain.values import Caller
from dispatch_desk.services.access_records import AccessRecorder
from dispatch_desk.services.clock import Clock
from dispatch_desk.store.db import Database
from dispatch_desk.store.feed import FeedEntry
from dispatch_desk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from dispatch_desk.domain.entities import Precinct
    from dispatch_desk.domain.enums import UnitStatus
    from dispatch_desk.domain.overdue import Thresholds
    from dispatch_desk.services.geo import GeoService
    from dispatch_desk.services.roads import RoadService
    from dispatch_desk.store.media_files import MediaStore


class Scope(TypedDict):
    precinct: str | None
    confidential: bool | None


class DeskContext:
    def __init__(self, db: Database, actor: Principal, clock: Clock, timezone: str) -> None:
        self.db, self.actor, self.clock = db, actor, clock
        self.zone = ZoneInfo(timezone)
        self.access = AccessRecorder(db, actor, clock)  # who looked at whose data

    # -- what the person acting sees -------------------------------------------------------------
    def sees(self, incident: Incident) -> bool:
        return self.actor.sees(incident.precinct, incident.confidential)

    def shown(self, incident: Incident) -> Incident:
        """The incident as this person may see it: without the caller's identity unless their role needs it."""
        if self.actor.may(Permission.SEE_IDENTITY) or incident.caller.is_empty:
            return incident
        return dataclasses.replace(incident, caller=Caller())

    def visible(self, incidents: list[Incident]) -> list[Incident]:
        return [self.shown(i) for i in incidents if self.sees(i)]

    def entry_visible(self, entry: FeedEntry) -> bool:
        record = entry.record
        if isinstance(record, IncidentChange):
            return self.actor.sees(record.precinct, record.confidential)
        if isinstance(record, UnitChange | AlarmChange):
            return self.actor.reads_operations
        if isinstance(record, AccountChange):  # who has which role: for who manages or audits accounts
            return self.actor.may(Permission.MANAGE_ACCOUNTS) or self.actor.may(Permission.READ_AUDIT)
        return True

    def scope(self, precinct: str | None = None) -> Scope:
        """What a query of incidents is narrowed to for this person: the inspector's home precinct;
        confidential incidents only (anti-corruption officers), or none of them (everybody else)."""
        actor = self.actor
        if precinct is None and not actor.may(Permission.READ_INCIDENTS):
            precinct = actor.home_precinct
        confidential: bool | None = None
        if not actor.may(Permission.CONFIDENTIAL):
            confidential = False
        elif not actor.reads_operations:
            confidential, precinct = True, None
        return Scope(precinct=precinct, confidential=confidential)

    # -- making a change --------------------------------------------------------------------------
    def work(self, permission: Permission | None = None) -> UnitOfWork:
        """A unit of work for a change ``permission`` allows (refused before anything is read)."""
        if permission is not None:
            self.actor.require(permission)
        return UnitOfWork(self.db, self.actor.login, self.clock())

    def visible_incident(self, work: UnitOfWork, number: str) -> Incident:
        """An incident to change: one this person sees (another is answered as not existing)."""
        incident = work.incidents.get(number)
        if not self.sees(incident):
            raise NotFound(f"there is no incident {number}")
        return incident

    @staticmethod
    def save_incident(
        work: UnitOfWork,
        incident: Incident,
        kind: ChangeKind,
        seen: int | None,
        *,
        unit: str | None = None,
        reason: str = "",
        disposition: str = "",
    ) -> None:
        """Store the incident (``seen``: the version the person saw) with its change-feed record."""
        work.incidents.save(incident, seen)
        record = IncidentChange.of(kind, incident, unit=unit, reason=reason, disposition=disposition)
        work.record(record, incident.id)

    @staticmethod
    def save_unit(
        work: UnitOfWork,
        unit: Unit,
        kind: ChangeKind,
        seen: int | None = None,
        *,
        incident: str | None = None,
        reason: str = "",
    ) -> None:
        """Store the unit (``seen``: the version the person saw) with its change-feed record."""
        work.units.save(unit, seen)
        work.record(UnitChange.of(kind, unit, incident=incident, reason=reason), unit.id)


class DeskReads(Protocol):
    """The reads (``DeskQueries``) the desk's companions use."""

    def incident(self, number: str) -> Incident: ...
    def precincts(self) -> list[Precinct]: ...
    def thresholds(self) -> Thresholds: ...
    def last_feed_seq(self) -> int: ...
    def feed_page_after(self, seq: int, limit: int = 1000) -> tuple[list[FeedEntry], int]: ...
    def feed_of_kinds_after(
        self, seq: int, kinds: Sequence[str], limit: int = 1000
    ) -> tuple[list[FeedEntry], int]: ...
    def forget_categories(self) -> None: ...


class Desk(Protocol):
    """What the companions of the desk's use cases (``ShiftLead``, ``CallDesk``, ``CallLine``) use of it:
    its context, its reads and a change of a unit's status — so that they need not import ``DeskService``
    (which builds them) and the services' imports have no cycle."""

    context: DeskContext
    actor: Principal
    clock: Clock
    db: Database
    zone: ZoneInfo
    geo: GeoService
    roads: RoadService | None
    media: MediaStore | None

    @property
    def read(self) -> DeskReads: ...

    def set_unit_status(
        self, call_sign: str, status: UnitStatus, *, seen_version: int | None = None
    ) -> Unit: ...
