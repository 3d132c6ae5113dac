"""Unit of work: one transaction, its repositories and the change-feed rows it produced."""

from __future__ import annotations

from datetime import datetime
from types import TracebackType

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from dispatch_desk.domain.access import Forbidden
from dispatch_desk.domain.changes import AnyChange
from dispatch_desk.domain.errors import ConcurrencyConflict, DatabaseUnavailable, DomainError
from dispatch_desk.store import feed
from dispatch_desk.store.calls import AppCalls
from dispatch_desk.store.db import INSUFFICIENT_PRIVILEGE, Database
from dispatch_desk.store.feed import FeedEntry
from dispatch_desk.store.problems import Problems
from dispatch_desk.store.repositories import Categories, Incidents, Meta, Precincts, Streets, Units
from dispatch_desk.store.rows import FeedRow
from dispatch_desk.store.shift_records import Handovers, LookOuts

__all__ = ["DatabaseUnavailable", "UnitOfWork"]


class UnitOfWork:
    def __init__(self, db: Database, actor: str, now: datetime) -> None:
        self.db = db
        self.actor = actor
        self.now = now
        self._pending: list[FeedRow] = []
        self._records: list[AnyChange] = []
        self.changes: list[FeedEntry] = []

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.write_session()
        try:
            self.session.begin()
        except OperationalError as exc:
            self.session.close()
            raise DatabaseUnavailable(f"the database is not available: {exc.orig}") from exc
        self.incidents = Incidents(self.session)
        self.units = Units(self.session)
        self.precincts = Precincts(self.session)
        self.categories = Categories(self.session)
        self.meta = Meta(self.session)
        self.streets = Streets(self.session)
        self.look_outs = LookOuts(self.session)
        self.handovers = Handovers(self.session)
        self.calls = AppCalls(self.session)
        self.problems = Problems(self.session)
        return self

    def record(self, change: AnyChange, entity_id: int | None = 0) -> None:
        """Append the change's feed row in this transaction; ``entity_id``: the changed row's id."""
        self._records.append(change)
        self._pending.append(feed.row_of(change, self.actor, self.now, entity_id))

    def commit(self) -> list[FeedEntry]:
        try:
            self.changes = feed.append(self.session, self._pending, self._records)
            self.session.commit()
        except StaleDataError as exc:
            self.session.rollback()
            raise ConcurrencyConflict(
                "the record was changed by another workstation at the same moment; refresh and retry"
            ) from exc
        self._pending, self._records = [], []
        feed.committed(self.changes)
        return self.changes

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if self.session.in_transaction():
                self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, StaleDataError):
            raise ConcurrencyConflict(
                "the record was changed by another workstation at the same moment; refresh and retry"
            ) from exc
        if isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise Forbidden(
                f"the database refused this to your role: {str(exc.orig).splitlines()[0]}"
            ) from exc
        if isinstance(exc, OperationalError):
            raise DatabaseUnavailable(f"the database is not available: {exc.orig}") from exc
        if isinstance(exc, IntegrityError):
            raise DomainError(f"the database refused the change: {exc.orig}") from exc
