"""Figures the database computes for the shift lead: the raw material of response intervals (for each
incident received in a period, its received time and the five intervals in seconds, NULL where a time is
missing) and contacts counted per precinct.

A year of a large city is a million incidents: the differences are taken in SQL and only numbers come
back (no objects, no strings), for the services to summarise with numpy.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, case, cast, func, or_, select
from sqlalchemy.orm import Session

from dispatch_desk.domain.enums import IncidentStatus
from dispatch_desk.store.rows import IncidentRow

ENDED = (IncidentStatus.CLOSED.value, IncidentStatus.CANCELLED.value)
_PAIRS = (
    ("received_at", "first_dispatched_at"),
    ("first_dispatched_at", "first_on_scene_at"),
    ("received_at", "first_on_scene_at"),
    ("first_on_scene_at", "closed_at"),
    ("received_at", "closed_at"),
)  # queue, travel, response, on_scene, total: the order of domain.intervals.INTERVALS


def _epoch(session: Session, column):
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", column)
    return (func.julianday(column) - 2440587.5) * 86400.0


def _seconds(session: Session, start, end):
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


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


def interval_rows(
    session: Session, since: datetime, until: datetime, *, precinct: str | None = None,
    priority: int | None = None, category: str | None = None, confidential: bool | None = None,
) -> tuple[list[tuple], list[tuple]]:  # fmt: skip
    """(every incident's (received epoch, queue, travel, response, on_scene, total, ended), and the
    doubtful ones' (number, the same five, ended): those with a negative interval or, ended, a missing
    time — to be listed by number, never dropped silently)."""
    row = IncidentRow
    diffs = [cast(_seconds(session, getattr(row, a), getattr(row, b)), Float) for a, b in _PAIRS]
    ended = case((row.status.in_(ENDED), 1), else_=0)
    every = _filtered(select(cast(_epoch(session, row.received_at), Float), *diffs, ended),
                      since, until, precinct, priority, category, confidential)  # fmt: skip
    missing = or_(row.first_dispatched_at.is_(None), row.first_on_scene_at.is_(None), row.closed_at.is_(None))
    doubtful = _filtered(
        select(row.number, *diffs, ended), since, until, precinct, priority, category, confidential
    )
    doubtful = doubtful.where(or_(*(d < 0 for d in diffs), (row.status.in_(ENDED)) & missing))
    return [tuple(r) for r in session.execute(every)], list(
        tuple(r) for r in session.execute(doubtful.order_by(row.received_at))
    )


def count_by_precinct(
    session: Session, since: datetime, until: datetime, *, precinct: str | None = None,
    confidential: bool | None = None,
) -> dict[str, int]:  # fmt: skip
    """Incidents received in [since, until) per precinct code ('' for those without one)."""
    row = IncidentRow
    query = _filtered(select(row.precinct, func.count()), since, until, precinct, None, None, confidential)
    return {code or "": int(n) for code, n in session.execute(query.group_by(row.precinct))}
