"""The raw material of a precinct's picture: for each incident received in a period, when, what, where
(its point and its address key) — plain tuples, for the services to count and the statistics to read."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch_desk.store.interval_rows import _filtered
from dispatch_desk.store.rows import AccountRow, IncidentRow


def first_received(session: Session, precinct: str | None = None) -> datetime | None:
    """When the records begin: the first incident's receipt (of ``precinct``; None: of the city)."""
    query = select(func.min(IncidentRow.received_at))
    if precinct is not None:
        query = query.where(IncidentRow.precinct == precinct)
    return session.scalar(query)


def incident_places(
    session: Session,
    since: datetime,
    until: datetime,
    *,
    precinct: str | None = None,
    confidential: bool | None = None,
) -> list[tuple[Any, ...]]:
    """(received_at, category, lat, lon, address_key, address, precinct) of every incident received in
    [since, until), in the order received."""
    row = IncidentRow
    query = select(
        row.received_at, row.category, row.lat, row.lon, row.address_key, row.address, row.precinct
    )
    query = _filtered(query, since, until, precinct, None, None, confidential).order_by(row.received_at)
    return [tuple(r) for r in session.execute(query)]


def people_named(session: Session, precinct: str | None = None, limit: int = 100_000) -> list[str]:
    """The names of people the database knows: the accounts' full names and the callers of ``precinct``
    (None: of the city), each once — what a public text is checked against, never shown."""
    names = list(session.scalars(select(AccountRow.full_name)))
    callers = select(IncidentRow.caller_name).where(IncidentRow.caller_name != "").distinct().limit(limit)
    if precinct is not None:
        callers = callers.where(IncidentRow.precinct == precinct)
    return [*names, *session.scalars(callers)]
