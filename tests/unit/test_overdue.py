"""Each overdue rule fires at its threshold on a controlled clock, and clears when it no longer holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.entities import Incident, Unit
from dispatch_desk.domain.enums import Channel, Priority, UnitKind
from dispatch_desk.domain.overdue import REASSIGNED_PREFIX, Thresholds, overdue_of

T0 = datetime(2026, 11, 21, 14, 0, tzinfo=UTC)
RULES = Thresholds()


def incident(priority=Priority.LIFE_IN_DANGER, channel=Channel.PHONE, **kw) -> Incident:
    return Incident(channel, "robbery", priority, T0, T0, number="26-000001", id=1, **kw)


def unit(call_sign="A-11", unit_id=11) -> Unit:
    return Unit(call_sign, UnitKind.PATROL_CAR, "01", id=unit_id)


def kinds(found) -> list[str]:
    return sorted(o.kind for o in found)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_not_dispatched_fires_at_each_prioritys_threshold():
    for priority, limit in ((1, 60), (2, 300), (3, 900), (4, 1800)):
        waiting = incident(Priority(priority))
        assert overdue_of(waiting, at(limit - 1), RULES) == []
        found = overdue_of(waiting, at(limit), RULES)
        assert (
            kinds(found) == ["not_dispatched"]
            and found[0].since == at(limit)
            and found[0].priority == priority
        )
    sent = incident()
    sent.assign(unit(), at(30))
    assert overdue_of(sent, at(3000), RULES) == []  # a unit is on it: not waiting


def test_a_unit_moved_away_is_overdue_at_once_and_a_new_unit_clears_it():
    robbed = incident()
    robbed.assign(unit(), at(10))
    robbed.clear_unit(11, at(20), REASSIGNED_PREFIX + "26-000002: a fight")
    assert kinds(overdue_of(robbed, at(21), RULES)) == ["unit_moved_away"]
    assert kinds(overdue_of(robbed, at(61), RULES)) == ["not_dispatched", "unit_moved_away"]
    robbed.assign(unit("A-12", 12), at(70))
    assert overdue_of(robbed, at(71), RULES) == []


def test_en_route_and_on_scene_too_long():
    job = incident(Priority.ROUTINE)
    job.assign(unit(), at(0))
    job.unit_en_route(11, at(100))
    assert overdue_of(job, at(100 + 899), RULES) == []
    found = overdue_of(job, at(100 + 900), RULES)
    assert kinds(found) == ["en_route_long"] and found[0].unit == "A-11"
    job.unit_on_scene(11, at(1200))
    assert overdue_of(job, at(1200 + 3599), RULES) == []
    assert kinds(overdue_of(job, at(1200 + 3600), RULES)) == ["on_scene_long"]
    job.close(at(1300 + 3600), "", code="warned")
    assert overdue_of(job, at(9999), RULES) == []  # closed: nothing is overdue


def test_an_app_report_nobody_opened_and_confidential_reports():
    report = incident(Priority.ROUTINE, Channel.APP)
    assert overdue_of(report, at(119), RULES) == []
    assert kinds(overdue_of(report, at(120), RULES)) == ["app_unopened"]
    assert overdue_of(report, at(120), RULES, opened={report.number}) == []
    secret = incident(confidential=True)
    assert overdue_of(secret, at(99999), RULES) == []


def test_thresholds_are_the_centres_to_set():
    strict = Thresholds(not_dispatched_s={1: 30.0, 2: 60.0, 3: 120.0, 4: 240.0}, en_route_s=60.0)
    assert kinds(overdue_of(incident(), at(30), strict)) == ["not_dispatched"]
    assert overdue_of(incident(), at(30), RULES) == []


def test_an_incident_whose_only_unit_on_scene_is_moved_away_waits_again():
    """The field test: the only unit on scene moved to a P1 left an incident "on scene" with nobody there."""
    from dispatch_desk.domain.enums import IncidentStatus

    fight = incident(Priority.URGENT)
    fight.assign(unit(), at(10))
    fight.unit_on_scene(11, at(300))
    fight.clear_unit(11, at(4000), REASSIGNED_PREFIX + "26-000002: a P1")
    assert fight.status is IncidentStatus.NEW and not fight.active_assignments()
    assert kinds(overdue_of(fight, at(4001), RULES)) == ["unit_moved_away"]  # at once, and said why
    found = overdue_of(fight, at(4000 + 300), RULES)  # P2's five minutes, from when it was left alone
    assert kinds(found) == ["not_dispatched", "unit_moved_away"]
    assert next(o for o in found if o.kind == "not_dispatched").since == at(4300)


def test_the_last_unit_clearing_from_the_scene_leaves_the_incident_waiting():
    from dispatch_desk.domain.enums import IncidentStatus

    job = incident(Priority.ROUTINE)
    job.assign(unit(), at(0))
    job.unit_on_scene(11, at(600))
    job.clear_unit(11, at(1200), "gone back to patrol")
    assert job.status is IncidentStatus.NEW
    assert kinds(overdue_of(job, at(1200 + 1800), RULES)) == ["not_dispatched"]
