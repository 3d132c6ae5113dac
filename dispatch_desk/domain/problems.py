"""Problems: the precinct inspector's work on the causes of incidents, in the SARA cycle.

Scanning finds the place (a hot cell of the precinct's hexagonal grid, a repeat address); the inspector
opens a problem there with a title. Analysis: notes on what drives the contacts. Response: what is done
about it, each step with the person responsible and a due date. Assessment: the contacts at the problem's
places before the response began against those since, per week. A problem is closed with its outcome.

The incidents linked to a problem are found by its places, not stored: every incident whose position
falls in one of its cells or whose address is one of its addresses, so that new ones keep coming.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.values import clean_text, require_aware

MAX_PLACES = 12
MAX_NOTES = 200
MAX_RESPONSES = 60
BASELINE = timedelta(weeks=12)  # the assessment's "before" reaches back at most this far
_CELL = re.compile(r"^[0-9a-f]{15}$")  # an H3 cell id as the grid writes it


class ProblemStatus(StrEnum):
    ANALYSIS = "analysis"  # opened: what drives the contacts here?
    RESPONSE = "response"  # steps being taken
    ASSESSMENT = "assessment"  # steps taken: did the contacts fall?
    CLOSED = "closed"


STAGES = tuple(ProblemStatus)


class PlaceKind(StrEnum):
    CELL = "cell"  # a hexagon of the grid the hot spots are found on
    ADDRESS = "address"  # an address key (``domain.address``), as incidents store it


@dataclass(frozen=True, slots=True)
class Place:
    kind: PlaceKind
    key: str
    label: str = ""  # the address as written, or the cell's street; for people, not for matching

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", PlaceKind(self.kind))
        key = clean_text(self.key, "place", 500, required=True)
        if self.kind is PlaceKind.CELL and not _CELL.match(key):
            raise ValidationError(f"'{key[:20]}' is not a cell of the grid")
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "label", clean_text(self.label, "place name", 500))

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind.value, "key": self.key, "label": self.label}


@dataclass(frozen=True, slots=True)
class Note:
    at: datetime
    by: str
    text: str

    def __post_init__(self) -> None:
        require_aware(self.at, "note time")
        object.__setattr__(self, "text", clean_text(self.text, "note", 4000, required=True))


@dataclass(slots=True)
class Response:
    """One step of the response: what, who answers for it, by when, and when it was done."""

    what: str
    responsible: str
    due: date
    added_at: datetime
    added_by: str
    done_at: datetime | None = None

    def __post_init__(self) -> None:
        self.what = clean_text(self.what, "response", 1000, required=True)
        self.responsible = clean_text(self.responsible, "person responsible", 200, required=True)
        require_aware(self.added_at, "time added")
        if not isinstance(self.due, date) or isinstance(self.due, datetime):
            raise ValidationError("a due date is a day")

    def overdue(self, today: date) -> bool:
        return self.done_at is None and self.due < today


@dataclass(slots=True)
class Problem:
    precinct: str
    title: str
    places: tuple[Place, ...]
    opened_at: datetime
    opened_by: str
    status: ProblemStatus = ProblemStatus.ANALYSIS
    notes: list[Note] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    responding_since: datetime | None = None  # when it first moved to the response: the assessment's pivot
    outcome: str = ""
    closed_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None
    version: int = 0

    def __post_init__(self) -> None:
        self.precinct = clean_text(self.precinct, "precinct", 40, required=True)
        self.title = clean_text(self.title, "title", 200, required=True)
        self.status = ProblemStatus(self.status)
        require_aware(self.opened_at, "opening time")
        places: list[Place] = []
        for place in self.places:
            if (place.kind, place.key) not in {(p.kind, p.key) for p in places}:
                places.append(place)
        if not places:
            raise ValidationError("a problem has a place: a cell of the grid or an address")
        if len(places) > MAX_PLACES:
            raise ValidationError(f"a problem has at most {MAX_PLACES} places")
        self.places = tuple(places)

    # -- what it covers ----------------------------------------------------------------------------
    @property
    def cells(self) -> frozenset[str]:
        return frozenset(p.key for p in self.places if p.kind is PlaceKind.CELL)

    @property
    def addresses(self) -> frozenset[str]:
        return frozenset(p.key for p in self.places if p.kind is PlaceKind.ADDRESS)

    def covers(self, cell: str | None, address_key: str | None) -> bool:
        """Whether an incident in ``cell`` at ``address_key`` is one of this problem's."""
        return bool(cell and cell in self.cells) or bool(address_key and address_key in self.addresses)

    @property
    def is_open(self) -> bool:
        return self.status is not ProblemStatus.CLOSED

    def _require_open(self) -> None:
        if not self.is_open:
            raise DomainError(f"problem {self.id} is closed")

    # -- the cycle ---------------------------------------------------------------------------------
    def rename(self, title: str) -> None:
        self._require_open()
        self.title = clean_text(title, "title", 200, required=True)

    def add_place(self, place: Place) -> None:
        self._require_open()
        if (place.kind, place.key) in {(p.kind, p.key) for p in self.places}:
            return
        if len(self.places) >= MAX_PLACES:
            raise ValidationError(f"a problem has at most {MAX_PLACES} places")
        self.places = (*self.places, place)

    def add_note(self, note: Note) -> None:
        self._require_open()
        if len(self.notes) >= MAX_NOTES:
            raise ValidationError(f"a problem has at most {MAX_NOTES} notes")
        self.notes.append(note)

    def add_response(self, response: Response) -> None:
        self._require_open()
        if len(self.responses) >= MAX_RESPONSES:
            raise ValidationError(f"a problem has at most {MAX_RESPONSES} responses")
        self.responses.append(response)

    def complete_response(self, index: int, at: datetime) -> Response:
        self._require_open()
        if not 0 <= index < len(self.responses):
            raise ValidationError(f"problem {self.id} has no response {index + 1}")
        response = self.responses[index]
        if response.done_at is not None:
            raise DomainError(f"'{response.what[:40]}' is done already")
        response.done_at = require_aware(at, "time done")
        return response

    def move_to(self, status: ProblemStatus | str, at: datetime, outcome: str = "") -> None:
        """To another stage of the cycle (back as well: an assessment may send it to a new response);
        closing takes the outcome, reopening clears it."""
        status = ProblemStatus(status)
        require_aware(at, "time")
        if status is self.status:
            return
        if status is ProblemStatus.CLOSED:
            self.outcome = clean_text(outcome, "outcome", 2000, required=True)
            self.closed_at = at
        else:
            self.outcome, self.closed_at = "", None
        if status in (ProblemStatus.RESPONSE, ProblemStatus.ASSESSMENT) and self.responding_since is None:
            self.responding_since = at
        self.status = status

    def changed_since(self, since: datetime) -> list[str]:
        """What was done on the problem since ``since`` (for the weekly meeting): notes, steps added and
        done, in that order of kinds."""
        done = [f"✓ {r.what} ({r.responsible})" for r in self.responses if r.done_at and r.done_at >= since]
        added = [
            f"+ {r.what} ({r.responsible}, {r.due.isoformat()})"
            for r in self.responses
            if r.added_at >= since and not (r.done_at and r.done_at >= since)
        ]
        notes = [f"· {n.text}" for n in self.notes if n.at >= since]
        return notes + added + done


@dataclass(frozen=True)
class Assessment:
    """Contacts at the problem's places per week, before the response began and since."""

    before: int
    weeks_before: float
    after: int | None  # None: no response yet
    weeks_after: float

    @property
    def per_week_before(self) -> float:
        return self.before / self.weeks_before if self.weeks_before else 0.0

    @property
    def per_week_after(self) -> float | None:
        if self.after is None or not self.weeks_after:
            return None
        return self.after / self.weeks_after

    @property
    def change(self) -> float | None:
        """−0.4: forty per cent fewer contacts a week since the response began."""
        after = self.per_week_after
        if after is None or not self.per_week_before:
            return None
        return after / self.per_week_before - 1


def assess(
    problem: Problem, received: Iterable[datetime], now: datetime, records_from: datetime | None = None
) -> Assessment:
    """The assessment of ``problem`` from the times its linked incidents were received; the "before"
    reaches back ``BASELINE`` from when the response began, or to ``records_from`` (when the desk's
    records begin) if that is later."""
    pivot = problem.responding_since or now
    start = pivot - BASELINE
    if records_from is not None and start < records_from < pivot:
        start = records_from
    times = [t for t in received if t >= start]
    before = sum(1 for t in times if t < pivot)
    weeks_before = (pivot - start) / timedelta(weeks=1)
    if problem.responding_since is None:
        return Assessment(before, weeks_before, None, 0.0)
    end = problem.closed_at or now
    after = sum(1 for t in times if pivot <= t <= end)
    return Assessment(before, weeks_before, after, max(end - pivot, timedelta(0)) / timedelta(weeks=1))
