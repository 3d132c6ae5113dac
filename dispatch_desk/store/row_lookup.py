"""A row by its key for a repository: absent is ``NotFound``, changed since it was read is a conflict."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy.orm import Session

from dispatch_desk.domain.errors import ConcurrencyConflict, NotFound


class Versioned(Protocol):
    version: int


def row_of[R](session: Session, row_type: type[R], key: Any, what: str) -> R:
    """The row of ``row_type`` whose key is ``key``; ``what`` names it in the refusal ("problem 12")."""
    row = session.get(row_type, key)
    if row is None:
        raise NotFound(f"there is no {what}")
    return row


def row_to_change[V: Versioned](
    session: Session, row_type: type[V], key: Any, what: str, version: int | None
) -> V:
    """The row to write an object onto that was read at ``version``: refused if it changed meanwhile."""
    row = row_of(session, row_type, key, what)
    if row.version != version:
        raise ConcurrencyConflict(f"{what} was changed at another desk; refresh and retry")
    return row
