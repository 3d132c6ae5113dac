"""Following the change feed: what every desk and intake server does to learn what others changed.

``FeedFollower.poll`` reads the rows after the last one it saw, sums them up as ``Changes`` and drops
this process's cached geography when another workstation imported precincts or address data.
``FeedWaker`` is a thread that says *when* to poll: at once when another process commits (PostgreSQL
``LISTEN``/``NOTIFY``, the SQLite data version), reconnecting quietly while the database is away.
A lost wake-up costs one poll interval, never a change: the rows are always read by sequence number.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from dispatch_desk.domain.calls import AppCall
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.change_summary import Changes
from dispatch_desk.domain.changes import IncidentChange
from dispatch_desk.domain.entities import Incident, Unit
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.desk_context import Desk
from dispatch_desk.store.db import Database
from dispatch_desk.store.feed import FeedEntry, collecting
from dispatch_desk.store.listen import FeedListener

log = logging.getLogger(__name__)
T = TypeVar("T")

__all__ = [
    "FeedBatch",
    "FeedEntry",
    "FeedFollower",
    "FeedWaker",
    "Update",
    "collecting",
    "update_of",
    "without",
]


@dataclass(frozen=True)
class Update:
    """What changed, with the incidents and units it names as they are now: what a view applies.
    ``local``: made by this desk's own action (rather than learnt from the feed)."""

    changes: Changes
    incidents: list[Incident]
    units: list[Unit]
    seqs: frozenset[int]
    local: bool = False
    acknowledged: tuple[tuple[str, str, str, datetime], ...] = ()  # (number, overdue rule, who, when)
    calls: tuple[AppCall, ...] = ()  # the app calls it names, as they are now (for who takes calls)
    opened: tuple[str, ...] = ()  # app reports a person opened (no longer unopened anywhere)


def update_of(desk: DeskService, entries: list[FeedEntry], *, local: bool = False) -> Update:
    """Read the incidents and units that ``entries`` name (one query each; a row deleted since is skipped)."""
    changes = Changes.of([e.record for e in entries])
    incidents = desk.read.incidents_named(sorted(changes.incidents))  # one read for the page, not one each
    units = desk.read.units_named(sorted(changes.units))
    calls = tuple(desk.calls.of_ids(list(changes.calls))) if changes.calls else ()
    opened = tuple(
        e.record.number
        for e in entries
        if e.kind == ChangeKind.INCIDENT_OPENED.value and isinstance(e.record, IncidentChange)
    )
    seqs = frozenset(e.seq for e in entries)
    return Update(changes, incidents, units, seqs, local, _acknowledged(entries), calls, opened)


def _acknowledged(entries: list[FeedEntry]) -> tuple[tuple[str, str, str, datetime], ...]:
    return tuple(
        (e.record.number, e.record.reason, e.actor, e.at)
        for e in entries
        if e.kind == ChangeKind.INCIDENT_OVERDUE_ACKNOWLEDGED.value and isinstance(e.record, IncidentChange)
    )


def without(update: Update, entries: list[FeedEntry], seqs: frozenset[int] | set[int]) -> Update:
    """``update`` (made of ``entries``) less the rows ``seqs``: what is left when an action of this desk
    applied some of them while the update was being read."""
    if not update.seqs & seqs:
        return update
    kept = [e for e in entries if e.seq not in seqs]
    changes = Changes.of([e.record for e in kept])
    return Update(
        changes,
        [i for i in update.incidents if i.number in changes.incidents],
        [u for u in update.units if u.call_sign in changes.units],
        frozenset(e.seq for e in kept),
        update.local,
        _acknowledged(kept),
        tuple(c for c in update.calls if c.id in changes.calls),
        tuple(n for n in update.opened if n in changes.incidents),
    )


@dataclass(frozen=True)
class FeedBatch:
    entries: list[FeedEntry]
    changes: Changes
    last_seq: int


class FeedFollower:
    """``kinds``: follow only these (a process that shows no incidents needs only a few)."""

    def __init__(self, desk: Desk, after: int, kinds: Sequence[str] | None = None) -> None:
        self.desk = desk
        self.last_seq = after
        self.kinds = tuple(kinds) if kinds is not None else None

    def poll(self, limit: int = 1000) -> FeedBatch:
        """The rows committed since the last poll (at most ``limit``), and what they changed."""
        if self.kinds is not None:
            entries, self.last_seq = self.desk.read.feed_of_kinds_after(self.last_seq, self.kinds, limit)
        else:
            entries, self.last_seq = self.desk.read.feed_page_after(self.last_seq, limit)
        changes = Changes.of([e.record for e in entries])
        if changes.geography:
            self.desk.geo.reload(precincts=changes.precincts, gazetteer=changes.gazetteer)
        if changes.roads and self.desk.roads is not None:
            self.desk.roads.reload()
        if changes.categories:
            self.desk.read.forget_categories()
        return FeedBatch(entries, changes, self.last_seq)


class FeedWaker:
    """A daemon thread calling ``wake()`` each time the feed may have grown (at most every
    ``min_interval_s``), and once after each (re)connection, which may have missed a change."""

    WAIT_S = 0.5  # how long one wait lasts; also how soon the thread notices it should stop
    RETRY_S = 1.0

    def __init__(
        self, db: Database, wake: Callable[[], None], *, min_interval_s: float = 0.0, name: str = "feed-waker"
    ) -> None:
        self.db = db
        self.wake = wake
        self.min_interval_s = min_interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        listener: FeedListener | None = None
        woken = 0.0
        while not self._stop.is_set():
            try:
                if listener is None:
                    listener = FeedListener(self.db)
                    self.wake()
                if listener.wait(self.WAIT_S) and not self._stop.is_set():
                    pause = self.min_interval_s - (time.monotonic() - woken)
                    if pause > 0 and self._stop.wait(pause):
                        break
                    woken = time.monotonic()
                    self.wake()
            except Exception:  # the database went away (or the wake-up failed): try again shortly
                log.debug("feed waker: waiting for the database", exc_info=True)
                if listener is not None:
                    listener.close()
                    listener = None
                self._stop.wait(self.RETRY_S)
        if listener is not None:
            listener.close()
