"""Response intervals: how long incidents waited, travelled and took, as a shift lead reads them.

From an incident's own times (``received_at``, ``first_dispatched_at``, ``first_on_scene_at``,
``closed_at``) five intervals, each between two of them:

- ``queue``     received → first dispatched (the centre's part: answer to dispatch)
- ``travel``    first dispatched → first on scene
- ``response``  received → first on scene (what the caller lives through)
- ``on_scene``  first on scene → closed
- ``total``     received → closed

For each: how many incidents have it (``n``), the median, the 90th percentile and the longest, and the
incidents left out with the reason — never silently dropped: ``missing`` (closed or cancelled without
the later time, e.g. handled by phone without a unit), ``out_of_order`` (the later time before the
earlier one: a clock or data error to look into). Incidents still on the way to the later time are
``pending``, counted apart. The queue interval is also given against its target, for each priority apart
(``QUEUE_TARGETS_S``: a P1 answered to dispatch within 60 s for 90 % of incidents, as NFPA 1225 sets it;
P2–P4 within the times the desk raises their overdue alert at: 5, 15, 30 min), and by hour of day. Percentiles interpolate linearly
between the two nearest values (the common definition, as spreadsheets and numpy compute it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any, Protocol

INTERVALS: dict[str, tuple[str, str]] = {
    "queue": ("received_at", "dispatched_at"),
    "travel": ("dispatched_at", "on_scene_at"),
    "response": ("received_at", "on_scene_at"),
    "on_scene": ("on_scene_at", "closed_at"),
    "total": ("received_at", "closed_at"),
}
QUEUE_TARGET_S = 60.0
QUEUE_TARGET_SHARE = 0.90
# Answer to dispatch, by priority: each priority against its own time (90 % of incidents within it).
QUEUE_TARGETS_S: dict[int, float] = {1: QUEUE_TARGET_S, 2: 300.0, 3: 900.0, 4: 1800.0}


class Ordered(Protocol):
    """Values in order that ``percentile`` reads: a list, or a numpy array."""

    def __len__(self) -> int: ...
    def __getitem__(self, index: int, /) -> Any: ...


def queue_target_s(priority: int) -> float:
    """The answer-to-dispatch time a priority is held to (P4's for any other)."""
    return QUEUE_TARGETS_S.get(priority, QUEUE_TARGETS_S[4])


@dataclass(frozen=True, slots=True)
class PriorityTarget:
    """How many of one priority's dispatched incidents were dispatched within that priority's time."""

    priority: int
    target_s: float
    n: int  # dispatched incidents of this priority
    within: float | None  # their share dispatched within target_s

    @property
    def met(self) -> bool | None:
        return None if self.within is None else self.within >= QUEUE_TARGET_SHARE

    def as_dict(self) -> dict[str, Any]:
        return {
            "priority": self.priority,
            "seconds": self.target_s,
            "share_wanted": QUEUE_TARGET_SHARE,
            "n": self.n,
            "share": _round(self.within, 4),
            "met": self.met,
        }


def priority_targets(queue_by_priority: Mapping[int, Sequence[float]]) -> tuple[PriorityTarget, ...]:
    """Each priority with dispatched incidents against its own target, P1 first."""
    found = []
    for priority in sorted(queue_by_priority):
        values = queue_by_priority[priority]
        target = queue_target_s(priority)
        within = sum(1 for v in values if v <= target) / len(values) if values else None
        found.append(PriorityTarget(priority, target, len(values), within))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class IncidentTimes:
    number: str
    received_at: datetime
    dispatched_at: datetime | None
    on_scene_at: datetime | None
    closed_at: datetime | None
    ended: bool  # closed or cancelled: no later time will come
    priority: int = 4
    precinct: str | None = None
    category: str = ""


@dataclass(frozen=True, slots=True)
class Excluded:
    number: str
    reason: str  # missing | out_of_order


@dataclass(frozen=True)
class Summary:
    n: int
    p50_s: float | None
    p90_s: float | None
    max_s: float | None
    pending: int = 0
    excluded: tuple[Excluded, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "p50_s": _round(self.p50_s),
            "p90_s": _round(self.p90_s),
            "max_s": _round(self.max_s),
            "pending": self.pending,
            "excluded": [{"number": e.number, "reason": e.reason} for e in self.excluded],
        }


@dataclass(frozen=True)
class IntervalReport:
    incidents: int
    intervals: dict[str, Summary]
    queue_within_target: float | None  # share of queue intervals ≤ QUEUE_TARGET_S
    by_hour: dict[int, dict[str, Summary]] = field(default_factory=dict)  # local hour → queue, response
    by_priority: tuple[PriorityTarget, ...] = ()  # the queue interval against each priority's target

    @property
    def excluded_count(self) -> dict[str, int]:
        """Incidents left out of some interval, by reason (each incident counted once per reason)."""
        reasons: dict[str, set[str]] = {}
        for summary in self.intervals.values():
            for left_out in summary.excluded:
                reasons.setdefault(left_out.reason, set()).add(left_out.number)
        return {reason: len(numbers) for reason, numbers in sorted(reasons.items())}

    @property
    def queue_target_met(self) -> bool | None:
        share = self.queue_within_target
        return None if share is None else share >= QUEUE_TARGET_SHARE

    def as_dict(self) -> dict[str, Any]:
        return {
            "incidents": self.incidents,
            "intervals": {name: summary.as_dict() for name, summary in self.intervals.items()},
            "queue_target": {
                "seconds": QUEUE_TARGET_S,
                "share_wanted": QUEUE_TARGET_SHARE,
                "share": _round(self.queue_within_target, 4),
                "met": self.queue_target_met,
            },
            "queue_targets_by_priority": [target.as_dict() for target in self.by_priority],
            "by_hour": {
                str(hour): {
                    name: {k: v for k, v in s.as_dict().items() if k != "excluded"}
                    for name, s in parts.items()
                }
                for hour, parts in sorted(self.by_hour.items())
            },
        }


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def percentile(ordered: Ordered, q: float) -> float | None:
    """The ``q``-th quantile (0…1) of sorted values, linearly interpolated; None for no values. (Any
    sequence that has a length and indexes: a list, or a numpy array of a million values.)"""
    if len(ordered) == 0:
        return None
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (position - low))


def summarize(values: list[float], pending: int = 0, excluded: Iterable[Excluded] = ()) -> Summary:
    values.sort()
    return Summary(
        len(values),
        percentile(values, 0.5),
        percentile(values, 0.9),
        values[-1] if values else None,
        pending,
        tuple(excluded),
    )


def interval(times: IncidentTimes, name: str) -> float | str:
    """Seconds of interval ``name``; or why there are none: "pending", "missing", "out_of_order"."""
    start_field, end_field = INTERVALS[name]
    start, end = getattr(times, start_field), getattr(times, end_field)
    if start is None:
        return "pending" if not times.ended else "missing"
    if end is None:
        return "pending" if not times.ended else "missing"
    seconds = (end - start).total_seconds()
    return seconds if seconds >= 0 else "out_of_order"


def interval_report(incidents: Iterable[IncidentTimes], zone: tzinfo) -> IntervalReport:
    values: dict[str, list[float]] = {name: [] for name in INTERVALS}
    pending = dict.fromkeys(INTERVALS, 0)
    excluded: dict[str, list[Excluded]] = {name: [] for name in INTERVALS}
    hourly: dict[int, dict[str, list[float]]] = {}
    by_priority: dict[int, list[float]] = {}
    count = 0
    for times in incidents:
        count += 1
        hour = times.received_at.astimezone(zone).hour
        for name in INTERVALS:
            result = interval(times, name)
            if isinstance(result, float):
                values[name].append(result)
                if name in ("queue", "response"):
                    hourly.setdefault(hour, {"queue": [], "response": []})[name].append(result)
                if name == "queue":
                    by_priority.setdefault(times.priority, []).append(result)
            elif result == "pending":
                pending[name] += 1
            else:
                excluded[name].append(Excluded(times.number, result))
    queue = values["queue"]
    within = sum(1 for v in queue if v <= QUEUE_TARGET_S) / len(queue) if queue else None
    return IntervalReport(
        count,
        {name: summarize(values[name], pending[name], excluded[name]) for name in INTERVALS},
        within,
        {hour: {name: summarize(v) for name, v in parts.items()} for hour, parts in hourly.items()},
        priority_targets(by_priority),
    )
