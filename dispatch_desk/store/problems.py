"""The precinct inspector's problems, and the incidents at their places."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from dispatch_desk.domain.problems import Note, Place, PlaceKind, Problem, ProblemStatus, Response
from dispatch_desk.store.row_lookup import row_of, row_to_change
from dispatch_desk.store.rows import IncidentRow, ProblemRow


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def problem_from_row(row: ProblemRow) -> Problem:
    places = tuple(Place(PlaceKind(p["kind"]), p["key"], p.get("label", "")) for p in row.places or ())
    notes = [Note(datetime.fromisoformat(n["at"]), n["by"], n["text"]) for n in row.notes or ()]
    responses = [
        Response(
            r["what"],
            r["responsible"],
            date.fromisoformat(r["due"]),
            datetime.fromisoformat(r["added_at"]),
            r["added_by"],
            _time(r.get("done_at")),
        )
        for r in row.responses or ()
    ]
    return Problem(
        row.precinct,
        row.title,
        places,
        row.opened_at,
        row.opened_by,
        ProblemStatus(row.status),
        notes,
        responses,
        row.responding_since,
        row.outcome or "",
        row.closed_at,
        row.updated_at,
        row.id,
        row.version,
    )


def _to_row(problem: Problem, row: ProblemRow) -> ProblemRow:
    row.precinct, row.title, row.status = problem.precinct, problem.title, problem.status.value
    row.places = [p.as_dict() for p in problem.places]
    row.notes = [{"at": n.at.isoformat(), "by": n.by, "text": n.text} for n in problem.notes]
    row.responses = [
        {
            "what": r.what,
            "responsible": r.responsible,
            "due": r.due.isoformat(),
            "added_at": r.added_at.isoformat(),
            "added_by": r.added_by,
            "done_at": r.done_at.isoformat() if r.done_at else None,
        }
        for r in problem.responses
    ]
    row.opened_at, row.opened_by = problem.opened_at, problem.opened_by
    row.responding_since, row.outcome, row.closed_at = (
        problem.responding_since,
        problem.outcome,
        problem.closed_at,
    )
    row.updated_at = problem.updated_at
    return row


class Problems:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, problem: Problem) -> Problem:
        row = _to_row(problem, ProblemRow())
        self.session.add(row)
        self.session.flush()
        problem.id, problem.version = row.id, row.version
        return problem

    def get(self, problem_id: int) -> Problem:
        return problem_from_row(row_of(self.session, ProblemRow, problem_id, f"problem {problem_id}"))

    def save(self, problem: Problem) -> Problem:
        row = row_to_change(self.session, ProblemRow, problem.id, f"problem {problem.id}", problem.version)
        _to_row(problem, row)
        self.session.flush()
        problem.version = row.version
        return problem

    def of_precinct(self, precinct: str | None, *, open_only: bool = False) -> list[Problem]:
        """The problems of ``precinct`` (None: every precinct's), the newest opened first."""
        query = select(ProblemRow).order_by(ProblemRow.opened_at.desc(), ProblemRow.id.desc())
        if precinct is not None:
            query = query.where(ProblemRow.precinct == precinct)
        if open_only:
            query = query.where(ProblemRow.status != ProblemStatus.CLOSED.value)
        return [problem_from_row(r) for r in self.session.scalars(query)]


def incidents_near(
    session: Session,
    precinct: str,
    since: datetime,
    box: tuple[float, float, float, float] | None,
    address_keys: frozenset[str],
    *,
    confidential: bool | None = False,
) -> list[tuple[Any, ...]]:
    """(number, received_at, category, status, lat, lon, address_key, address) of the incidents of
    ``precinct`` received since ``since`` inside ``box`` (south, west, north, east) or at one of
    ``address_keys``, the newest first: the candidates; the problem's own rule picks from them."""
    row = IncidentRow
    where = []
    if box is not None:
        south, west, north, east = box
        where.append(and_(row.lat.between(south, north), row.lon.between(west, east)))
    if address_keys:
        where.append(row.address_key.in_(sorted(address_keys)))
    if not where:
        return []
    query = select(
        row.number, row.received_at, row.category, row.status, row.lat, row.lon, row.address_key, row.address
    ).where(row.precinct == precinct, row.received_at >= since, or_(*where))
    if confidential is not None:
        query = query.where(row.confidential.is_(confidential))
    return [tuple(r) for r in session.execute(query.order_by(row.received_at.desc()))]
