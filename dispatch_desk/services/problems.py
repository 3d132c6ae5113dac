"""The precinct inspector's problems (SARA): opened from a hot cell or a repeat address, worked through
analysis, response and assessment, and closed with their outcome.

Bound to the person: ``WORK_PROBLEMS`` (the inspector) opens and changes the problems of the home
precinct; ``READ_ANALYTICS`` without it (the shift lead) reads every precinct's. Each change is one
transaction with its change-feed record, so every desk showing the problem sees it within a poll; on
PostgreSQL the server's policies refuse another precinct's problems just the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from dispatch_desk.domain.access import Forbidden, Permission, Principal
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import ProblemChange
from dispatch_desk.domain.errors import NotFound, ValidationError
from dispatch_desk.domain.problems import (
    BASELINE,
    Assessment,
    Note,
    Place,
    PlaceKind,
    Problem,
    ProblemStatus,
    Response,
    assess,
)
from dispatch_desk.domain.values import clean_text
from dispatch_desk.geo import hotspots
from dispatch_desk.services.precinct_analytics import street_of
from dispatch_desk.store.analytics_rows import first_received
from dispatch_desk.store.db import Database
from dispatch_desk.store.problems import Problems, incidents_near
from dispatch_desk.store.uow import UnitOfWork


@dataclass(frozen=True)
class LinkedIncident:
    number: str
    received_at: datetime
    category: str
    status: str
    address: str
    cell: str | None


def _checked(place: Place) -> Place:
    if place.kind is PlaceKind.CELL and not hotspots.is_cell(place.key):
        raise ValidationError(f"'{place.key[:20]}' is not a cell of the grid")
    return place


class ProblemDesk:
    def __init__(
        self,
        db: Database,
        actor: Principal,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        timezone: str = "Asia/Almaty",
    ) -> None:
        self.db = db
        self.actor = actor
        self.clock = clock
        self.zone = ZoneInfo(timezone)

    # -- whose ---------------------------------------------------------------------------------
    def _reading(self) -> str | None:
        """The precinct this person reads problems of (None: every precinct)."""
        actor = self.actor
        actor.require(Permission.READ_ANALYTICS)
        if actor.may(Permission.READ_INCIDENTS):
            return None
        if actor.home_precinct is None:
            raise Forbidden(f"{actor.login} has no home precinct: an administrator sets it")
        return actor.home_precinct

    def _own(self, problem: Problem) -> Problem:
        scope = self._reading()
        if scope is not None and problem.precinct != scope:
            raise NotFound(f"there is no problem {problem.id}")  # another precinct's does not exist here
        return problem

    def _writing(self) -> str:
        self.actor.require(Permission.WORK_PROBLEMS)
        home = self.actor.home_precinct
        if home is None:
            raise Forbidden(f"{self.actor.login} has no home precinct: an administrator sets it")
        return home

    # -- reading -------------------------------------------------------------------------------
    def problems(self, *, open_only: bool = False, precinct: str | None = None) -> list[Problem]:
        scope = self._reading()
        if scope is not None:
            if precinct and precinct != scope:
                raise ValidationError(f"precinct {precinct[:20]} is not yours to read; yours is {scope}")
            precinct = scope
        with self.db.reading() as session:
            return Problems(session).of_precinct(precinct, open_only=open_only)

    def get(self, problem_id: int) -> Problem:
        with self.db.reading() as session:
            return self._own(Problems(session).get(problem_id))

    def linked(self, problem: Problem) -> list[LinkedIncident]:
        """The incidents at the problem's places, from the assessment's baseline on, the newest first."""
        self._own(problem)
        since = (problem.responding_since or self.clock()) - BASELINE
        since = min(since, problem.opened_at - BASELINE)
        box = hotspots.cells_box(problem.cells) if problem.cells else None
        confidential = None if self.actor.may(Permission.CONFIDENTIAL) else False
        with self.db.reading() as session:
            rows = incidents_near(
                session, problem.precinct, since, box, problem.addresses, confidential=confidential
            )
        found = []
        for number, received, category, status, lat, lon, key, address in rows:
            cell = hotspots.cell_of(lat, lon) if lat is not None and lon is not None else None
            if problem.covers(cell, key):
                found.append(LinkedIncident(number, received, category, status, address, cell))
        return found

    def assessment(self, problem: Problem, linked: Sequence[LinkedIncident] | None = None) -> Assessment:
        linked = self.linked(problem) if linked is None else linked
        with self.db.reading() as session:
            records_from = first_received(session, problem.precinct)
        return assess(problem, [i.received_at for i in linked], self.clock(), records_from)

    def cell_place(self, cell: str) -> Place:
        """A hexagon as a problem's place, named by the street most of its recent contacts came from."""
        precinct = self._writing()
        place = _checked(Place(PlaceKind.CELL, cell))
        with self.db.reading() as session:
            rows = incidents_near(
                session, precinct, self.clock() - BASELINE, hotspots.cells_box([place.key]), frozenset()
            )
        streets = Counter(
            street_of(address)
            for _n, _r, _c, _s, lat, lon, _k, address in rows
            if lat is not None and hotspots.cell_of(lat, lon) == cell and address
        )
        return Place(PlaceKind.CELL, cell, streets.most_common(1)[0][0] if streets else "")

    # -- changing ------------------------------------------------------------------------------
    def _record(self, work: UnitOfWork, kind: ChangeKind, problem: Problem) -> None:
        work.record(
            ProblemChange(kind, problem.id or 0, problem.precinct, problem.status.value, problem.version),
            problem.id,
        )

    def open(self, title: str, places: Sequence[Place], note: str = "") -> Problem:
        """A new problem of the inspector's home precinct at ``places``, with its first analysis note."""
        precinct = self._writing()
        with UnitOfWork(self.db, self.actor.login, self.clock()) as work:
            problem = Problem(
                precinct,
                title,
                tuple(_checked(p) for p in places),
                work.now,
                self.actor.login,
                updated_at=work.now,
            )
            if clean_text(note, "note", 4000):
                problem.add_note(Note(work.now, self.actor.login, note))
            work.problems.add(problem)
            self._record(work, ChangeKind.PROBLEM_OPENED, problem)
            work.commit()
        return problem

    def _change(
        self, problem_id: int, version: int | None, change: Callable[[Problem, datetime], None]
    ) -> Problem:
        precinct = self._writing()
        with UnitOfWork(self.db, self.actor.login, self.clock()) as work:
            problem = work.problems.get(problem_id)
            if problem.precinct != precinct:
                raise NotFound(f"there is no problem {problem_id}")
            if version is not None:
                problem.version = version  # the one the person saw: a change made meanwhile is a conflict
            change(problem, work.now)
            problem.updated_at = work.now
            work.problems.save(problem)
            self._record(work, ChangeKind.PROBLEM_CHANGED, problem)
            work.commit()
        return problem

    def rename(self, problem_id: int, title: str, version: int | None = None) -> Problem:
        return self._change(problem_id, version, lambda p, _now: p.rename(title))

    def add_place(self, problem_id: int, place: Place, version: int | None = None) -> Problem:
        return self._change(problem_id, version, lambda p, _now: p.add_place(_checked(place)))

    def add_note(self, problem_id: int, text: str, version: int | None = None) -> Problem:
        return self._change(problem_id, version, lambda p, now: p.add_note(Note(now, self.actor.login, text)))

    def add_response(
        self, problem_id: int, what: str, responsible: str, due: date, version: int | None = None
    ) -> Problem:
        def add(problem: Problem, now: datetime) -> None:
            if due < now.astimezone(self.zone).date():
                raise ValidationError("a response is due today or later")
            problem.add_response(Response(what, responsible, due, now, self.actor.login))

        return self._change(problem_id, version, add)

    def complete_response(self, problem_id: int, index: int, version: int | None = None) -> Problem:
        def complete(problem: Problem, now: datetime) -> None:
            problem.complete_response(index, now)

        return self._change(problem_id, version, complete)

    def move_to(
        self, problem_id: int, status: ProblemStatus | str, outcome: str = "", version: int | None = None
    ) -> Problem:
        return self._change(problem_id, version, lambda p, now: p.move_to(status, now, outcome))
