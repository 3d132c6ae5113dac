"""The shift lead's board: the whole city, one line per precinct, from what every desk already holds.

For each precinct: open incidents by priority, the longest an open incident has waited for a unit, how
many are overdue, its units available / busy / off shift, whether its service centre is open now, and
the contacts of the last hour beside the usual for this weekday and hour. The city's totals are one more
line. Incidents without a precinct (not yet located) and units of the whole city (traffic police) have a
line of their own, so none is out of sight.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from dispatch_desk.domain.entities import Incident, Precinct, Unit
from dispatch_desk.domain.enums import IncidentStatus, UnitStatus

UNLOCATED = ""  # the line of incidents with no precinct yet and of units of the whole city
AVAILABLE = frozenset({UnitStatus.AVAILABLE})
OFF = frozenset({UnitStatus.OFF_SHIFT})  # a meal break counts as busy: not free, but on shift


@dataclass(frozen=True)
class BoardLine:
    code: str  # the precinct's code; UNLOCATED; or "*" for the city
    open_by_priority: tuple[int, int, int, int] = (0, 0, 0, 0)
    longest_wait_s: float | None = None  # of the open incidents without a unit
    waiting: int = 0  # open incidents without a unit
    overdue: int = 0
    units_available: int = 0
    units_busy: int = 0
    units_off: int = 0
    centre_open: bool | None = None  # None: no hours known (or the city's line)
    contacts_last_hour: int = 0
    contacts_usual: float | None = None  # the mean of the same weekday and hour of earlier weeks

    @property
    def open_total(self) -> int:
        return sum(self.open_by_priority)


def _waiting_since(incident: Incident) -> datetime:
    if incident.status is IncidentStatus.REOPENED and incident.updated_at is not None:
        return incident.updated_at
    return incident.received_at


def board_lines(
    precincts: Iterable[Precinct],
    incidents: Iterable[Incident],
    units: Iterable[Unit],
    now: datetime,
    zone: tzinfo,
    *,
    overdue: Collection[str] = (),
    contacts: Mapping[str, tuple[int, float | None]] | None = None,
) -> tuple[list[BoardLine], BoardLine]:
    """(a line per precinct in code order, then the unlocated line if any incident is there; the city)."""
    contacts = contacts or {}
    local = now.astimezone(zone).time()
    lines: dict[str, dict[str, Any]] = {}
    hours: dict[str, bool | None] = {}
    for precinct in precincts:
        lines[precinct.code] = {}
        hours[precinct.code] = precinct.opening_hours.is_open_at(local) if precinct.opening_hours else None

    def line(code: str | None) -> dict[str, Any]:
        return lines.setdefault(code or UNLOCATED, {})

    for incident in incidents:
        if not incident.status.is_open or incident.confidential:
            continue
        entry = line(incident.precinct)
        counts = entry.setdefault("open", [0, 0, 0, 0])
        counts[min(max(int(incident.priority), 1), 4) - 1] += 1
        if not incident.active_assignments():
            entry["waiting"] = entry.get("waiting", 0) + 1
            wait = (now - _waiting_since(incident)).total_seconds()
            entry["wait"] = max(entry.get("wait", 0.0), wait)
        if incident.number in overdue:
            entry["overdue"] = entry.get("overdue", 0) + 1
    for unit in units:
        entry = line(unit.precinct_at(now))  # a lent unit counts where it serves
        key = "available" if unit.status in AVAILABLE else "off" if unit.status in OFF else "busy"
        entry[key] = entry.get(key, 0) + 1
    result = []
    for code in sorted(lines, key=lambda c: (c == UNLOCATED, c)):
        entry = lines[code]
        if code == UNLOCATED and not entry:
            continue
        last, usual = contacts.get(code, (0, None))
        result.append(
            BoardLine(
                code,
                tuple(entry.get("open", (0, 0, 0, 0))),
                entry.get("wait"),
                entry.get("waiting", 0),
                entry.get("overdue", 0),
                entry.get("available", 0),
                entry.get("busy", 0),
                entry.get("off", 0),
                hours.get(code),
                last,
                usual,
            )
        )
    waits = [line.longest_wait_s for line in result if line.longest_wait_s is not None]
    usuals = [line.contacts_usual for line in result if line.contacts_usual is not None]
    city = BoardLine(
        "*",
        tuple(sum(line.open_by_priority[p] for line in result) for p in range(4)),  # type: ignore[arg-type]
        max(waits, default=None),
        sum(line.waiting for line in result),
        sum(line.overdue for line in result),
        sum(line.units_available for line in result),
        sum(line.units_busy for line in result),
        sum(line.units_off for line in result),
        None,
        sum(line.contacts_last_hour for line in result),
        sum(usuals) if usuals else None,
    )
    return result, city
