"""Figures the database computes for the shift lead: the raw material of response intervals (for each
incident received in a period, its four times as seconds, NaN where a time is missing) and contacts
counted per precinct.

A year of a large city is a million incidents: only numbers come back, into a numpy array (no objects,
no strings; on PostgreSQL not even a Python number each), for the services to summarise with numpy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import numpy as np
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


COLUMNS = 7  # id, received, dispatched, on scene, closed, ended (1/0), priority


def interval_times(
    session: Session,
    since: datetime,
    until: datetime,
    *,
    precinct: str | None = None,
    priority: int | None = None,
    category: str | None = None,
    confidential: bool | None = None,
) -> np.ndarray:
    """For every incident received in [since, until), a row of ``COLUMNS`` floats: its id, its received,
    first dispatched, first on scene and closed times as seconds since 1970 (NaN where missing), 1 if
    closed or cancelled, and its priority — for numpy to take the differences.

    Read on the session's connection (the same transaction, the same database role, so row-level
    security filters the same rows) without a Python object per value: PostgreSQL packs the rows into
    a few binary values, read straight into an array; SQLite returns four times and one number that packs the
    id, the priority and whether it ended (a tuple of five instead of seven)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    mark = "%s" if postgres else "?"
    where = [f"received_at >= {mark}", f"received_at < {mark}"]
    parameters = [_moment(since, postgres), _moment(until, postgres)]
    for condition, value in (("precinct", precinct), ("priority", priority), ("category", category or None)):
        if value is not None and value != "":
            where.append(f"{condition} = {mark}")
            parameters.append(value)
    if confidential is not None:
        where.append("confidential" if confidential else "NOT confidential")
    ended = f"CASE WHEN status IN ({', '.join(repr(status) for status in ENDED)}) THEN 1 ELSE 0 END"
    raw = session.connection().connection.dbapi_connection
    if postgres:
        return _packed(raw, " AND ".join(where), ended, parameters)
    times = ", ".join(f"(julianday({column}) - 2440587.5) * 86400.0" for column in TIMES)
    sql = f"SELECT {times}, id * 16 + {ended} * 8 + priority FROM incidents WHERE {' AND '.join(where)}"
    cursor = raw.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, parameters)
        packed = np.array(cursor.fetchall(), dtype=float).reshape(-1, 5)
    finally:
        cursor.close()
    code = packed[:, 4].astype(np.int64)
    rows = np.empty((len(packed), COLUMNS))
    rows[:, 0] = code >> 4
    rows[:, 1:5] = packed[:, :4]
    rows[:, 5] = (code >> 3) & 1
    rows[:, 6] = code & 7
    return rows


TIMES = ("received_at", "first_dispatched_at", "first_on_scene_at", "closed_at")
PACKED_ROWS = 65_536  # incidents (by id) per packed value PostgreSQL sends


def _packed(raw: Any, where: str, ended: str, parameters: list[object]) -> np.ndarray:
    """The rows of ``interval_times`` on PostgreSQL, packed by the server: each value a big-endian
    float8 (``float8send``), NaN for a missing time, a row's seven values one after another, the rows of
    ``PACKED_ROWS`` ids in one value. (``date_part`` gives the seconds as a float8 itself: ``extract``
    makes a numeric, four times slower to take.)"""
    times = [f"coalesce(date_part('epoch', {column}), 'NaN'::float8)" for column in TIMES]
    values = ["id::float8", *times, f"({ended})::float8", "priority::float8"]
    row = " || ".join(f"float8send({value})" for value in values)
    sql = f"SELECT string_agg({row}, ''::bytea) FROM incidents WHERE {where} GROUP BY id / {PACKED_ROWS}"
    with raw.cursor(binary=True) as cursor:
        cursor.execute(sql, parameters)
        data = b"".join(bytes(value) for (value,) in cursor.fetchall())
    if len(data) % (8 * COLUMNS):
        raise RuntimeError("the database sent response times in an unexpected form")
    return np.frombuffer(data, ">f8").reshape(-1, COLUMNS).astype(float)


def _moment(value: datetime, postgres: bool) -> object:
    utc = value.astimezone(UTC)
    return utc if postgres else utc.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def numbers_of(session: Session, ids: list[int]) -> dict[int, str]:
    """Incident numbers by id (for the few incidents a report lists by number)."""
    found: dict[int, str] = {}
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        query = select(IncidentRow.id, IncidentRow.number).where(IncidentRow.id.in_(chunk))
        found.update((int(i), str(n)) for i, n in session.execute(query))
    return found


def count_by_precinct(
    session: Session,
    since: datetime,
    until: datetime,
    *,
    precinct: str | None = None,
    confidential: bool | None = None,
) -> dict[str, int]:
    """Incidents received in [since, until) per precinct code ('' for those without one)."""
    row = IncidentRow
    query = _filtered(select(row.precinct, func.count()), since, until, precinct, None, None, confidential)
    return {code or "": int(n) for code, n in session.execute(query.group_by(row.precinct))}
