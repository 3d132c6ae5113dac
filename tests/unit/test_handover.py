"""What the handover report says was overdue, worked out by hand from an incident's own times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.entities import Assignment, Incident
from dispatch_desk.domain.enums import Channel, IncidentStatus, Priority
from dispatch_desk.domain.handover import past_overdue
from dispatch_desk.domain.overdue import REASSIGNED_PREFIX, Thresholds

T0 = datetime(2026, 11, 21, 20, 0, tzinfo=UTC)
END = T0 + timedelta(hours=4)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def incident(
    priority: int, *assignments: Assignment, status=IncidentStatus.DISPATCHED, closed=None
) -> Incident:
    i = Incident(
        number="26-000001",
        channel=Channel.PHONE,
        category="robbery",
        priority=Priority(priority),
        received_at=T0,
        created_at=T0,
        status=status,
    )
    i.assignments = list(assignments)
    i.closed_at = closed
    return i


def test_a_p1_dispatched_after_90_s_was_overdue_for_30_s():
    found = past_overdue(incident(1, Assignment(1, "A-11", at(90))), END, Thresholds())
    assert [(e.kind, e.since, e.lasted_s) for e in found] == [("not_dispatched", at(60), 30.0)]


def test_a_p1_dispatched_in_time_was_never_overdue_and_one_never_dispatched_until_the_end():
    assert past_overdue(incident(1, Assignment(1, "A-11", at(59))), END, Thresholds()) == []
    waiting = past_overdue(incident(2, status=IncidentStatus.NEW), END, Thresholds())
    assert [(e.kind, e.lasted_s) for e in waiting] == [("not_dispatched", 4 * 3600 - 300.0)]
    closed = past_overdue(incident(4, status=IncidentStatus.CLOSED, closed=at(1000)), END, Thresholds())
    assert closed == []  # closed within its 30 min without a unit (a consultation)


def test_en_route_too_long_and_a_unit_moved_away():
    en_route = Assignment(1, "A-11", at(30), en_route_at=at(40), on_scene_at=at(40 + 1200))
    found = past_overdue(incident(2, en_route), END, Thresholds())
    assert [(e.kind, e.unit, e.since, e.lasted_s) for e in found] == [
        ("en_route_long", "A-11", at(940), 300.0)
    ]
    moved = Assignment(
        1, "A-11", at(30), cleared_at=at(200), cleared_reason=f"{REASSIGNED_PREFIX}26-000002: P1"
    )
    again = Assignment(2, "A-12", at(500))
    found = past_overdue(incident(3, moved, again), END, Thresholds())
    assert [(e.kind, e.since, e.lasted_s) for e in found] == [("unit_moved_away", at(200), 300.0)]


def test_confidential_reports_have_no_overdue_events():
    report = incident(1, status=IncidentStatus.NEW)
    report.confidential = True
    assert past_overdue(report, END, Thresholds()) == []
