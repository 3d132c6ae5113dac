"""The desk's use cases: take a call, dispatch, move units, close, and the queries behind the views.

Every change runs in one transaction that also appends the change-feed rows describing it
(the audit trail and the source of live updates for every workstation). A service is bound to the person
acting (``Principal``): each use case first asks the permission table whether they may, and refuses with
``Forbidden`` whatever the front end showed; the feed records their login.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from dispatch_desk.domain.access import Permission, Principal
from dispatch_desk.domain.categories import DEFAULT_CATEGORIES
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import (
    CategoryChange,
    GazetteerChange,
    IncidentChange,
    PrecinctChange,
    ThresholdsChange,
    UnitChange,
)
from dispatch_desk.domain.dispatch_rules import (
    DispatchRules,
)
from dispatch_desk.domain.entities import Category, Incident, Precinct, Street, Unit
from dispatch_desk.domain.enums import AttachmentKind, Channel, Priority, UnitStatus
from dispatch_desk.domain.errors import DomainError, NotFound, ValidationError
from dispatch_desk.domain.overdue import KINDS as OVERDUE_KINDS
from dispatch_desk.domain.overdue import REASSIGNED_PREFIX, Thresholds, check_thresholds
from dispatch_desk.domain.values import MAX_TEXT, Location, clean_text, require_aware
from dispatch_desk.geo.precincts import PrecinctIndex
from dispatch_desk.services.access_kinds import AccessKind
from dispatch_desk.services.alarms import UnitAlarms
from dispatch_desk.services.app_calls import CallDesk
from dispatch_desk.services.cameras import CameraDesk
from dispatch_desk.services.clock import Clock, utc_now
from dispatch_desk.services.desk_context import DeskContext
from dispatch_desk.services.desk_queries import DeskQueries
from dispatch_desk.services.geo import GeoService
from dispatch_desk.services.new_incident import CallDraft, make_incident
from dispatch_desk.services.road_network import RoadNetworkImport
from dispatch_desk.services.roads import RoadService
from dispatch_desk.services.routes import RouteQueries
from dispatch_desk.services.shift_lead import ShiftLead
from dispatch_desk.store import feed
from dispatch_desk.store.db import Database
from dispatch_desk.store.media_files import MediaStore
from dispatch_desk.store.repositories import Addresses
from dispatch_desk.store.uow import UnitOfWork

__all__ = ["CallDraft", "DeskService"]


GAZETTEER_REACH_M = 20_000  # an address of the city lies within this of some precinct


class DeskService:
    """The desk's use cases: each change is one transaction with its change-feed records; ``read`` holds
    the reads, ``lead`` the shift lead's use cases, ``calls`` the calls from the app — all over one
    ``DeskContext`` (the person acting, their visibility, the access log, the clock)."""

    def __init__(
        self,
        db: Database,
        actor: Principal,
        *,
        geo: GeoService | None = None,
        clock: Clock = utc_now,
        timezone: str = "Asia/Almaty",
        rules: DispatchRules | None = None,
        duplicate_radius_m: float = 200.0,
        duplicate_window: timedelta = timedelta(minutes=30),
        media: MediaStore | None = None,
        roads: RoadService | None = None,
    ) -> None:
        self.db, self.actor, self.clock = db, actor, clock
        self.roads = roads  # the routing engine (None: straight-line estimates only)
        self.context = DeskContext(db, actor, clock, timezone)  # visibility and changes, shared
        self.zone = self.context.zone
        self.geo = geo if geo is not None else GeoService(db, clock=clock)
        self.read = DeskQueries(
            self.context,
            self.geo,
            rules=rules,
            duplicate_radius_m=duplicate_radius_m,
            duplicate_window=duplicate_window,
            roads=roads,
        )
        self.geography = self.read.geography
        self.media = media
        self.lead = ShiftLead(self)  # the shift lead's own use cases: shifts, look-outs, the handover
        self.calls = CallDesk(self)  # calls from the app: ringing, answering, missed ones called back
        self.alarms = UnitAlarms(self)  # officer-in-danger alarms from the trackers
        self.road_network = RoadNetworkImport(self.context, roads)  # the routing engine's roads
        self.routes = RouteQueries(self.read, roads)  # a unit's way to an incident, the free units' reach
        self.cameras = CameraDesk(self.context, self.read, self.geo, media)  # the city's cameras

    # -- who saw what ---------------------------------------------------------------------------
    def open_incident(self, number: str, *, looked: bool = True) -> Incident:
        """The incident as this person opens it (the detail view): reading a caller's identity, or a
        confidential report at all, writes an access record — once per person, incident and
        ``REOPENED_AFTER``, however often the view is refreshed meanwhile. ``looked`` False: the desk
        showed it by itself (selected after a save, the first row at start), no person's look."""
        incident = self.read.incident(number)
        if not looked:
            return incident
        if incident.channel is Channel.APP and incident.status.is_open and not incident.confidential:
            self._first_opened(incident)
        if incident.confidential:
            self.context.access.record(AccessKind.CONFIDENTIAL_OPENED, number, confidential=True)
        if not incident.caller.is_empty:
            self.context.access.record(AccessKind.IDENTITY_VIEWED, number, confidential=incident.confidential)
        return incident

    def _first_opened(self, incident: Incident) -> None:
        """An app report a person opens for the first time: recorded in the feed (who and when), so that
        no desk counts it as unopened again, after a restart included."""
        kind = ChangeKind.INCIDENT_OPENED.value
        if incident.id is None:  # never stored: nothing to record
            return
        with self.db.reading() as session:
            if feed.latest_of(session, "incident", incident.id, kind) is not None:
                return
        with self.context.work() as work:
            work.record(IncidentChange.of(ChangeKind.INCIDENT_OPENED, incident), incident.id)
            work.commit()

    def media_file(self, number: str, sha256: str, *, opened: bool = True) -> Path:
        """Where a photo, video or voice message of incident ``number`` is stored, for a person who sees
        the incident. ``opened`` (played or opened, not a thumbnail): written to the access log."""
        if self.media is None:
            raise NotFound("this desk has no media store")
        incident = self.read.incident(number)
        attachment = next((a for a in incident.attachments if a.sha256 == sha256), None)
        if attachment is None:
            raise NotFound(f"incident {number} has no such file")
        if opened:
            detail = f"{attachment.kind.value} {sha256[:12]}"
            self.context.access.record(
                AccessKind.MEDIA_OPENED, number, detail, force=True, confidential=incident.confidential
            )
        return self.media.path(sha256)

    def photo_files(self, incident: Incident) -> dict[str, Path]:
        """Where the photos of ``incident`` (as this person opened it) are stored, for its thumbnails:
        not an access, and no second reading of the incident."""
        if self.media is None:
            return {}
        return {
            a.sha256: self.media.path(a.sha256)
            for a in incident.attachments
            if a.kind is AttachmentKind.PHOTO
        }

    def ensure_reference_data(self) -> int:
        """Add the default categories that are missing; edited ones are left as they are."""
        added = 0
        with self.context.work(Permission.MANAGE_REFERENCE) as work:
            for category in DEFAULT_CATEGORIES:
                if work.categories.find(category.code) is None:
                    work.categories.put(category)
                    added += 1
            work.commit()
        return added

    def save_category(self, category: Category) -> None:
        with self.context.work(Permission.MANAGE_REFERENCE) as work:
            work.categories.put(category)
            work.record(CategoryChange(ChangeKind.CATEGORY_SAVED, category.code))
            work.commit()
        self.read.forget_categories()

    def precinct_index(self) -> PrecinctIndex:
        return self.geo.precinct_index()

    def replace_precincts(self, precincts: list[Precinct]) -> None:
        self.import_precincts(precincts, replace=True)

    def import_precincts(self, precincts: list[Precinct], *, replace: bool = False) -> None:
        """Store imported precincts in one transaction. Without ``replace`` an existing code is an error."""
        with self.context.work(Permission.MANAGE_GEOGRAPHY) as work:
            if replace:
                work.precincts.delete_all()
            else:
                existing = {p.code for p in work.precincts.all()}
                clash = sorted(existing & {p.code for p in precincts})
                if clash:
                    raise ValidationError(
                        f"precinct codes already exist: {', '.join(clash[:10])}; use --replace to replace all precincts"
                    )
            for precinct in precincts:
                work.precincts.add(precinct)
                work.record(PrecinctChange.of(precinct), precinct.id)
            work.commit()
        self.geo.reload(precincts=True)

    def replace_gazetteer(self, streets: list[Street], addresses: list[dict]) -> int:
        """Replace all streets and addresses in one transaction. ``addresses`` are dicts of
        street_name, housenumber, lat, lon, source, source_id. Addresses farther than ``GAZETTEER_REACH_M``
        from every precinct (a damaged coordinate) are left out; returns how many."""
        self.actor.require(Permission.MANAGE_GEOGRAPHY)
        index = self.geo.precinct_index()
        if addresses and len(index):
            near = index.within(
                [a["lat"] for a in addresses], [a["lon"] for a in addresses], GAZETTEER_REACH_M
            )
            kept = [a for a, ok in zip(addresses, near, strict=True) if ok]
            if not kept:
                raise ValidationError(
                    f"none of the {len(addresses)} addresses lies within {GAZETTEER_REACH_M // 1000} km of the "
                    "precincts: nothing was replaced"
                )
            left_out, addresses = len(addresses) - len(kept), kept
        else:
            left_out = 0
        with self.context.work(Permission.MANAGE_GEOGRAPHY) as work:
            work.streets.delete_all()
            for street in streets:
                work.streets.add(street)
            Addresses(work.session).add_many([{"street_id": None, **a} for a in addresses])
            work.record(GazetteerChange(ChangeKind.GAZETTEER_REPLACED, len(streets), len(addresses)))
            work.commit()
        self.geo.reload(gazetteer=True)
        return left_out

    def add_unit(self, unit: Unit) -> Unit:
        with self.context.work(Permission.MANAGE_UNITS) as work:
            unit.status_since = unit.status_since or work.now
            work.units.add(unit)
            work.record(UnitChange.of(ChangeKind.UNIT_CREATED, unit), unit.id)
            work.commit()
        return unit

    # -- incidents ------------------------------------------------------------------------------
    def create_incident(self, draft: CallDraft) -> Incident:
        self.actor.require(Permission.TAKE_CALLS)
        category = self.read.category(draft.category)
        if category is None:
            raise ValidationError(f"'{draft.category}' is not a known category")
        incident = make_incident(draft, category, self.geography, now=self.clock())
        with self.context.work() as work:
            work.incidents.add(incident, incident.received_at.astimezone(self.zone).year)
            work.record(IncidentChange.of(ChangeKind.INCIDENT_CREATED, incident), incident.id)
            work.commit()
        return incident

    def dispatch(
        self, number: str, call_sign: str, *, seen_version: int | None = None, reason: str = ""
    ) -> Incident:
        """Send a unit to an incident. A unit busy elsewhere must be moved with ``reassign``."""
        with self.context.work(Permission.DISPATCH) as work:
            incident = self.context.visible_incident(work, number)
            unit = work.units.get(call_sign)
            if unit.status.is_committed and unit.current_incident and unit.current_incident != number:
                raise DomainError(
                    f"unit {call_sign} is working incident {unit.current_incident}; reassign it with a reason"
                )
            incident.assign(unit, work.now, reason)
            unit.dispatch_to(incident.number, work.now)
            self.context.save_incident(
                work, incident, ChangeKind.INCIDENT_DISPATCHED, seen_version, unit=call_sign
            )
            self.context.save_unit(work, unit, ChangeKind.UNIT_DISPATCHED, incident=number)
            work.commit()
        return incident

    def reassign(
        self, call_sign: str, to_number: str, reason: str, *, seen_version: int | None = None
    ) -> Incident:
        """Move a unit from the incident it works to another one, recording why."""
        reason = clean_text(reason, "reason", MAX_TEXT["message"], required=True)
        with self.context.work(Permission.DISPATCH) as work:
            unit = work.units.get(call_sign)
            target = self.context.visible_incident(work, to_number)
            if unit.current_incident == to_number:
                raise DomainError(f"unit {call_sign} is already on incident {to_number}")
            if unit.current_incident:
                source = work.incidents.get(unit.current_incident)
                if source.precinct != target.precinct:
                    self.actor.require(Permission.REASSIGN_ACROSS_PRECINCTS)
                source.clear_unit(unit.id or 0, work.now, f"{REASSIGNED_PREFIX}{to_number}: {reason}")
                self.context.save_incident(
                    work, source, ChangeKind.INCIDENT_UNIT_CLEARED, None, unit=call_sign, reason=reason
                )
            target.assign(unit, work.now, reason)
            unit.dispatch_to(target.number, work.now)
            self.context.save_incident(
                work, target, ChangeKind.INCIDENT_DISPATCHED, seen_version, unit=call_sign, reason=reason
            )
            self.context.save_unit(work, unit, ChangeKind.UNIT_REASSIGNED, incident=to_number, reason=reason)
            work.commit()
        return target

    def _unit_on_incident(self, work: UnitOfWork, call_sign: str) -> tuple[Unit, Incident]:
        unit = work.units.get(call_sign)
        if not unit.current_incident:
            raise DomainError(f"unit {call_sign} is not assigned to an incident")
        return unit, work.incidents.get(unit.current_incident)

    def unit_en_route(self, call_sign: str) -> Incident:
        return self._unit_steps(call_sign, UnitStatus.EN_ROUTE, ChangeKind.INCIDENT_EN_ROUTE)

    def unit_on_scene(self, call_sign: str) -> Incident:
        return self._unit_steps(call_sign, UnitStatus.ON_SCENE, ChangeKind.INCIDENT_ON_SCENE)

    def _unit_steps(self, call_sign: str, status: UnitStatus, kind: ChangeKind) -> Incident:
        """The unit on its incident goes en route or arrives: both recorded, in one transaction."""
        with self.context.work(Permission.DISPATCH) as work:
            unit, incident = self._unit_on_incident(work, call_sign)
            unit.set_status(status, work.now)
            if status is UnitStatus.EN_ROUTE:
                incident.unit_en_route(unit.id or 0, work.now)
            else:
                incident.unit_on_scene(unit.id or 0, work.now)
            self.context.save_incident(work, incident, kind, None, unit=call_sign)
            self.context.save_unit(work, unit, ChangeKind.UNIT_STATUS)
            work.commit()
        return incident

    def clear_unit(self, call_sign: str, reason: str = "") -> Incident:
        """The unit is done with its incident and free again; the incident stays open."""
        with self.context.work(Permission.DISPATCH) as work:
            unit, incident = self._unit_on_incident(work, call_sign)
            incident.clear_unit(unit.id or 0, work.now, reason)
            unit.set_status(UnitStatus.AVAILABLE, work.now)
            self.context.save_incident(
                work, incident, ChangeKind.INCIDENT_UNIT_CLEARED, None, unit=call_sign, reason=reason
            )
            self.context.save_unit(work, unit, ChangeKind.UNIT_STATUS)
            work.commit()
        return incident

    def _end(self, number: str, kind: ChangeKind, seen_version: int | None, end) -> Incident:
        """Close or cancel an incident; its units become available in the same transaction."""
        with self.context.work(Permission.DISPATCH) as work:
            incident = self.context.visible_incident(work, number)
            cleared = end(incident, work.now)
            self.context.save_incident(work, incident, kind, seen_version, disposition=incident.disposition)
            for assignment in cleared:
                unit = work.units.get(assignment.call_sign)
                if unit.current_incident == incident.number:
                    unit.set_status(UnitStatus.AVAILABLE, work.now)
                    self.context.save_unit(work, unit, ChangeKind.UNIT_STATUS)
            work.commit()
        return incident

    def close(
        self,
        number: str,
        disposition: str,
        citizen_message: str = "",
        *,
        code: str = "",
        seen_version: int | None = None,
    ) -> Incident:
        """Close with a disposition ``code`` from the list and/or free text (one of them at least)."""
        return self._end(
            number,
            ChangeKind.INCIDENT_CLOSED,
            seen_version,
            lambda i, now: i.close(now, disposition, citizen_message, code),
        )

    # -- the shift lead: overdue incidents -------------------------------------------------------
    def acknowledge_overdue(self, number: str, kind: str) -> Incident:
        """The shift lead has seen that incident ``number`` is overdue (rule ``kind``): recorded in the
        feed with who and when; every desk marks it acknowledged."""
        if kind not in OVERDUE_KINDS:
            raise ValidationError(f"'{kind[:40]}' is not an overdue rule")
        with self.context.work(Permission.LEAD_SHIFT) as work:
            incident = self.context.visible_incident(work, number)
            work.record(
                IncidentChange.of(ChangeKind.INCIDENT_OVERDUE_ACKNOWLEDGED, incident, reason=kind),
                incident.id,
            )
            work.commit()
        return incident

    def set_thresholds(self, thresholds: Thresholds) -> Thresholds:
        """The centre's overdue thresholds from now on, for every desk (through the feed)."""
        check_thresholds(thresholds)
        limits = thresholds.not_dispatched_s
        with self.context.work(Permission.LEAD_SHIFT) as work:
            work.record(
                ThresholdsChange(
                    ChangeKind.THRESHOLDS_SET,
                    float(limits[1]),
                    float(limits[2]),
                    float(limits[3]),
                    float(limits[4]),
                    float(thresholds.en_route_s),
                    float(thresholds.on_scene_s),
                    float(thresholds.app_unopened_s),
                ),
                0,
            )
            work.commit()
        return thresholds

    def cancel(self, number: str, reason: str, *, seen_version: int | None = None) -> Incident:
        return self._end(
            number, ChangeKind.INCIDENT_CANCELLED, seen_version, lambda i, now: i.cancel(now, reason)
        )

    def set_location(self, number: str, location: Location, *, seen_version: int | None = None) -> Incident:
        """The operator places (or corrects) an incident's location; its precinct follows."""
        self.actor.require(Permission.DISPATCH)
        precinct = self.geo.locate(location.lat, location.lon)
        with self.context.work() as work:
            incident = self.context.visible_incident(work, number)
            incident.set_location(location, precinct, work.now)
            self.context.save_incident(work, incident, ChangeKind.INCIDENT_LOCATED, seen_version)
            work.commit()
        return incident

    def reopen(self, number: str, reason: str, *, seen_version: int | None = None) -> Incident:
        with self.context.work(Permission.REOPEN) as work:
            incident = self.context.visible_incident(work, number)
            incident.reopen(work.now, reason)
            self.context.save_incident(
                work, incident, ChangeKind.INCIDENT_REOPENED, seen_version, reason=reason.strip()
            )
            work.commit()
        return incident

    def set_unit_status(self, call_sign: str, status: UnitStatus, *, seen_version: int | None = None) -> Unit:
        """Statuses outside an incident's flow: busy, meal break, off shift, returning, available. A unit
        off shift goes on shift with its crew (``lead.start_shift``)."""
        status = UnitStatus(status)
        managed = status in (UnitStatus.OFF_SHIFT, UnitStatus.MEAL_BREAK)
        self.actor.require(Permission.MANAGE_UNITS if managed else Permission.DISPATCH)
        with self.context.work() as work:
            unit = work.units.get(call_sign)
            if status.is_committed:
                raise DomainError(f"use dispatch, en route or on scene to put {call_sign} on an incident")
            if unit.status is UnitStatus.OFF_SHIFT and status is not UnitStatus.OFF_SHIFT:
                raise DomainError(f"unit {call_sign} is off shift: start its shift with its crew")
            if unit.current_incident and status != unit.status:
                incident = work.incidents.get(unit.current_incident)
                incident.clear_unit(unit.id or 0, work.now, f"unit {status.value}")
                self.context.save_incident(
                    work, incident, ChangeKind.INCIDENT_UNIT_CLEARED, None, unit=call_sign
                )
            if status is UnitStatus.OFF_SHIFT and unit.status is not UnitStatus.OFF_SHIFT:
                unit.set_status(UnitStatus.AVAILABLE if unit.status.is_committed else unit.status, work.now)
                unit.end_shift(work.now)
                self.context.save_unit(work, unit, ChangeKind.UNIT_SHIFT_ENDED, seen_version)
            else:
                unit.set_status(status, work.now)
                self.context.save_unit(work, unit, ChangeKind.UNIT_STATUS, seen_version)
            work.commit()
        return unit

    def report_position(self, call_sign: str, lat: float, lon: float, at: datetime | None = None) -> Unit:
        with self.context.work(Permission.DISPATCH) as work:
            unit = work.units.get(call_sign)
            unit.report_position(lat, lon, require_aware(at, "position time") if at else work.now)
            self.context.save_unit(work, unit, ChangeKind.UNIT_POSITION)
            work.commit()
        return unit

    def set_priority(
        self, number: str, priority: Priority, reason: str, *, seen_version: int | None = None
    ) -> Incident:
        """The shift lead overrides an incident's priority, saying why."""
        priority = Priority.parse(priority)
        reason = clean_text(reason, "reason", MAX_TEXT["message"], required=True)
        with self.context.work(Permission.OVERRIDE_PRIORITY) as work:
            incident = self.context.visible_incident(work, number)
            incident.set_priority(priority, work.now)
            self.context.save_incident(
                work, incident, ChangeKind.INCIDENT_PRIORITY, seen_version, reason=reason
            )
            work.commit()
        return incident
