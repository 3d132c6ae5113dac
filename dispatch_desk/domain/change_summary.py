"""What an action or a poll of the feed changed, summed up by the keys the views refresh by."""

from __future__ import annotations

from dataclasses import dataclass

from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import (
    AlarmChange,
    AnyChange,
    CallChange,
    CategoryChange,
    GazetteerChange,
    HandoverChange,
    IncidentChange,
    LookOutChange,
    PrecinctChange,
    ProblemChange,
    RoadsChange,
    ThresholdsChange,
    UnitChange,
    UnknownChange,
)


@dataclass(frozen=True)
class Changes:
    """What an action or a poll of the feed changed, by the keys the views refresh by."""

    incidents: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    precincts: bool = False
    gazetteer: bool = False
    roads: bool = False  # a new road network: the routing engine opens it
    categories: bool = False
    thresholds: ThresholdsChange | None = None  # the newest the shift lead set
    look_outs: bool = False  # issued or ended: every desk reads the active ones again
    handovers: bool = False
    new_app_reports: tuple[str, ...] = ()  # numbers of app reports created, in order
    calls: frozenset[str] = frozenset()  # ids of app calls that rang, were taken, moved or ended
    ringing: tuple[str, ...] = ()  # ids of calls that began to ring, in order
    problems: frozenset[int] = frozenset()  # ids of problems opened or changed
    alarms: tuple[int, ...] = ()  # ids of officer-in-danger alarms raised, in order
    alarms_changed: bool = False  # raised or acknowledged: every desk reads the open ones again

    @classmethod
    def of(cls, records: list[AnyChange | UnknownChange]) -> Changes:
        incidents: set[str] = set()
        units: set[str] = set()
        reports: list[str] = []
        calls: set[str] = set()
        ringing: list[str] = []
        for record in records:
            if isinstance(record, IncidentChange) and record.number:
                incidents.add(record.number)
                if record.kind is ChangeKind.INCIDENT_CREATED and record.channel == "app":
                    reports.append(record.number)
            elif isinstance(record, UnitChange) and record.call_sign:
                units.add(record.call_sign)
            elif isinstance(record, CallChange) and record.id:
                calls.add(record.id)
                if record.kind is ChangeKind.CALL_RINGING:
                    ringing.append(record.id)
        return cls(
            frozenset(incidents),
            frozenset(units),
            precincts=any(isinstance(r, PrecinctChange) for r in records),
            gazetteer=any(isinstance(r, GazetteerChange) for r in records),
            roads=any(isinstance(r, RoadsChange) for r in records),
            categories=any(isinstance(r, CategoryChange) for r in records),
            thresholds=next((r for r in reversed(records) if isinstance(r, ThresholdsChange)), None),
            look_outs=any(isinstance(r, LookOutChange) for r in records),
            handovers=any(isinstance(r, HandoverChange) for r in records),
            new_app_reports=tuple(reports),
            calls=frozenset(calls),
            ringing=tuple(ringing),
            problems=frozenset(r.id for r in records if isinstance(r, ProblemChange) and r.id),
            alarms=tuple(
                r.id for r in records if isinstance(r, AlarmChange) and r.kind is ChangeKind.ALARM_RAISED
            ),
            alarms_changed=any(isinstance(r, AlarmChange) for r in records),
        )

    @property
    def geography(self) -> bool:
        """Precincts or address data changed: lookups must read them again."""
        return self.precincts or self.gazetteer

    def __bool__(self) -> bool:
        return bool(
            self.incidents
            or self.units
            or self.precincts
            or self.gazetteer
            or self.roads
            or self.categories
            or self.look_outs
            or self.handovers
            or self.calls
            or self.problems
            or self.alarms_changed
        )
