"""Rows to domain objects and back. The only place that knows both shapes."""

from __future__ import annotations

from dispatch_desk.domain.entities import (
    Assignment,
    Attachment,
    Category,
    Incident,
    Precinct,
    Street,
    Unit,
)
from dispatch_desk.domain.enums import (
    AttachmentKind,
    Channel,
    IncidentStatus,
    LocationSource,
    Priority,
    UnitKind,
    UnitStatus,
)
from dispatch_desk.domain.values import Caller, Location, OpeningHours
from dispatch_desk.store.rows import (
    AssignmentRow,
    AttachmentRow,
    CategoryRow,
    IncidentRow,
    PrecinctRow,
    StreetRow,
    UnitRow,
)


def category_from_row(row: CategoryRow) -> Category:
    return Category(
        code=row.code,
        default_priority=Priority(row.default_priority),
        name_en=row.name_en,
        name_ru=row.name_ru,
        name_kk=row.name_kk,
        related=tuple(row.related or ()),
        active=row.active,
        confidential=bool(row.confidential),
    )


def category_to_row(category: Category, row: CategoryRow | None = None) -> CategoryRow:
    row = row or CategoryRow(code=category.code)
    row.default_priority = int(category.default_priority)
    row.name_en, row.name_ru, row.name_kk = category.name_en, category.name_ru, category.name_kk
    row.related = list(category.related)
    row.active = category.active
    row.confidential = category.confidential
    return row


def precinct_from_row(row: PrecinctRow) -> Precinct:
    return Precinct(
        id=row.id,
        code=row.code,
        name_kk=row.name_kk,
        name_ru=row.name_ru,
        name_en=row.name_en,
        boundary=row.boundary,
        service_centre_address=row.service_centre_address,
        phone=row.phone,
        opening_hours=OpeningHours.parse(row.opening_hours) if row.opening_hours else None,
    )


def precinct_to_row(precinct: Precinct, row: PrecinctRow | None = None) -> PrecinctRow:
    row = row or PrecinctRow(code=precinct.code)
    row.name_kk, row.name_ru, row.name_en = precinct.name_kk, precinct.name_ru, precinct.name_en
    row.boundary = precinct.boundary
    row.service_centre_address = precinct.service_centre_address
    row.phone = precinct.phone
    row.opening_hours = str(precinct.opening_hours) if precinct.opening_hours else None
    return row


def unit_from_row(row: UnitRow) -> Unit:
    return Unit(
        id=row.id,
        call_sign=row.call_sign,
        kind=UnitKind(row.kind),
        home_precinct=row.home_precinct,
        crew=list(row.crew or ()),
        status=UnitStatus(row.status),
        status_since=row.status_since,
        position=(row.lat, row.lon) if row.lat is not None and row.lon is not None else None,
        position_at=row.position_at,
        current_incident=row.current_incident.number if row.current_incident is not None else None,
        version=row.version,
        lent_to=row.lent_to,
        lent_until=row.lent_until,
    )


def unit_to_row(unit: Unit, row: UnitRow) -> UnitRow:
    row.call_sign = unit.call_sign
    row.kind = unit.kind.value
    row.home_precinct = unit.home_precinct
    row.crew = list(unit.crew)
    row.status = unit.status.value
    row.status_since = unit.status_since
    row.lat, row.lon = unit.position if unit.position else (None, None)
    row.position_at = unit.position_at
    row.lent_to, row.lent_until = unit.lent_to, unit.lent_until
    return row


def assignment_from_row(row: AssignmentRow) -> Assignment:
    return Assignment(
        id=row.id,
        unit_id=row.unit_id,
        call_sign=row.unit.call_sign,
        dispatched_at=row.dispatched_at,
        en_route_at=row.en_route_at,
        on_scene_at=row.on_scene_at,
        cleared_at=row.cleared_at,
        reason=row.reason,
        cleared_reason=row.cleared_reason,
    )


def incident_from_row(row: IncidentRow) -> Incident:
    location = None
    if row.lat is not None and row.lon is not None:
        location = Location(
            row.lat, row.lon, LocationSource(row.location_source or "unverified"), row.location_accuracy_m
        )
    return Incident(
        id=row.id,
        number=row.number,
        channel=Channel(row.channel),
        category=row.category,
        priority=Priority(row.priority),
        description=row.description,
        address=row.address,
        address_key=row.address_key,
        typed_address=row.typed_address or "",
        location=location,
        precinct=row.precinct,
        caller=Caller(row.caller_name, row.caller_phone, row.app_user_id),
        attachments=[
            Attachment(
                id=a.id,
                kind=AttachmentKind(a.kind),
                sha256=a.sha256,
                media_type=a.media_type,
                size=a.size,
                original_name=a.original_name,
            )
            for a in row.attachments
        ],
        status=IncidentStatus(row.status),
        parent_number=row.parent.number if row.parent is not None else None,
        disposition=row.disposition,
        disposition_code=row.disposition_code or "",
        citizen_message=row.citizen_message,
        video_call_requested=row.video_call_requested,
        confidential=bool(row.confidential),
        received_at=row.received_at,
        created_at=row.created_at,
        first_dispatched_at=row.first_dispatched_at,
        first_en_route_at=row.first_en_route_at,
        first_on_scene_at=row.first_on_scene_at,
        closed_at=row.closed_at,
        updated_at=row.updated_at,
        assignments=[assignment_from_row(a) for a in row.assignments],
        version=row.version,
    )


def incident_columns(incident: Incident) -> dict[str, object]:
    """The incident's own columns (not its id, number, version or children) as plain values."""
    loc = incident.location
    return {
        "channel": incident.channel.value,
        "category": incident.category,
        "priority": int(incident.priority),
        "description": incident.description,
        "address": incident.address,
        "address_key": incident.address_key,
        "typed_address": incident.typed_address,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "location_source": loc.source.value if loc else None,
        "location_accuracy_m": loc.accuracy_m if loc else None,
        "precinct": incident.precinct,
        "caller_name": incident.caller.name,
        "caller_phone": incident.caller.phone,
        "app_user_id": incident.caller.app_user_id,
        "status": incident.status.value,
        "disposition": incident.disposition,
        "disposition_code": incident.disposition_code,
        "citizen_message": incident.citizen_message,
        "video_call_requested": incident.video_call_requested,
        "confidential": incident.confidential,
        "received_at": incident.received_at,
        "created_at": incident.created_at,
        "first_dispatched_at": incident.first_dispatched_at,
        "first_en_route_at": incident.first_en_route_at,
        "first_on_scene_at": incident.first_on_scene_at,
        "closed_at": incident.closed_at,
        "updated_at": incident.updated_at,
    }


def assignment_columns(assignment: Assignment) -> dict[str, object]:
    return {
        "unit_id": assignment.unit_id,
        "dispatched_at": assignment.dispatched_at,
        "en_route_at": assignment.en_route_at,
        "on_scene_at": assignment.on_scene_at,
        "cleared_at": assignment.cleared_at,
        "reason": assignment.reason,
        "cleared_reason": assignment.cleared_reason,
    }


def attachment_columns(attachment: Attachment) -> dict[str, object]:
    return {
        "kind": attachment.kind.value,
        "sha256": attachment.sha256,
        "media_type": attachment.media_type,
        "size": attachment.size,
        "original_name": attachment.original_name,
    }


def incident_to_row(incident: Incident, row: IncidentRow) -> IncidentRow:
    """Copy the incident's state onto its row (assignments and attachments included)."""
    for key, value in incident_columns(incident).items():
        setattr(row, key, value)
    by_id = {a.id: a for a in row.assignments}
    for assignment in incident.assignments:
        target = by_id.get(assignment.id) if assignment.id is not None else None
        if target is None:
            target = AssignmentRow()
            row.assignments.append(target)
        for key, value in assignment_columns(assignment).items():
            setattr(target, key, value)
    known = {a.id for a in row.attachments}
    for attachment in incident.attachments:
        if attachment.id is None or attachment.id not in known:
            row.attachments.append(AttachmentRow(**attachment_columns(attachment)))
    return row


def sync_ids(incident: Incident, row: IncidentRow) -> None:
    """After a flush: give the domain object the ids and version the database assigned."""
    incident.id = row.id
    incident.number = row.number
    incident.version = row.version
    for assignment, assignment_row in zip(incident.assignments, row.assignments, strict=True):
        assignment.id = assignment_row.id
    for attachment, attachment_row in zip(incident.attachments, row.attachments, strict=True):
        attachment.id = attachment_row.id


def street_from_row(row: StreetRow) -> Street:
    return Street(
        id=row.id,
        name_ru=row.name_ru,
        name_kk=row.name_kk,
        name_en=row.name_en,
        kind=row.kind,
        alt_names=list(row.alt_names or ()),
        geometry=row.geometry,
        house_min=row.house_min,
        house_max=row.house_max,
    )


def street_to_row(street: Street) -> StreetRow:
    return StreetRow(
        name_ru=street.name_ru,
        name_kk=street.name_kk,
        name_en=street.name_en,
        kind=street.kind,
        alt_names=list(street.alt_names),
        geometry=street.geometry,
        house_min=street.house_min,
        house_max=street.house_max,
    )
