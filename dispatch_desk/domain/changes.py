"""The kinds of change the desk records, and a typed record for each.

Every committed change appends one row per record to the change feed (the audit trail, and what every
workstation and intake server follows). Writers build a record (``IncidentChange.of(incident, ...)``);
readers get the same record back from ``FeedEntry.record``. A record reads the JSON its kind was stored
as: fields it does not know are ignored and fields an older version did not write take their defaults,
so a row written by any version of the desk still reads. A kind this version does not know reads as an
``UnknownChange``; so does a row whose stored values are not of their fields' types (a row forged with
plain SQL, say): ``read_change`` checks each value against its field and refuses the row, and the desk
logs and skips it instead of trusting it.

The kinds are in ``change_kinds``; ``change_summary.Changes`` sums up what one action (or one poll of the
feed) changed, by the keys views refresh by.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, get_type_hints

from dispatch_desk.domain.change_kinds import ChangeKind

if TYPE_CHECKING:
    from dispatch_desk.domain.calls import AppCall
    from dispatch_desk.domain.entities import Incident, Precinct, Unit


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields_of(cls: type) -> tuple[str, ...]:
    """A record class's stored fields (all but its kind), worked out once per class."""
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.name != "kind")
    return fields


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """What every record has: its kind. ``payload()`` is what the feed stores."""

    kind: ChangeKind

    KINDS: ClassVar[tuple[ChangeKind, ...]] = ()
    SUBJECT: ClassVar[str] = ""  # the field that names what changed (an incident number, a call sign)

    @property
    def subject(self) -> str:
        """What the change was about, as the audit trail finds it: ``SUBJECT``'s value."""
        return str(getattr(self, self.SUBJECT) or "") if self.SUBJECT else ""

    def payload(self) -> dict[str, Any]:
        """The JSON the feed stores: every field but the kind, tuples as lists (values are flat)."""
        data = {}
        for f in _fields_of(type(self)):
            value = getattr(self, f)
            data[f] = list(value) if isinstance(value, tuple) else value
        return data


@dataclass(frozen=True, slots=True)
class IncidentChange(ChangeRecord):
    """An incident as it stood after the change, and what the change was about (unit, reason)."""

    number: str = ""
    status: str = ""
    priority: int = 4
    category: str = ""
    channel: str = ""
    address: str = ""
    precinct: str | None = None
    lat: float | None = None
    lon: float | None = None
    location_source: str | None = None
    received_at: str | None = None
    units: tuple[str, ...] = ()
    version: int = 0
    unit: str | None = None  # the unit the change was about
    reason: str = ""
    disposition: str = ""
    attachments: int = 0
    confidential: bool = False
    disposition_code: str = ""

    KINDS: ClassVar[tuple[ChangeKind, ...]] = tuple(k for k in ChangeKind if k.entity == "incident")
    SUBJECT: ClassVar[str] = "number"

    @classmethod
    def of(
        cls,
        kind: ChangeKind,
        incident: Incident,
        *,
        unit: str | None = None,
        reason: str = "",
        disposition: str = "",
    ) -> IncidentChange:
        loc = incident.location
        return cls(
            kind,
            incident.number,
            incident.status.value,
            int(incident.priority),
            incident.category,
            incident.channel.value,
            incident.address,
            incident.precinct,
            loc.lat if loc else None,
            loc.lon if loc else None,
            loc.source.value if loc else None,
            incident.received_at.isoformat(),
            tuple(a.call_sign for a in incident.active_assignments()),
            incident.version,
            unit,
            reason,
            disposition,
            len(incident.attachments),
            incident.confidential,
            incident.disposition_code if kind is ChangeKind.INCIDENT_CLOSED else "",
        )


@dataclass(frozen=True, slots=True)
class UnitChange(ChangeRecord):
    """A unit as it stood after the change; ``incident`` it was sent to, and why."""

    call_sign: str = ""
    kind_of_unit: str = ""
    home_precinct: str | None = None
    status: str = ""
    current_incident: str | None = None
    crew: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    position_at: str | None = None
    version: int = 0
    incident: str | None = None
    reason: str = ""
    lent_to: str | None = None
    lent_until: str | None = None

    KINDS: ClassVar[tuple[ChangeKind, ...]] = tuple(k for k in ChangeKind if k.entity == "unit")
    SUBJECT: ClassVar[str] = "call_sign"

    @classmethod
    def of(cls, kind: ChangeKind, unit: Unit, *, incident: str | None = None, reason: str = "") -> UnitChange:
        position = unit.position
        return cls(
            kind,
            unit.call_sign,
            unit.kind.value,
            unit.home_precinct,
            unit.status.value,
            unit.current_incident,
            tuple(unit.crew),
            position[0] if position else None,
            position[1] if position else None,
            unit.position_at.isoformat() if unit.position_at else None,
            unit.version,
            incident,
            reason,
            unit.lent_to,
            unit.lent_until.isoformat() if unit.lent_until else None,
        )

    def payload(self) -> dict[str, Any]:
        data = ChangeRecord.payload(self)
        data["kind"] = data.pop("kind_of_unit")  # stored under the unit's own word for it
        return data


@dataclass(frozen=True, slots=True)
class PrecinctChange(ChangeRecord):
    code: str = ""
    name_kk: str = ""
    name_ru: str = ""
    name_en: str = ""
    service_centre_address: str | None = None
    phone: str | None = None
    opening_hours: str | None = None

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.PRECINCT_SAVED,)
    SUBJECT: ClassVar[str] = "code"

    @classmethod
    def of(cls, precinct: Precinct) -> PrecinctChange:
        return cls(ChangeKind.PRECINCT_SAVED, **precinct.summary())


@dataclass(frozen=True, slots=True)
class CategoryChange(ChangeRecord):
    code: str = ""

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.CATEGORY_SAVED,)
    SUBJECT: ClassVar[str] = "code"


@dataclass(frozen=True, slots=True)
class GazetteerChange(ChangeRecord):
    streets: int = 0
    addresses: int = 0

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.GAZETTEER_REPLACED,)


@dataclass(frozen=True, slots=True)
class RoadsChange(ChangeRecord):
    """A new road network: ``source`` the extract's file name, ``bytes`` the routing archive's size."""

    source: str = ""
    bytes: int = 0

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.ROADS_REPLACED,)


@dataclass(frozen=True, slots=True)
class CameraChange(ChangeRecord):
    """Cameras imported (``count``; ``replaced``: the whole registry) or one removed (``id``)."""

    id: str = ""
    count: int = 0
    replaced: bool = False

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.CAMERAS_IMPORTED, ChangeKind.CAMERA_REMOVED)
    SUBJECT: ClassVar[str] = "id"


@dataclass(frozen=True, slots=True)
class ApiKeyChange(ChangeRecord):
    name: str = ""
    prefix: str = ""

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.API_KEY_CREATED, ChangeKind.API_KEY_REVOKED)
    SUBJECT: ClassVar[str] = "name"


@dataclass(frozen=True, slots=True)
class DemoBuilt(ChangeRecord):
    city: str = ""
    incidents: int = 0

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.DEMO_BUILT,)


@dataclass(frozen=True, slots=True)
class ThresholdsChange(ChangeRecord):
    """The overdue thresholds the shift lead set, in seconds (``domain/overdue.py``)."""

    not_dispatched_p1: float = 60.0
    not_dispatched_p2: float = 300.0
    not_dispatched_p3: float = 900.0
    not_dispatched_p4: float = 1800.0
    en_route_s: float = 900.0
    on_scene_s: float = 3600.0
    app_unopened_s: float = 120.0

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.THRESHOLDS_SET,)


@dataclass(frozen=True, slots=True)
class LookOutChange(ChangeRecord):
    """A look-out issued or ended: which, and until when (its description stays in its table)."""

    id: int = 0
    kind_of_look_out: str = ""
    plate: str | None = None
    expires_at: str | None = None
    reason: str = ""

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.LOOK_OUT_ISSUED, ChangeKind.LOOK_OUT_ENDED)
    SUBJECT: ClassVar[str] = "id"


@dataclass(frozen=True, slots=True)
class HandoverChange(ChangeRecord):
    """A shift handed over (the period, by whom), or its receipt confirmed (by whom)."""

    id: int = 0
    period_from: str | None = None
    period_to: str | None = None
    handed_by: str = ""
    received_by: str | None = None

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.HANDOVER_MADE, ChangeKind.HANDOVER_RECEIVED)
    SUBJECT: ClassVar[str] = "id"


@dataclass(frozen=True, slots=True)
class CallChange(ChangeRecord):
    """A call from the app as it stood after the change: where and when, who took it; never who calls
    (the caller's identity stays in its table, for the roles that may see it)."""

    id: str = ""
    status: str = ""
    video: bool = False
    precinct: str | None = None
    lat: float | None = None
    lon: float | None = None
    accuracy_m: float | None = None
    rung_at: str | None = None
    answered_by: str = ""
    answered_by_name: str = ""
    end_reason: str = ""
    incident: str | None = None
    version: int = 0

    KINDS: ClassVar[tuple[ChangeKind, ...]] = tuple(k for k in ChangeKind if k.entity == "call")
    SUBJECT: ClassVar[str] = "id"

    @classmethod
    def of(cls, kind: ChangeKind, call: AppCall) -> CallChange:
        loc = call.location
        return cls(
            kind,
            call.id,
            call.status.value,
            call.video,
            call.precinct,
            loc.lat if loc else None,
            loc.lon if loc else None,
            loc.accuracy_m if loc else None,
            call.rung_at.isoformat(),
            call.answered_by,
            call.answered_by_name,
            call.end_reason,
            call.incident_number,
            call.version,
        )


@dataclass(frozen=True, slots=True)
class ProblemChange(ChangeRecord):
    """A problem opened or changed: which, in what precinct, at what stage (its title, places and notes
    stay in its table, for the inspector and the shift lead)."""

    id: int = 0
    precinct: str = ""
    status: str = ""
    version: int = 0

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.PROBLEM_OPENED, ChangeKind.PROBLEM_CHANGED)
    SUBJECT: ClassVar[str] = "id"


@dataclass(frozen=True, slots=True)
class AccountChange(ChangeRecord):
    """An account made or changed by an administrator: whose, its roles and state after the change, and
    what was done (``detail``: "created", "roles asked for: auditor", "roles confirmed", …)."""

    login: str = ""
    roles: tuple[str, ...] = ()
    state: str = ""
    detail: str = ""

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.ACCOUNT_CHANGED,)
    SUBJECT: ClassVar[str] = "login"


@dataclass(frozen=True, slots=True)
class AlarmChange(ChangeRecord):
    """An officer-in-danger alarm raised by a unit's tracker, or acknowledged by a shift lead."""

    id: int = 0
    call_sign: str = ""
    at: str = ""  # the device's time of the alarm fix
    lat: float | None = None
    lon: float | None = None
    acknowledged_by: str | None = None

    KINDS: ClassVar[tuple[ChangeKind, ...]] = (ChangeKind.ALARM_RAISED, ChangeKind.ALARM_ACKNOWLEDGED)
    SUBJECT: ClassVar[str] = "call_sign"


@dataclass(frozen=True, slots=True)
class UnknownChange:
    """A row of a kind this version does not know (written by a newer desk): kept, never interpreted."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)

    def payload(self) -> dict[str, Any]:
        return dict(self.data)


AnyChange = (
    IncidentChange
    | UnitChange
    | PrecinctChange
    | CategoryChange
    | GazetteerChange
    | RoadsChange
    | CameraChange
    | ApiKeyChange
    | DemoBuilt
    | ThresholdsChange
    | LookOutChange
    | HandoverChange
    | CallChange
    | ProblemChange
    | AccountChange
    | AlarmChange
)

RECORDS: tuple[type[ChangeRecord], ...] = (
    IncidentChange,
    UnitChange,
    PrecinctChange,
    CategoryChange,
    GazetteerChange,
    RoadsChange,
    CameraChange,
    ApiKeyChange,
    DemoBuilt,
    ThresholdsChange,
    LookOutChange,
    HandoverChange,
    CallChange,
    ProblemChange,
    AccountChange,
    AlarmChange,
)
RECORD_OF: dict[ChangeKind, type[ChangeRecord]] = {
    kind: record for record in RECORDS for kind in record.KINDS
}


class MalformedChange(ValueError):
    """A stored row whose values are not what its kind's fields hold: never applied, never trusted."""


_CHECKS: dict[type, dict[str, tuple[type, ...]]] = {}
_SCALARS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "None": (type(None),),
    "tuple[str, ...]": (list, tuple),
}


def _checks_of(record: type) -> dict[str, tuple[type, ...]]:
    """For each stored field of ``record``, the JSON types its value may have (from its annotation)."""
    checks = _CHECKS.get(record)
    if checks is None:
        hints = {name: str(hint) for name, hint in get_type_hints(record).items()}
        checks = {}
        for name in _fields_of(record):
            annotation = getattr(record, "__annotations__", {}).get(name) or hints.get(name, "")
            allowed: tuple[type, ...] = ()
            for part in str(annotation).replace("typing.", "").split("|"):
                allowed += _SCALARS.get(part.strip(), (object,))
            checks[name] = allowed
        _CHECKS[record] = checks
    return checks


def _check(record: type, values: dict[str, Any]) -> None:
    checks = _checks_of(record)
    for name, value in values.items():
        allowed = checks[name]
        if object in allowed:
            continue
        if isinstance(value, bool) and bool not in allowed:  # JSON true is no number here
            raise MalformedChange(f"{name}: {type(value).__name__} where {record.__name__} keeps no such")
        if not isinstance(value, allowed):
            raise MalformedChange(f"{name}: {type(value).__name__} in a {record.__name__}")
        if isinstance(value, (list, tuple)) and not all(isinstance(v, str) for v in value):
            raise MalformedChange(f"{name}: not a list of text in a {record.__name__}")
        if isinstance(value, str) and len(value) > 10_000:
            raise MalformedChange(f"{name}: text of {len(value)} characters in a {record.__name__}")


def read_change(kind: str, payload: dict[str, Any] | None) -> AnyChange | UnknownChange:
    """The typed record of a stored feed row; ``MalformedChange`` when its values do not fit the kind."""
    if payload is None:  # a row of a kind that had nothing more to say
        payload = {}
    if not isinstance(payload, dict):
        raise MalformedChange(f"the payload of a {kind} row is not an object")
    try:
        known = ChangeKind(kind)
    except ValueError:
        return UnknownChange(kind, dict(payload))
    record = RECORD_OF[known]
    if record is UnitChange:
        payload = {**payload, "kind_of_unit": payload.get("kind", "")}
    fields = _fields_of(record)
    values = {k: v for k, v in payload.items() if k in fields}
    _check(record, values)
    for name in ("units", "crew", "roles"):
        if isinstance(values.get(name), list):
            values[name] = tuple(values[name])
    return record(known, **values)  # type: ignore[return-value]
