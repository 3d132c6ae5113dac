"""Overdue incidents: what has waited too long, by the centre's thresholds.

Every desk checks its open incidents once a second against these rules, so that an urgent call left
waiting is seen without being looked for:

- ``not_dispatched``   no unit after the priority's threshold (P1 60 s, P2 5 min, P3 15 min, P4 30 min),
                       from the time received (or reopened, or its last unit left the scene)
- ``unit_moved_away``  its unit was moved to another incident and none is left, whether or not it had
                       reached the scene: at once (the incident waits again, status "new")
- ``en_route_long``    a unit en route longer than 15 min
- ``on_scene_long``    on scene longer than 60 min without an update
- ``app_unopened``     an app report no person has opened after 2 min (the first deliberate look is
                       recorded in the feed, so that it holds on every desk and after a restart)

The shift lead's acknowledgement silences an alert for ``ACKNOWLEDGED_FOR`` its priority (P1 5 min …
P4 30 min); an alert that still holds then comes back, escalated.

Confidential reports are handled by anti-corruption officers without patrols: no rule applies to them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import MappingProxyType

from dispatch_desk.domain.changes import ThresholdsChange
from dispatch_desk.domain.entities import Incident
from dispatch_desk.domain.enums import Channel, IncidentStatus
from dispatch_desk.domain.errors import ValidationError

REASSIGNED_PREFIX = "reassigned to "  # the cleared reason of a unit moved to another incident
# How long the shift lead's acknowledgement silences an alert, by priority; then it comes back, escalated
# (the lead has acknowledged it once already and it still holds): a P1 is never silenced for good.
ACKNOWLEDGED_FOR: Mapping[int, timedelta] = MappingProxyType(
    {1: timedelta(minutes=5), 2: timedelta(minutes=10), 3: timedelta(minutes=20), 4: timedelta(minutes=30)}
)


def acknowledgement_holds(priority: int, acknowledged_at: datetime, now: datetime) -> bool:
    """Whether an acknowledgement given at ``acknowledged_at`` still silences the alert at ``now``."""
    return now < acknowledged_at + ACKNOWLEDGED_FOR.get(priority, ACKNOWLEDGED_FOR[4])


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


def thresholds_of(change: ThresholdsChange) -> Thresholds:
    """Thresholds from the record the shift lead's change left in the feed (``ThresholdsChange``)."""
    return Thresholds(
        MappingProxyType(
            {
                1: change.not_dispatched_p1,
                2: change.not_dispatched_p2,
                3: change.not_dispatched_p3,
                4: change.not_dispatched_p4,
            }
        ),
        change.en_route_s,
        change.on_scene_s,
        change.app_unopened_s,
    )


MAX_THRESHOLD_S = 24 * 3600.0


def check_thresholds(thresholds: Thresholds) -> Thresholds:
    """Every threshold between 10 s and 24 h, one for each priority; ValidationError otherwise."""
    values = [
        *(thresholds.not_dispatched_s.get(p) for p in (1, 2, 3, 4)),
        thresholds.en_route_s,
        thresholds.on_scene_s,
        thresholds.app_unopened_s,
    ]
    for value in values:
        if not isinstance(value, int | float) or not 10 <= float(value) <= MAX_THRESHOLD_S:
            raise ValidationError("a threshold lies between 10 seconds and 24 hours")
    return thresholds


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
        if moved:  # before or after it reached the scene: nobody is there now
            add("unit_moved_away", max(a.cleared_at for a in moved if a.cleared_at))
        waiting_since = incident.received_at
        if incident.status is IncidentStatus.REOPENED and incident.updated_at is not None:
            waiting_since = incident.updated_at
        elif incident.first_on_scene_at is not None:  # waiting again since its last unit left the scene
            left = [a.cleared_at for a in incident.assignments if a.cleared_at is not None]
            waiting_since = max(left) if left else waiting_since
        limit = thresholds.not_dispatched_s.get(priority, thresholds.not_dispatched_s.get(4, 1800.0))
        add("not_dispatched", waiting_since + timedelta(seconds=limit))
        if incident.channel is Channel.APP and incident.number not in opened:
            add("app_unopened", incident.received_at + timedelta(seconds=thresholds.app_unopened_s))
    for assignment in active:
        if assignment.en_route_at is not None and assignment.on_scene_at is None:
            add(
                "en_route_long",
                assignment.en_route_at + timedelta(seconds=thresholds.en_route_s),
                assignment.call_sign,
            )
    if incident.status is IncidentStatus.ON_SCENE and incident.first_on_scene_at is not None:
        last = max(incident.first_on_scene_at, incident.updated_at or incident.first_on_scene_at)
        add("on_scene_long", last + timedelta(seconds=thresholds.on_scene_s))
    return found
