"""Figures the database computes for the shift lead: the raw material of response intervals (for each
incident received in a period, its four times as seconds, NaN where a time is missing) and contacts
counted per precinct.

A year of a large city is a million incidents: only numbers come back, into a numpy array (no objects,
no strings; on PostgreSQL not even a Python number each), for the services to summarise with numpy.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from dispatch_desk.store import interval_days
from dispatch_desk.store.db import Database
from dispatch_desk.store.interval_days import COLUMNS, ENDED_SQL, TIMES, sqlite_rows
from dispatch_desk.store.rows import IncidentRow

log = logging.getLogger(__name__)


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
    session: Session,
    since: datetime,
    until: datetime,
    *,
    precinct: str | None = None,
    priority: int | None = None,
    category: str | None = None,
    confidential: bool | None = None,
    keep: list[interval_days.Packed] | None = None,
) -> np.ndarray:
    """For every incident received in [since, until), a row of ``COLUMNS`` floats: its id, its received,
    first dispatched, first on scene and closed times as seconds since 1970 (NaN where missing), 1 if
    closed or cancelled, and its priority — for numpy to take the differences.

    Read on the session's connection (the same transaction, the same database role, so row-level
    security filters the same rows) without a Python object per value: PostgreSQL packs the rows into
    a few binary values, read straight into an array; SQLite reads whole days packed earlier (see
    ``interval_days``; the days packed now are added to ``keep``, for the caller to store once the reading
    is over) or, for a report of one precinct, priority or category, the rows themselves."""
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
    raw = session.connection().connection.dbapi_connection
    if postgres:
        return _packed(raw, " AND ".join(where), parameters)
    if keep is not None and not (precinct or priority is not None or category):
        return interval_days.rows(raw, since, until, confidential, keep)
    return sqlite_rows(raw, " AND ".join(where), parameters)[:, :COLUMNS]


PACKED_ROWS = 65_536  # incidents (by id) per packed value PostgreSQL sends


def _packed(raw: Any, where: str, parameters: list[object]) -> np.ndarray:
    """The rows of ``interval_times`` on PostgreSQL, packed by the server: each value a big-endian
    float8 (``float8send``), NaN for a missing time, a row's seven values one after another, the rows of
    ``PACKED_ROWS`` ids in one value. (``date_part`` gives the seconds as a float8 itself: ``extract``
    makes a numeric, four times slower to take.)"""
    times = [f"coalesce(date_part('epoch', {column}), 'NaN'::float8)" for column in TIMES]
    values = ["id::float8", *times, f"({ENDED_SQL})::float8", "priority::float8"]
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


def keep_days(db: Database, packed: list[interval_days.Packed]) -> int:
    """Store the days a report packed (SQLite), in a write of their own; a database that cannot take the
    write now (another desk writing past the busy timeout, a read-only file) keeps none: the next report
    packs them again."""
    try:
        with db.write_session() as session, session.begin():
            return interval_days.store(session.connection().connection.dbapi_connection, packed)
    except DBAPIError:
        log.warning("packed days of the interval report not kept; the next report packs them again")
        return 0


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
