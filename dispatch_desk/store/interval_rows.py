"""Figures the database computes for the shift lead: the raw material of response intervals (for each
incident received in a period, its received time and the five intervals in seconds, NULL where a time is
missing) and contacts counted per precinct.

A year of a large city is a million incidents: the differences are taken in SQL and only numbers come
back (no objects, no strings), for the services to summarise with numpy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch_desk.domain.enums import IncidentStatus
from dispatch_desk.store.rows import IncidentRow

ENDED = (IncidentStatus.CLOSED.value, IncidentStatus.CANCELLED.value)


def _filtered(query, since, until, precinct, priority, category, confidential):
    row = IncidentRow
    query = query.where(row.received_at >= since, row.received_at < until)
    if precinct:
        query = query.where(row.precinct == precinct)
    if confidential is not None:
        query = query.where(row.confidential.is_(confidential))
    if priority is not None:
        query = query.where(row.priority == priority)
    if category:
        query = query.where(row.category == category)
    return query


def interval_times(
    session: Session, since: datetime, until: datetime, *, precinct: str | None = None,
    priority: int | None = None, category: str | None = None, confidential: bool | None = None,
) -> list[tuple[Any, ...]]:  # fmt: skip
    """(id, received, first dispatched, first on scene, closed — as seconds since 1970, NULL where
    missing —, 1 if closed or cancelled, and the priority) of every incident received in [since, until): numbers only,
    for numpy to take the differences.

    Read through the driver's own cursor on the session's connection (the same transaction, the same
    database role): a million rows come back as plain tuples, without a Row object each (a third of
    the time)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    mark = "%s" if postgres else "?"

    def epoch(column: str) -> str:
        if postgres:
            return f"extract(epoch FROM {column})::float8"
        return f"(julianday({column}) - 2440587.5) * 86400.0"

    def moment(value: datetime) -> object:
        utc = value.astimezone(UTC)
        return utc if postgres else utc.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")

    ended = ", ".join(f"'{status}'" for status in ENDED)
    columns = ", ".join(
        epoch(c) for c in ("received_at", "first_dispatched_at", "first_on_scene_at", "closed_at")
    )
    where, parameters = [f"received_at >= {mark}", f"received_at < {mark}"], [moment(since), moment(until)]
    for condition, value in (("precinct", precinct), ("priority", priority), ("category", category or None)):
        if value is not None and value != "":
            where.append(f"{condition} = {mark}")
            parameters.append(value)
    if confidential is not None:
        where.append("confidential" if confidential else "NOT confidential")
    sql = (f"SELECT id, {columns}, CASE WHEN status IN ({ended}) THEN 1 ELSE 0 END, priority FROM incidents "
           f"WHERE {' AND '.join(where)}")  # fmt: skip
    raw = session.connection().connection.dbapi_connection
    # psycopg: binary results, so that a million floats are not parsed from text
    cursor = raw.cursor(binary=True) if postgres else raw.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, parameters)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def numbers_of(session: Session, ids: list[int]) -> dict[int, str]:
    """Incident numbers by id (for the few incidents a report lists by number)."""
    found: dict[int, str] = {}
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        query = select(IncidentRow.id, IncidentRow.number).where(IncidentRow.id.in_(chunk))
        found.update((int(i), str(n)) for i, n in session.execute(query))
    return found


def count_by_precinct(
    session: Session, since: datetime, until: datetime, *, precinct: str | None = None,
    confidential: bool | None = None,
) -> dict[str, int]:  # fmt: skip
    """Incidents received in [since, until) per precinct code ('' for those without one)."""
    row = IncidentRow
    query = _filtered(select(row.precinct, func.count()), since, until, precinct, None, None, confidential)
    return {code or "": int(n) for code, n in session.execute(query.group_by(row.precinct))}
