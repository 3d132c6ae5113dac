"""Overdue incidents: what has waited too long, by the centre's thresholds.

Every desk checks its open incidents once a second against these rules, so that an urgent call left
waiting is seen without being looked for:

- ``not_dispatched``   no unit after the priority's threshold (P1 60 s, P2 5 min, P3 15 min, P4 30 min),
                       from the time received (or reopened)
- ``unit_moved_away``  its unit was moved to another incident and none is left: at once (before, it
                       dropped silently back to "new" among the others)
- ``en_route_long``    a unit en route longer than 15 min
- ``on_scene_long``    on scene longer than 60 min without an update
- ``app_unopened``     an app report nobody at this desk has opened after 2 min

Confidential reports are handled by anti-corruption officers without patrols: no rule applies to them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import MappingProxyType

from dispatch_desk.domain.entities import Incident
from dispatch_desk.domain.enums import Channel, IncidentStatus

REASSIGNED_PREFIX = "reassigned to "  # the cleared reason of a unit moved to another incident
KINDS = ("not_dispatched", "unit_moved_away", "en_route_long", "on_scene_long", "app_unopened")


@dataclass(frozen=True)
class Thresholds:
    not_dispatched_s: Mapping[int, float] = field(
        default_factory=lambda: MappingProxyType({1: 60.0, 2: 300.0, 3: 900.0, 4: 1800.0})
    )
    en_route_s: float = 900.0
    on_scene_s: float = 3600.0
    app_unopened_s: float = 120.0


@dataclass(frozen=True, slots=True)
class Overdue:
    number: str
    kind: str  # one of KINDS
    since: datetime  # when it became overdue
    priority: int
    unit: str = ""  # the unit a rule is about (en route too long)


def overdue_of(
    incident: Incident, now: datetime, thresholds: Thresholds, opened: Collection[str] = ()
) -> list[Overdue]:
    """What is overdue about one incident at ``now``; ``opened``: the numbers this desk has opened."""
    if incident.confidential or not incident.status.is_open:
        return []
    found: list[Overdue] = []
    priority = int(incident.priority)

    def add(kind: str, since: datetime, unit: str = "") -> None:
        if since <= now:
            found.append(Overdue(incident.number, kind, since, priority, unit))

    active = incident.active_assignments()
    if not active and incident.status in (IncidentStatus.NEW, IncidentStatus.REOPENED):
        moved = [
            a for a in incident.assignments if a.cleared_reason.startswith(REASSIGNED_PREFIX) and a.cleared_at
        ]
        if moved and incident.first_on_scene_at is None:
            add("unit_moved_away", max(a.cleared_at for a in moved if a.cleared_at))
        waiting_since = incident.received_at
        if incident.status is IncidentStatus.REOPENED and incident.updated_at is not None:
            waiting_since = incident.updated_at
        limit = thresholds.not_dispatched_s.get(priority, thresholds.not_dispatched_s.get(4, 1800.0))
        add("not_dispatched", waiting_since + timedelta(seconds=limit))
        if incident.channel is Channel.APP and incident.number not in opened:
            add("app_unopened", incident.received_at + timedelta(seconds=thresholds.app_unopened_s))
    for assignment in active:
        if assignment.en_route_at is not None and assignment.on_scene_at is None:
            add("en_route_long", assignment.en_route_at + timedelta(seconds=thresholds.en_route_s),
                assignment.call_sign)  # fmt: skip
    if incident.status is IncidentStatus.ON_SCENE and incident.first_on_scene_at is not None:
        last = max(incident.first_on_scene_at, incident.updated_at or incident.first_on_scene_at)
        add("on_scene_long", last + timedelta(seconds=thresholds.on_scene_s))
    return found
