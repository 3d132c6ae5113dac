"""What the city board is made of, read with only the columns that carry no person's data.

The wall display's database role may read exactly these columns (``pg_security.BOARD_COLUMNS``): no
caller, description, address, position, crew or free text. The incidents and units built here have those
fields empty; they serve the board's counts and never leave the service that reads them.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch_desk.domain.entities import Assignment, Incident, Unit
from dispatch_desk.domain.enums import (
    OPEN_INCIDENT_STATUSES,
    Channel,
    IncidentStatus,
    Priority,
    UnitKind,
    UnitStatus,
)
from dispatch_desk.store.rows import AssignmentRow, IncidentRow, UnitRow

# The columns of each table the board reads: the wall's database role is granted these and no others.
INCIDENT_COLUMNS = (
    "id",
    "number",
    "channel",
    "category",
    "priority",
    "status",
    "precinct",
    "confidential",
    "received_at",
    "created_at",
    "updated_at",
    "first_dispatched_at",
    "first_en_route_at",
    "first_on_scene_at",
    "closed_at",
)
ASSIGNMENT_COLUMNS = (
    "id",
    "incident_id",
    "unit_id",
    "dispatched_at",
    "en_route_at",
    "on_scene_at",
    "cleared_at",
    "cleared_reason",
)
UNIT_COLUMNS = ("id", "call_sign", "kind", "home_precinct", "status", "status_since", "lent_to", "lent_until")


def _columns(row: type, names: tuple[str, ...]) -> list:
    table = row.__table__  # type: ignore[attr-defined]
    return [table.c[name] for name in names]


def board_units(session: Session) -> list[Unit]:
    units = []
    for r in session.execute(select(*_columns(UnitRow, UNIT_COLUMNS)).order_by(UnitRow.call_sign)):
        units.append(
            Unit(
                r.call_sign,
                UnitKind(r.kind),
                r.home_precinct,
                status=UnitStatus(r.status),
                status_since=r.status_since,
                id=r.id,
                lent_to=r.lent_to,
                lent_until=r.lent_until,
            )
        )
    return units


def board_incidents(session: Session) -> list[Incident]:
    """The open incidents that are not confidential, with their assignments, as far as these columns go."""
    query = select(*_columns(IncidentRow, INCIDENT_COLUMNS)).where(
        IncidentRow.status.in_([s.value for s in OPEN_INCIDENT_STATUSES]), IncidentRow.confidential.is_(False)
    )
    rows = list(session.execute(query))
    ids = [r.id for r in rows]
    call_signs = {u.id: u.call_sign for u in board_units(session)}
    assignments: dict[int, list[Assignment]] = defaultdict(list)
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        query = select(*_columns(AssignmentRow, ASSIGNMENT_COLUMNS)).where(
            AssignmentRow.incident_id.in_(chunk)
        )
        for a in session.execute(query.order_by(AssignmentRow.id)):
            assignments[a.incident_id].append(
                Assignment(
                    unit_id=a.unit_id,
                    call_sign=call_signs.get(a.unit_id, ""),
                    dispatched_at=a.dispatched_at,
                    en_route_at=a.en_route_at,
                    on_scene_at=a.on_scene_at,
                    cleared_at=a.cleared_at,
                    cleared_reason=a.cleared_reason or "",
                    id=a.id,
                )
            )
    incidents = []
    for r in rows:
        incident = Incident(
            channel=Channel(r.channel),
            category=r.category,
            priority=Priority(r.priority),
            received_at=r.received_at,
            created_at=r.created_at,
            id=r.id,
            number=r.number,
            precinct=r.precinct,
            status=IncidentStatus(r.status),
            updated_at=r.updated_at,
        )
        incident.first_dispatched_at = r.first_dispatched_at
        incident.first_en_route_at = r.first_en_route_at
        incident.first_on_scene_at = r.first_on_scene_at
        incident.assignments = assignments.get(r.id, [])
        incidents.append(incident)
    return incidents
