"""Entities: incidents with their assignments, units, precincts, categories.

They are mutable dataclasses that enforce their own rules; the store maps them to rows
and the services call their methods inside one unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.domain.dispositions import check_disposition
from dispatch_desk.domain.enums import (
    AttachmentKind,
    Channel,
    IncidentStatus,
    LocationSource,
    Priority,
    UnitKind,
    UnitStatus,
)
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.transitions import (
    UNIT_REASSIGNABLE,
    check_incident_transition,
    check_unit_transition,
)
from dispatch_desk.domain.values import MAX_TEXT, Caller, Location, OpeningHours, clean_text

LONGEST_LOAN = timedelta(hours=12)  # a unit is lent for at most a shift


@dataclass(slots=True)
class Category:
    code: str
    default_priority: Priority
    name_en: str
    name_ru: str
    name_kk: str
    related: tuple[str, ...] = ()
    active: bool = True
    confidential: bool = False  # corruption reports, complaints about police: anti-corruption officers only

    def name(self, lang: str) -> str:
        return {"ru": self.name_ru, "kk": self.name_kk}.get(lang, self.name_en)


@dataclass(slots=True)
class Attachment:
    kind: AttachmentKind
    sha256: str
    media_type: str
    size: int
    original_name: str = ""
    id: int | None = None


@dataclass(slots=True)
class Assignment:
    """One unit sent to one incident, with its own times."""

    unit_id: int
    call_sign: str
    dispatched_at: datetime
    en_route_at: datetime | None = None
    on_scene_at: datetime | None = None
    cleared_at: datetime | None = None
    reason: str = ""  # why the unit was sent here instead of where it was (reassignment)
    cleared_reason: str = ""
    id: int | None = None

    @property
    def active(self) -> bool:
        return self.cleared_at is None


@dataclass(slots=True)
class Incident:
    channel: Channel
    category: str
    priority: Priority
    received_at: datetime
    created_at: datetime
    description: str = ""
    address: str = ""
    address_key: str = ""
    typed_address: str = ""  # as typed or sent, when it differs from the matched ``address``
    location: Location | None = None
    precinct: str | None = None
    caller: Caller = field(default_factory=Caller)
    attachments: list[Attachment] = field(default_factory=list)
    status: IncidentStatus = IncidentStatus.NEW
    parent_number: str | None = None  # duplicate of / part of another incident
    disposition: str = ""
    disposition_code: str = ""  # of DISPOSITION_CODES (closed incidents)
    citizen_message: str = ""  # "measures taken", sent back to the author of a report
    first_dispatched_at: datetime | None = None
    first_en_route_at: datetime | None = None
    first_on_scene_at: datetime | None = None
    closed_at: datetime | None = None
    updated_at: datetime | None = None
    video_call_requested: bool = False
    # Of a confidential category: seen and handled by anti-corruption officers only.
    confidential: bool = False
    assignments: list[Assignment] = field(default_factory=list)
    number: str = ""
    id: int | None = None
    version: int = 0

    # -- status ----------------------------------------------------------------------------------
    def _move(self, to: IncidentStatus, at: datetime) -> None:
        check_incident_transition(self.status, to)
        self.status = to
        self.updated_at = at

    def active_assignments(self) -> list[Assignment]:
        return [a for a in self.assignments if a.active]

    def assignment_of(self, unit_id: int) -> Assignment:
        for assignment in self.assignments:
            if assignment.unit_id == unit_id and assignment.active:
                return assignment
        raise DomainError(f"unit {unit_id} is not assigned to incident {self.number}")

    def assign(self, unit: Unit, at: datetime, reason: str = "") -> Assignment:
        if self.confidential:
            raise DomainError(
                f"incident {self.number} is a confidential report: anti-corruption officers handle it, "
                "patrol units are not sent to it"
            )
        if not self.status.is_open:
            raise DomainError(f"incident {self.number} is {self.status.value}; reopen it before dispatching")
        if any(a.unit_id == unit.id for a in self.active_assignments()):
            raise DomainError(f"unit {unit.call_sign} is already assigned to incident {self.number}")
        assignment = Assignment(
            unit_id=unit.id or 0,
            call_sign=unit.call_sign,
            dispatched_at=at,
            reason=clean_text(reason, "reason", MAX_TEXT["message"]),
        )
        self.assignments.append(assignment)
        if self.status in (IncidentStatus.NEW, IncidentStatus.REOPENED):
            self._move(IncidentStatus.DISPATCHED, at)
        if self.first_dispatched_at is None:
            self.first_dispatched_at = at
        self.updated_at = at
        return assignment

    def unit_en_route(self, unit_id: int, at: datetime) -> None:
        assignment = self.assignment_of(unit_id)
        assignment.en_route_at = assignment.en_route_at or at
        if self.first_en_route_at is None:
            self.first_en_route_at = at
        if self.status == IncidentStatus.DISPATCHED:
            self._move(IncidentStatus.EN_ROUTE, at)
        self.updated_at = at

    def unit_on_scene(self, unit_id: int, at: datetime) -> None:
        assignment = self.assignment_of(unit_id)
        assignment.on_scene_at = assignment.on_scene_at or at
        if self.first_on_scene_at is None:
            self.first_on_scene_at = at
        if self.status in (IncidentStatus.DISPATCHED, IncidentStatus.EN_ROUTE):
            self._move(IncidentStatus.ON_SCENE, at)
        self.updated_at = at

    def clear_unit(self, unit_id: int, at: datetime, reason: str = "") -> Assignment:
        """The unit leaves this incident. With no unit left on an open incident it waits again — also
        after a unit was on scene: the status follows the units, never "on scene" with nobody there."""
        assignment = self.assignment_of(unit_id)
        assignment.cleared_at = at
        assignment.cleared_reason = clean_text(reason, "reason", MAX_TEXT["message"])
        working = (IncidentStatus.DISPATCHED, IncidentStatus.EN_ROUTE, IncidentStatus.ON_SCENE)
        if self.status in working and not self.active_assignments():
            self._move(IncidentStatus.NEW, at)
        self.updated_at = at
        return assignment

    def _end(self, status: IncidentStatus, at: datetime, why: str) -> list[Assignment]:
        """Close or cancel: every unit still on the incident is cleared with it."""
        self._move(status, at)
        cleared = self.active_assignments()
        for assignment in cleared:
            assignment.cleared_at = at
            assignment.cleared_reason = why
        self.closed_at = at
        return cleared

    def close(
        self, at: datetime, disposition: str, citizen_message: str = "", code: str = ""
    ) -> list[Assignment]:
        """Closed with a disposition ``code`` (see ``dispositions``) and/or its free text."""
        disposition = clean_text(disposition, "disposition", MAX_TEXT["message"])
        code = check_disposition(code, disposition)
        message = clean_text(citizen_message, "measures taken", MAX_TEXT["message"])
        cleared = self._end(IncidentStatus.CLOSED, at, "incident closed")
        self.disposition = disposition
        self.disposition_code = code
        self.citizen_message = message
        return cleared

    def cancel(self, at: datetime, reason: str) -> list[Assignment]:
        reason = clean_text(reason, "reason", MAX_TEXT["message"], required=True)
        cleared = self._end(IncidentStatus.CANCELLED, at, "incident cancelled")
        self.disposition = reason
        return cleared

    def reopen(self, at: datetime, reason: str) -> None:
        clean_text(reason, "reason", MAX_TEXT["message"], required=True)
        self._move(IncidentStatus.REOPENED, at)
        self.closed_at = None

    def set_priority(self, priority: Priority, at: datetime) -> None:
        if not self.status.is_open:
            raise DomainError(
                f"incident {self.number} is {self.status.value}; its priority no longer matters"
            )
        if priority == self.priority:
            raise DomainError(f"incident {self.number} has priority {int(priority)} already")
        self.priority = Priority(priority)
        self.updated_at = at

    def set_location(self, location: Location | None, precinct: str | None, at: datetime) -> None:
        self.location = location
        self.precinct = precinct
        self.updated_at = at

    @property
    def location_verified(self) -> bool:
        return self.location is not None and self.location.source != LocationSource.UNVERIFIED

    def summary(self) -> dict[str, Any]:
        """A JSON-ready view, used by the command line and the change feed."""
        loc = self.location
        return {
            "id": self.id,
            "number": self.number,
            "status": self.status.value,
            "priority": int(self.priority),
            "category": self.category,
            "channel": self.channel.value,
            "address": self.address,
            "precinct": self.precinct,
            "lat": loc.lat if loc else None,
            "lon": loc.lon if loc else None,
            "location_source": loc.source.value if loc else None,
            "received_at": self.received_at.isoformat(),
            "units": [a.call_sign for a in self.active_assignments()],
            "version": self.version,
        }


@dataclass(slots=True)
class Unit:
    call_sign: str
    kind: UnitKind
    home_precinct: str | None
    crew: list[str] = field(default_factory=list)
    status: UnitStatus = UnitStatus.AVAILABLE
    status_since: datetime | None = None
    position: tuple[float, float] | None = None  # lat, lon
    position_at: datetime | None = None
    current_incident: str | None = None  # incident number
    id: int | None = None
    version: int = 0
    lent_to: str | None = None  # the precinct the shift lead lent the unit to, until ``lent_until``
    lent_until: datetime | None = None

    def __post_init__(self) -> None:
        self.call_sign = clean_text(self.call_sign, "call sign", 40, required=True)

    def precinct_at(self, now: datetime) -> str | None:
        """The precinct the unit serves at ``now``: the one it is lent to while the loan runs, else its own."""
        if self.lent_to and self.lent_until is not None and now < self.lent_until:
            return self.lent_to
        return self.home_precinct

    def is_lent(self, now: datetime) -> bool:
        return self.precinct_at(now) != self.home_precinct

    def start_shift(self, crew: list[str], at: datetime) -> None:
        """The unit goes on shift with its crew (one name at least)."""
        names = [clean_text(name, "crew member", 120) for name in crew]
        names = [name for name in names if name]
        if not names:
            raise ValidationError(f"unit {self.call_sign} goes on shift with its crew: name one at least")
        if len(names) > 6:
            raise ValidationError("a crew has at most 6 people")
        if self.status is not UnitStatus.OFF_SHIFT:
            raise DomainError(f"unit {self.call_sign} is already on shift")
        self.set_status(UnitStatus.AVAILABLE, at)
        self.crew = names

    def end_shift(self, at: datetime) -> None:
        """Off shift: the crew goes home, a loan ends. Not while the unit works an incident."""
        if self.status.is_committed:
            raise DomainError(
                f"unit {self.call_sign} is working incident {self.current_incident}: clear it first"
            )
        self.set_status(UnitStatus.OFF_SHIFT, at)
        self.crew = []
        self.end_loan()

    def lend(self, precinct: str, until: datetime, now: datetime) -> None:
        """Serve precinct ``precinct`` until ``until`` (at most a shift ahead); recommendations follow."""
        if self.status is UnitStatus.OFF_SHIFT:
            raise DomainError(f"unit {self.call_sign} is off shift")
        if precinct == self.home_precinct:
            raise ValidationError(f"precinct {precinct} is the unit's own")
        if not now < until <= now + LONGEST_LOAN:
            raise ValidationError("a loan ends in the future and within 12 hours")
        self.lent_to, self.lent_until = precinct, until

    def end_loan(self) -> None:
        self.lent_to, self.lent_until = None, None

    def set_status(self, status: UnitStatus, at: datetime) -> None:
        if status == self.status:
            return
        check_unit_transition(self.status, status)
        self.status = status
        self.status_since = at
        if not status.is_committed:
            self.current_incident = None

    def dispatch_to(self, incident_number: str, at: datetime) -> None:
        """Send the unit to an incident: from a free state, or away from its current one."""
        if self.status in UNIT_REASSIGNABLE:
            self.status = UnitStatus.DISPATCHED
            self.status_since = at
        else:
            self.set_status(UnitStatus.DISPATCHED, at)
        self.current_incident = incident_number

    def report_position(self, lat: float, lon: float, at: datetime) -> None:
        location = Location(lat, lon, LocationSource.GPS)
        self.position = (location.lat, location.lon)
        self.position_at = at

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "call_sign": self.call_sign,
            "kind": self.kind.value,
            "home_precinct": self.home_precinct,
            "status": self.status.value,
            "current_incident": self.current_incident,
            "crew": list(self.crew),
            "lat": self.position[0] if self.position else None,
            "lon": self.position[1] if self.position else None,
            "position_at": self.position_at.isoformat() if self.position_at else None,
            "version": self.version,
            "lent_to": self.lent_to,
            "lent_until": self.lent_until.isoformat() if self.lent_until else None,
        }


@dataclass(slots=True)
class Precinct:
    code: str
    name_kk: str
    name_ru: str
    name_en: str
    boundary: dict[str, Any]  # GeoJSON Polygon or MultiPolygon geometry, lon/lat
    service_centre_address: str = ""
    phone: str | None = None
    opening_hours: OpeningHours | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        self.code = clean_text(self.code, "precinct code", 40, required=True)
        kind = self.boundary.get("type") if isinstance(self.boundary, dict) else None
        if kind not in ("Polygon", "MultiPolygon"):
            raise ValidationError(f"precinct {self.code}: boundary must be a Polygon or MultiPolygon")

    def name(self, lang: str) -> str:
        return {"ru": self.name_ru, "kk": self.name_kk}.get(lang, self.name_en)

    def summary(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name_kk": self.name_kk,
            "name_ru": self.name_ru,
            "name_en": self.name_en,
            "service_centre_address": self.service_centre_address,
            "phone": self.phone,
            "opening_hours": str(self.opening_hours) if self.opening_hours else None,
        }


@dataclass(slots=True)
class Street:
    """A street of the gazetteer with its spellings and house-number range."""

    name_ru: str
    name_kk: str
    name_en: str
    geometry: dict[str, Any]  # GeoJSON LineString or MultiLineString, lon/lat
    house_min: int | None = None
    house_max: int | None = None
    kind: str = "street"
    alt_names: list[str] = field(default_factory=list)
    id: int | None = None

    def name(self, lang: str) -> str:
        return {"ru": self.name_ru, "kk": self.name_kk}.get(lang, self.name_en)

    def spellings(self) -> list[str]:
        return [self.name_ru, self.name_kk, self.name_en, *self.alt_names]
