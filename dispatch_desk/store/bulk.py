"""Bulk loading of finished history (the demo city, imports, benchmark data) in a few statements.

Incidents loaded this way are complete records whose change-feed rows are given with them, so the
audit trail and the timelines look exactly as if the changes had been made one by one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from dispatch_desk.domain.changes import AnyChange
from dispatch_desk.domain.entities import Incident
from dispatch_desk.domain.values import parse_incident_number
from dispatch_desk.store import mapping
from dispatch_desk.store.rows import AssignmentRow, FeedRow, IncidentCounterRow, IncidentRow

CHUNK = 5_000


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    at: datetime
    actor: str
    record: AnyChange
    incident_index: int | None = None  # which of the loaded incidents the event is about
    entity_id: int = 0  # for other entities (units)


def _chunks(rows: Sequence[dict], size: int = CHUNK) -> Iterable[Sequence[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def insert_history(session: Session, incidents: list[Incident], events: list[HistoryEvent]) -> None:
    """Insert numbered incidents with their assignments, and their feed rows in time order."""
    first_id = (session.scalar(select(func.max(IncidentRow.id))) or 0) + 1
    incident_rows: list[dict] = []
    assignment_rows: list[dict] = []
    last_numbers: dict[int, int] = {}
    for offset, incident in enumerate(incidents):
        incident.id = first_id + offset
        incident.version = 1
        year, sequence = parse_incident_number(incident.number)
        last_numbers[year] = max(last_numbers.get(year, 0), sequence)
        incident_rows.append(
            {"id": incident.id, "number": incident.number, "version": 1, **mapping.incident_columns(incident)}
        )
        for assignment in incident.assignments:
            assignment_rows.append({"incident_id": incident.id, **mapping.assignment_columns(assignment)})
    for chunk in _chunks(incident_rows):
        session.execute(insert(IncidentRow), chunk)
    if incident_rows and session.get_bind().dialect.name == "postgresql":
        # Explicit ids do not move PostgreSQL's identity sequence; later inserts must start after them.
        session.execute(
            text("SELECT setval(pg_get_serial_sequence('incidents', 'id'), :last)"),
            {"last": incidents[-1].id},
        )
    for chunk in _chunks(assignment_rows):
        session.execute(insert(AssignmentRow), chunk)
    feed_rows = [
        {
            "at": event.at,
            "actor": event.actor,
            "entity": event.record.kind.entity,
            "entity_id": incidents[event.incident_index].id
            if event.incident_index is not None
            else event.entity_id,
            "kind": event.record.kind.value,
            "payload": event.record.payload(),
            "confidential": bool(getattr(event.record, "confidential", False)),
            "subject": event.record.subject[:120],
        }
        for event in sorted(events, key=lambda e: e.at)
    ]
    for chunk in _chunks(feed_rows):
        session.execute(insert(FeedRow), chunk)
    for short_year, last in last_numbers.items():
        year = 2000 + short_year
        row = session.get(IncidentCounterRow, year)
        if row is None:
            session.add(IncidentCounterRow(year=year, last=last))
        else:
            row.last = max(row.last, last)
    session.flush()
