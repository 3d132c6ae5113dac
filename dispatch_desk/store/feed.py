"""The change feed: an append-only log with a monotonic sequence number.

Writers append in the transaction of their change. On PostgreSQL the append takes a transaction-level
advisory lock, so sequence numbers become visible in commit order and a reader that asks for
"rows after N" can never skip a row that commits later with a smaller number; the transaction also
sends ``NOTIFY dispatch_desk_feed`` so that followers wake at once. SQLite serialises writers anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from dispatch_desk.domain.changes import AnyChange, MalformedChange, UnknownChange, read_change
from dispatch_desk.store.rows import FeedRow

log = logging.getLogger(__name__)
FEED_CHANNEL = "dispatch_desk_feed"
FEED_LOCK_KEY = 0x102_FEED


@dataclass(frozen=True, slots=True)
class FeedEntry:
    seq: int
    at: datetime
    actor: str
    entity: str
    entity_id: int
    kind: str
    record: AnyChange | UnknownChange  # the typed record of the change (see domain/changes.py)


def _entry(seq: int, at: datetime, actor: str, entity: str, entity_id: int, kind: str, payload) -> FeedEntry:
    try:
        record: AnyChange | UnknownChange = read_change(kind, payload)
    except MalformedChange as exc:
        # Not what the desk writes (plain SQL, a damaged row): logged, kept for the audit trail as it
        # stands, and never applied to what a desk shows.
        log.warning("feed row %s (%s by %s) skipped: %s", seq, kind, actor, exc)
        record = UnknownChange(kind, {"malformed": str(exc)})
    return FeedEntry(seq, at, actor, entity, entity_id, kind, record)


_collector: ContextVar[list[FeedEntry] | None] = ContextVar("feed_collector", default=None)


@contextmanager
def collecting() -> Iterator[list[FeedEntry]]:
    """Collect the entries every transaction committed in this thread (context) appends meanwhile:
    how an action learns what it changed without each service returning it."""
    entries: list[FeedEntry] = []
    token = _collector.set(entries)
    try:
        yield entries
    finally:
        _collector.reset(token)


def row_of(change: AnyChange, actor: str, at: datetime, entity_id: int | None = 0) -> FeedRow:
    """The feed row of ``change`` (made by ``actor`` at ``at``; ``entity_id``: the changed row's id)."""
    return FeedRow(
        at=at,
        actor=actor,
        entity=change.kind.entity,
        entity_id=entity_id or 0,
        kind=change.kind.value,
        payload=change.payload(),
        confidential=bool(getattr(change, "confidential", False)),
        subject=change.subject[:120],
    )


def committed(entries: list[FeedEntry]) -> None:
    """Called by the unit of work once its transaction has committed."""
    collector = _collector.get()
    if collector is not None:
        collector.extend(entries)


def append(session: Session, rows: list[FeedRow], records: list[AnyChange] | None = None) -> list[FeedEntry]:
    """Append ``rows`` in this transaction; ``records``: the typed records they were made from."""
    if not rows:
        return []
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FEED_LOCK_KEY})
    session.add_all(rows)
    session.flush()
    if postgres:
        session.execute(
            text("SELECT pg_notify(:channel, :seq)"), {"channel": FEED_CHANNEL, "seq": str(rows[-1].seq)}
        )
    if records is not None:
        return [
            FeedEntry(r.seq, r.at, r.actor, r.entity, r.entity_id, r.kind, c)
            for r, c in zip(rows, records, strict=True)
        ]
    return [_entry(r.seq, r.at, r.actor, r.entity, r.entity_id, r.kind, r.payload) for r in rows]


_TABLE = FeedRow.__table__
_COLUMNS = (
    _TABLE.c.seq,
    _TABLE.c.at,
    _TABLE.c.actor,
    _TABLE.c.entity,
    _TABLE.c.entity_id,
    _TABLE.c.kind,
    _TABLE.c.payload,
)


def after(session: Session, seq: int, limit: int = 1000) -> list[FeedEntry]:
    """The rows after ``seq``: the poll every desk makes, so a plain Core query without ORM objects."""
    rows = session.execute(select(*_COLUMNS).where(_TABLE.c.seq > seq).order_by(_TABLE.c.seq).limit(limit))
    return [_entry(*row) for row in rows]


def of_kinds_after(
    session: Session, seq: int, kinds: Sequence[str], limit: int = 1000
) -> tuple[list[FeedEntry], int]:
    """Rows of ``kinds`` after ``seq``, and the last sequence number this reading has covered: for a
    follower that needs only a few kinds (the intake: geography and categories), without reading the rest."""
    last = last_seq(session)
    rows = session.execute(
        select(*_COLUMNS)
        .where(_TABLE.c.seq > seq, _TABLE.c.seq <= last, _TABLE.c.kind.in_(list(kinds)))
        .order_by(_TABLE.c.seq)
        .limit(limit)
    )
    entries = [_entry(*row) for row in rows]
    return entries, (entries[-1].seq if len(entries) == limit else last)


def for_entity(session: Session, entity: str, entity_id: int) -> list[FeedEntry]:
    rows = session.execute(
        select(*_COLUMNS)
        .where(_TABLE.c.entity == entity, _TABLE.c.entity_id == entity_id)
        .order_by(_TABLE.c.seq)
    )
    return [_entry(*row) for row in rows]


def latest_of(session: Session, entity: str, entity_id: int, kind: str) -> FeedEntry | None:
    """The newest row of ``kind`` about one entity (e.g. the thresholds: the database, id 0)."""
    row = session.execute(
        select(*_COLUMNS)
        .where(_TABLE.c.entity == entity, _TABLE.c.entity_id == entity_id, _TABLE.c.kind == kind)
        .order_by(_TABLE.c.seq.desc())
        .limit(1)
    ).first()
    return _entry(*row) if row is not None else None


def of_kind_since(session: Session, kind: str, since: datetime, limit: int = 5000) -> list[FeedEntry]:
    """Rows of ``kind`` written since ``since``, oldest first (found by the time index)."""
    rows = session.execute(
        select(*_COLUMNS)
        .where(_TABLE.c.at >= since, _TABLE.c.kind == kind)
        .order_by(_TABLE.c.seq)
        .limit(limit)
    )
    return [_entry(*row) for row in rows]


def last_seq(session: Session) -> int:
    return session.scalar(select(func.max(FeedRow.seq))) or 0


def find(
    session: Session,
    *,
    actor: str | None = None,
    subject: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    confidential: bool | None = None,
    without_entities: Sequence[str] = (),
    limit: int = 10_000,
) -> list[tuple[FeedEntry, str]]:
    """Changes for the audit trail, newest first, each with what it was about (its ``subject``)."""
    query = select(*_COLUMNS, _TABLE.c.subject).order_by(_TABLE.c.seq.desc()).limit(limit)
    if actor:
        query = query.where(_TABLE.c.actor == actor)
    if subject:
        query = query.where(_TABLE.c.subject == subject)
    if since is not None:
        query = query.where(_TABLE.c.at >= since)
    if until is not None:
        query = query.where(_TABLE.c.at < until)
    if confidential is not None:
        query = query.where(_TABLE.c.confidential.is_(confidential))
    if without_entities:
        query = query.where(_TABLE.c.entity.not_in(list(without_entities)))
    return [(_entry(*row[:-1]), row[-1]) for row in session.execute(query)]


def of_kinds_since(
    session: Session, kinds: Sequence[str], since: datetime, limit: int = 50000
) -> list[FeedEntry]:
    """Rows of any of ``kinds`` written since ``since``, oldest first (found by the time index)."""
    rows = session.execute(
        select(*_COLUMNS)
        .where(_TABLE.c.at >= since, _TABLE.c.kind.in_(list(kinds)))
        .order_by(_TABLE.c.seq)
        .limit(limit)
    )
    return [_entry(*row) for row in rows]
