"""A unit's shift in figures: how long it has been in each state since it went on shift.

The unit panel shows, for each unit, the time available, on incidents, busy, on a meal break and
returning since its shift began, from the same status changes the change feed records. A desk keeps
the figures current as the changes arrive (``advance``); the state the unit is in now counts up to now.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from dispatch_desk.domain.enums import UnitStatus

# The states shown, in the order shown; the incident states are summed as "on incidents".
ON_INCIDENTS = frozenset({UnitStatus.DISPATCHED, UnitStatus.EN_ROUTE, UnitStatus.ON_SCENE})
GROUPS = ("available", "incidents", "returning", "busy", "meal_break")


def group_of(status: UnitStatus) -> str | None:
    if status in ON_INCIDENTS:
        return "incidents"
    if status is UnitStatus.OFF_SHIFT:
        return None
    return status.value


@dataclass
class ShiftTimes:
    """Seconds in each group of states since ``started``; ``status`` since ``since`` still running."""

    started: datetime | None  # None: off shift
    status: UnitStatus
    since: datetime
    seconds: dict[str, float] = field(default_factory=dict)

    def advance(self, status: UnitStatus, at: datetime) -> None:
        """The unit changed to ``status`` at ``at`` (a change older than the last one is ignored)."""
        if at < self.since:
            return
        if status is self.status:
            return
        group = group_of(self.status)
        if group is not None and self.started is not None:
            self.seconds[group] = self.seconds.get(group, 0.0) + (at - self.since).total_seconds()
        if status is UnitStatus.OFF_SHIFT:
            self.started, self.seconds = None, {}
        elif self.started is None:
            self.started, self.seconds = at, {}
        self.status, self.since = status, at

    def totals(self, now: datetime) -> dict[str, float]:
        """Seconds per group, the current state counted up to ``now``."""
        result = dict(self.seconds)
        group = group_of(self.status)
        if group is not None and self.started is not None and now > self.since:
            result[group] = result.get(group, 0.0) + (now - self.since).total_seconds()
        return result

    def on_shift_s(self, now: datetime) -> float | None:
        return None if self.started is None else max(0.0, (now - self.started).total_seconds())


def shift_times(
    status: UnitStatus,
    since: datetime,
    changes: Iterable[tuple[datetime, UnitStatus]],
    *,
    horizon: datetime,
) -> ShiftTimes:
    """A unit's figures from its status changes since ``horizon`` (oldest first), ending in ``status``
    since ``since``. A unit on shift since before the horizon counts from the horizon."""
    times = ShiftTimes(None, status, since)
    first = True
    for at, changed in changes:
        if first:
            # the state before the first change known: unknown, so the shift begins with that change
            times = ShiftTimes(None if changed is UnitStatus.OFF_SHIFT else at, changed, at)
            first = False
            continue
        times.advance(changed, at)
    if first:
        start = max(since, horizon)
        return ShiftTimes(None if status is UnitStatus.OFF_SHIFT else start, status, start)
    times.advance(status, since)
    return times
