"""The city board for the wall display: counts only, read under the wall's own account.

A wall account (role ``wall``) holds one permission, ``READ_BOARD``. What it reads is the board's lines —
open incidents by priority, the longest wait for a unit, what is overdue, units available, busy and off
shift, the service centre's hours and the contacts of the last hour against the usual — computed here
from the columns that carry no person's data (``store.board_rows``). On PostgreSQL the wall's database
role is granted exactly those columns, so no caller, address, description or crew can reach the wall
display even by hand-written SQL.

Overdue here follows every rule of the desks but one: "an app report nobody has opened" needs the feed
rows of the openings, which are not the wall's to read; such reports are counted when they wait too long
for a unit like any other incident.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dispatch_desk.domain.access import Permission, Principal
from dispatch_desk.domain.board import BoardLine, board_lines
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import ThresholdsChange
from dispatch_desk.domain.entities import Precinct
from dispatch_desk.domain.overdue import Thresholds, overdue_of, thresholds_of
from dispatch_desk.services.clock import Clock, utc_now
from dispatch_desk.store import feed
from dispatch_desk.store.board_rows import board_incidents, board_units
from dispatch_desk.store.db import Database
from dispatch_desk.store.interval_rows import count_by_precinct
from dispatch_desk.store.repositories import Precincts

USUAL_WEEKS = 4


@dataclass(frozen=True)
class WallBoard:
    """What the wall shows at ``at``: a line per precinct, the city's line, the precincts' names."""

    at: datetime
    lines: list[BoardLine]
    city: BoardLine
    precincts: list[Precinct]


class WallService:
    def __init__(self, db: Database, actor: Principal, *, timezone: str, clock: Clock = utc_now) -> None:
        self.db = db
        self.actor = actor
        self.zone = ZoneInfo(timezone)
        self.clock = clock

    def board(self) -> WallBoard:
        self.actor.require(Permission.READ_BOARD)
        now = self.clock()
        hour = timedelta(hours=1)
        with self.db.reading() as session:
            precincts = Precincts(session).all()
            incidents = board_incidents(session)
            units = board_units(session)
            entry = feed.latest_of(session, "database", 0, ChangeKind.THRESHOLDS_SET.value)
            windows = [
                count_by_precinct(
                    session, now - timedelta(weeks=k) - hour, now - timedelta(weeks=k), confidential=False
                )
                for k in range(USUAL_WEEKS + 1)
            ]
        record = entry.record if entry is not None else None
        thresholds = thresholds_of(record) if isinstance(record, ThresholdsChange) else Thresholds()
        every = [i.number for i in incidents]  # the openings are not the wall's to read (see above)
        overdue = {i.number for i in incidents if overdue_of(i, now, thresholds, every)}
        codes = set().union(*windows)
        contacts = {
            code: (windows[0].get(code, 0), sum(w.get(code, 0) for w in windows[1:]) / USUAL_WEEKS)
            for code in codes
        }
        lines, city = board_lines(
            precincts, incidents, units, now, self.zone, overdue=overdue, contacts=contacts
        )
        return WallBoard(now, lines, city, precincts)
