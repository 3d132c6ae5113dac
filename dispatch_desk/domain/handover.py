"""The shift handover: what the outgoing shift lead hands over, and the incoming one confirms.

A twelve-hour shift (or any period) is summed up from the incidents themselves: contacts by category
and precinct, the incidents carried over (open at the period's end) with their state and units, the
units' states, the P1 incidents, what was overdue and who acknowledged it, the active look-outs and the
outgoing lead's notes. The overdue events are worked out from the incidents' own times with the
thresholds in force, so that the report says the same whichever desk prints it and whenever.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from dispatch_desk.domain.entities import Incident, Unit
from dispatch_desk.domain.enums import IncidentStatus
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.intervals import (
    IncidentTimes,
    interval,
    percentile,
    queue_target_s,
)
from dispatch_desk.domain.look_outs import LookOut
from dispatch_desk.domain.overdue import REASSIGNED_PREFIX, Thresholds
from dispatch_desk.domain.values import clean_text, require_aware

SHIFT = timedelta(hours=12)
LONGEST_PERIOD = timedelta(days=31)
MAX_NOTES = 4000


def check_period(start: datetime, end: datetime) -> None:
    require_aware(start, "period start")
    require_aware(end, "period end")
    if not start < end:
        raise ValidationError("the period ends after it begins")
    if end - start > LONGEST_PERIOD:
        raise ValidationError("a handover covers at most 31 days")


@dataclass(slots=True)
class Handover:
    """The outgoing lead's handover of a period; ``received_by``: the incoming lead who confirmed it."""

    period_from: datetime
    period_to: datetime
    handed_at: datetime
    handed_by: str
    notes: str = ""
    received_at: datetime | None = None
    received_by: str | None = None
    id: int | None = None
    version: int = 0

    def __post_init__(self) -> None:
        check_period(self.period_from, self.period_to)
        self.notes = clean_text(self.notes, "notes", MAX_NOTES)

    def confirm(self, by: str, at: datetime) -> None:
        if self.received_by is not None:
            raise DomainError(f"the handover was already received by {self.received_by}")
        if by == self.handed_by:
            raise DomainError("the incoming shift lead confirms a handover, not the one who made it")
        self.received_by, self.received_at = by, at


@dataclass(frozen=True, slots=True)
class PriorityFigures:
    """One priority's contacts of the period and how fast they were answered."""

    priority: int
    contacts: int
    dispatched: int
    within_target: float | None  # share dispatched within QUEUE_TARGETS_S[priority]
    target_s: float
    queue_p50_s: float | None  # received → first dispatched, median
    response_p50_s: float | None  # received → first on scene, median


def priority_figures(received: Sequence[Incident]) -> list[PriorityFigures]:
    """Each priority of the period's contacts, P1 first."""
    found = []
    for priority in sorted({int(i.priority) for i in received}):
        mine = [i for i in received if int(i.priority) == priority]
        times = [
            IncidentTimes(
                i.number,
                i.received_at,
                i.first_dispatched_at,
                i.first_on_scene_at,
                i.closed_at,
                not i.status.is_open,
                priority,
            )
            for i in mine
        ]
        queue = sorted(v for t in times if isinstance(v := interval(t, "queue"), float))
        response = sorted(v for t in times if isinstance(v := interval(t, "response"), float))
        target = queue_target_s(priority)
        within = sum(1 for v in queue if v <= target) / len(queue) if queue else None
        medians = percentile(queue, 0.5), percentile(response, 0.5)
        found.append(PriorityFigures(priority, len(mine), len(queue), within, target, *medians))
    return found


@dataclass(frozen=True, slots=True)
class PastOverdue:
    number: str
    kind: str  # not_dispatched | unit_moved_away | en_route_long
    since: datetime  # when it became overdue
    priority: int
    lasted_s: float  # how long it stayed overdue (until dispatched, on scene, or the period's end)
    unit: str = ""
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None


def past_overdue(incident: Incident, end: datetime, thresholds: Thresholds) -> list[PastOverdue]:
    """The thresholds ``incident`` went past before ``end``, each with how long it stayed over."""
    if incident.confidential:
        return []
    found: list[PastOverdue] = []
    priority = int(incident.priority)
    closed = incident.closed_at or end
    limit = thresholds.not_dispatched_s.get(priority, thresholds.not_dispatched_s.get(4, 1800.0))
    due = incident.received_at + timedelta(seconds=limit)
    first = min((a.dispatched_at for a in incident.assignments), default=None)
    stop = min(first or closed, closed, end)
    if due < stop:
        found.append(
            PastOverdue(incident.number, "not_dispatched", due, priority, (stop - due).total_seconds())
        )
    for a in incident.assignments:
        if a.en_route_at is not None:
            due = a.en_route_at + timedelta(seconds=thresholds.en_route_s)
            stop = min(a.on_scene_at or a.cleared_at or closed, closed, end)
            if due < stop:
                found.append(
                    PastOverdue(
                        incident.number,
                        "en_route_long",
                        due,
                        priority,
                        (stop - due).total_seconds(),
                        a.call_sign,
                    )
                )
        if a.cleared_at is not None and a.cleared_reason.startswith(REASSIGNED_PREFIX) and a.cleared_at < end:
            later = [b.dispatched_at for b in incident.assignments if b.dispatched_at > a.cleared_at]
            on_scene = incident.first_on_scene_at
            if on_scene is None or on_scene > a.cleared_at:
                stop = min(min(later, default=closed), closed, end)
                found.append(
                    PastOverdue(
                        incident.number,
                        "unit_moved_away",
                        a.cleared_at,
                        priority,
                        max(0.0, (stop - a.cleared_at).total_seconds()),
                        a.call_sign,
                    )
                )
    return found


@dataclass(frozen=True)
class HandoverReport:
    """Everything the report shows, in the order it shows it."""

    period_from: datetime
    period_to: datetime
    made_at: datetime
    made_by: str
    contacts: int
    by_category: list[tuple[str, int]]  # most first
    by_precinct: list[tuple[str, int]]  # code order; "" for incidents without a precinct
    by_hour: list[int]  # contacts per local hour of day, 24 values
    carried_over: list[Incident]  # open at the period's end, most urgent first
    units: list[Unit]
    p1: list[Incident]
    overdue: list[PastOverdue]
    look_outs: list[LookOut]
    notes: str = ""
    handover: Handover | None = None
    unit_states: Mapping[str, int] = field(default_factory=dict)
    # What the shift achieved: the period's incidents closed by its end, by disposition code ("" without one)
    outcomes: list[tuple[str, int]] = field(default_factory=list)
    by_priority: list[PriorityFigures] = field(default_factory=list)
    names: Mapping[str, str] = field(default_factory=dict)  # login → full name, for the signatures

    def full_name(self, login: str | None) -> str:
        return self.names.get(login or "", login or "")


def build_report(
    start: datetime,
    end: datetime,
    *,
    made_at: datetime,
    made_by: str,
    received: Sequence[Incident],
    open_at_end: Sequence[Incident],
    units: Sequence[Unit],
    look_outs: Iterable[LookOut],
    thresholds: Thresholds,
    acknowledgements: Mapping[tuple[str, str], tuple[str, datetime]],
    local_hour: Callable[[datetime], int],
    notes: str = "",
    handover: Handover | None = None,
    names: Mapping[str, str] | None = None,
) -> HandoverReport:
    """The report of ``start``–``end`` from the incidents received in it and those open at its end;
    ``acknowledgements``: (number, rule) → (who, when); ``local_hour``: a datetime's hour on the desk's clock."""
    check_period(start, end)
    categories = Counter(i.category for i in received)
    precincts = Counter(i.precinct or "" for i in received)
    hours = [0] * 24
    for incident in received:
        hours[local_hour(incident.received_at)] += 1
    seen: dict[str, Incident] = {i.number: i for i in received}
    for incident in open_at_end:
        seen.setdefault(incident.number, incident)
    overdue = []
    for incident in seen.values():
        for event in past_overdue(incident, end, thresholds):
            if event.since < start:
                continue
            ack = acknowledgements.get((event.number, event.kind))
            if ack is not None:
                event = replace(event, acknowledged_by=ack[0], acknowledged_at=ack[1])
            overdue.append(event)
    overdue.sort(key=lambda e: (e.since, e.number))
    carried = sorted(open_at_end, key=lambda i: (int(i.priority), i.received_at))
    p1 = sorted((i for i in received if int(i.priority) == 1), key=lambda i: i.received_at)
    states = Counter(u.status.value for u in units)
    outcomes = Counter(
        i.disposition_code or ""
        for i in received
        if i.status is IncidentStatus.CLOSED and i.closed_at is not None and i.closed_at < end
    )
    return HandoverReport(
        start,
        end,
        made_at,
        made_by,
        len(received),
        sorted(categories.items(), key=lambda kv: (-kv[1], kv[0])),
        sorted(precincts.items(), key=lambda kv: (kv[0] == "", kv[0])),
        hours,
        carried,
        sorted(units, key=lambda u: (u.home_precinct or "~", u.call_sign)),
        p1,
        overdue,
        [lo for lo in look_outs if lo.is_active(end)],
        notes,
        handover,
        dict(states),
        outcomes=sorted(outcomes.items(), key=lambda kv: (-kv[1], kv[0])),
        by_priority=priority_figures(received),
        names=dict(names or {}),
    )
