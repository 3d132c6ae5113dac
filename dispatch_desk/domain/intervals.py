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
``pending``, counted apart. The queue interval is also given against its target (answer to dispatch within
60 s for 90 % of incidents, as NFPA 1225 sets it) and by hour of day. Percentiles interpolate linearly
between the two nearest values (the common definition, as spreadsheets and numpy compute it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

INTERVALS: dict[str, tuple[str, str]] = {
    "queue": ("received_at", "dispatched_at"),
    "travel": ("dispatched_at", "on_scene_at"),
    "response": ("received_at", "on_scene_at"),
    "on_scene": ("on_scene_at", "closed_at"),
    "total": ("received_at", "closed_at"),
}
QUEUE_TARGET_S = 60.0
QUEUE_TARGET_SHARE = 0.90


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
            "n": self.n, "p50_s": _round(self.p50_s), "p90_s": _round(self.p90_s), "max_s": _round(self.max_s),
            "pending": self.pending, "excluded": [{"number": e.number, "reason": e.reason} for e in self.excluded],
        }  # fmt: skip


@dataclass(frozen=True)
class IntervalReport:
    incidents: int
    intervals: dict[str, Summary]
    queue_within_target: float | None  # share of queue intervals ≤ QUEUE_TARGET_S
    by_hour: dict[int, dict[str, Summary]] = field(default_factory=dict)  # local hour → queue, response

    @property
    def queue_target_met(self) -> bool | None:
        share = self.queue_within_target
        return None if share is None else share >= QUEUE_TARGET_SHARE

    def as_dict(self) -> dict[str, Any]:
        return {
            "incidents": self.incidents,
            "intervals": {name: summary.as_dict() for name, summary in self.intervals.items()},
            "queue_target": {"seconds": QUEUE_TARGET_S, "share_wanted": QUEUE_TARGET_SHARE,
                             "share": _round(self.queue_within_target, 4), "met": self.queue_target_met},
            "by_hour": {str(hour): {name: {k: v for k, v in s.as_dict().items() if k != "excluded"}
                                    for name, s in parts.items()} for hour, parts in sorted(self.by_hour.items())},
        }  # fmt: skip


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def percentile(ordered: Sequence[float], q: float) -> float | None:
    """The ``q``-th quantile (0…1) of sorted values, linearly interpolated; None for no values."""
    if not ordered:
        return None
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarize(values: list[float], pending: int = 0, excluded: Iterable[Excluded] = ()) -> Summary:
    values.sort()
    return Summary(len(values), percentile(values, 0.5), percentile(values, 0.9), values[-1] if values else None,
                   pending, tuple(excluded))  # fmt: skip


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
    )
