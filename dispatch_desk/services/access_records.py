"""Who looked at whose data: the desk's lines of the access log.

A person's look at a caller's identity, a confidential report or a report's media is one line of the
access log — once per person, subject and ``REOPENED_AFTER`` for a view that refreshes by itself, every
time for a deliberate opening (``force``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from dispatch_desk.domain.access import Principal
from dispatch_desk.services.clock import Clock
from dispatch_desk.store.accounts import Access, AccessLog
from dispatch_desk.store.db import Database

REOPENED_AFTER = timedelta(minutes=10)  # a view refreshed within this time is not a new access


class AccessRecorder:
    def __init__(self, db: Database, actor: Principal, clock: Clock) -> None:
        self.db, self.actor, self.clock = db, actor, clock
        self._last: dict[tuple[str, str], datetime] = {}  # (kind, subject) → when last recorded

    def record(
        self, kind: str, subject: str, detail: str = "", *, force: bool = False, confidential: bool = False
    ) -> None:
        """One line: ``kind`` of look at ``subject`` (an incident number, "call …") by this person."""
        now = self.clock()
        last = self._last.get((kind, subject))
        if not force and last is not None and now - last < REOPENED_AFTER:
            return
        actor = self.actor
        with self.db.write_session() as session, session.begin():
            AccessLog(session).add(
                Access(now, actor.login, actor.workstation, kind, subject, detail, None, confidential)
            )
        self._last[(kind, subject)] = now
