"""Officer-in-danger alarms from the trackers' panic inputs, on both databases: raised once per press,
followed while open, acknowledged by a shift lead only and once; on PostgreSQL attacked with plain SQL as
the units' server and as the people who read them."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy.engine import make_url

from dispatch_desk.composition import open_tracker_intake
from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Forbidden, Principal, Role
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.change_summary import Changes
from dispatch_desk.domain.changes import AlarmChange
from dispatch_desk.domain.entities import Unit
from dispatch_desk.domain.enums import UnitKind
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.fixes import Fix, Source, Verdict
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.tracking import TrackerIntake, UnitTrackers
from tests.support.people import DEMO_PASSWORD
from tests.support.pg_roles import as_person, connect, refused

DEVICE = "356307042441013"
HOME = (52.2873, 76.9674)


@pytest.fixture
def bound(desk, db, clock):
    desk.add_unit(Unit("A-12", UnitKind.PATROL_CAR, "01"))
    UnitTrackers(db, Principal.for_system("lead"), clock).bind("A-12", DEVICE, Source.TELTONIKA)
    return TrackerIntake(db, clock, binding_ttl_s=0)


def fix(clock, seconds: float = 0, *, alarm: bool = False, valid: bool = True, north_m: float = 0) -> Fix:
    at = clock.now + timedelta(seconds=seconds)
    return Fix(DEVICE, at, HOME[0] + north_m / 111_195, HOME[1], Source.TELTONIKA, valid=valid, alarm=alarm)


def lead_desk(db, clock) -> DeskService:
    return DeskService(db, Principal("lead", "Ерлан", roles=(Role.SHIFT_LEAD,)), clock=clock)


def raised(desk: DeskService, after: int = 0) -> list[AlarmChange]:
    entries, _last = desk.read.feed_page_after(after)
    return [e.record for e in entries if e.kind == ChangeKind.ALARM_RAISED.value]


def test_a_panic_input_raises_one_alarm_every_desk_hears_until_a_shift_lead_acknowledges(
    bound, desk, db, clock
):
    bound.take([fix(clock, -10, north_m=50)])
    assert bound.take([fix(clock, 0, alarm=True, north_m=80)]) == [Verdict.MOVES]
    bound.take([fix(clock, 1, alarm=True, north_m=85), fix(clock, 2, alarm=True, north_m=90)])  # held: one
    [alarm] = desk.alarms.open()
    assert (alarm.call_sign, alarm.device, alarm.source) == ("A-12", DEVICE, Source.TELTONIKA)
    assert alarm.lat == pytest.approx(HOME[0] + 80 / 111_195) and alarm.at == clock.now
    [record] = raised(desk)
    assert (record.id, record.call_sign, record.lat) == (alarm.id, "A-12", alarm.lat)
    assert Changes.of([record]).alarms == (alarm.id,) and Changes.of([record]).alarms_changed

    operator = DeskService(db, Principal("aigerim", "Айгерим", roles=(Role.OPERATOR,)), clock=clock)
    assert [a.id for a in operator.alarms.open()] == [alarm.id]
    with pytest.raises(Forbidden):  # an operator sees it and cannot make it go away
        operator.alarms.acknowledge(alarm.id)
    lead = lead_desk(db, clock)
    with pytest.raises(ValidationError, match="at most 500"):
        lead.alarms.acknowledge(alarm.id, "x" * 501)
    clock.advance(seconds=40)
    done = lead.alarms.acknowledge(alarm.id, "  A-14 sent,\n officer safe ")
    assert (done.acknowledged_by, done.acknowledged_at, done.note) == (
        "lead",
        clock.now,
        "A-14 sent, officer safe",
    )
    assert desk.alarms.open() == []
    with pytest.raises(DomainError, match="acknowledged already by lead"):
        lead.alarms.acknowledge(alarm.id)
    entries, _ = desk.read.feed_page_after(0)
    assert [e.kind for e in entries if e.entity == "alarm"] == ["alarm.raised", "alarm.acknowledged"]

    clock.advance(seconds=30)  # the button still held after the acknowledgement: the same press
    bound.take([fix(clock, 0, alarm=True, north_m=95)])
    assert desk.alarms.open() == []
    clock.advance(minutes=2)  # pressed again later: a new alarm
    bound.take([fix(clock, 0, alarm=True, north_m=100)])
    assert [a.call_sign for a in desk.alarms.open()] == ["A-12"]


def test_an_alarm_without_a_usable_fix_shows_the_last_known_position_and_a_late_one_raises_none(
    bound, desk, clock
):
    bound.take([fix(clock, -30, north_m=40)])
    bound.take([fix(clock, -60 * 45, alarm=True)])  # from a black box, 45 minutes ago: kept, not raised
    assert desk.alarms.open() == []
    assert bound.take([fix(clock, 0, alarm=True, valid=False, north_m=9_000)]) == [Verdict.INVALID]
    [alarm] = desk.alarms.open()
    assert (alarm.lat, alarm.lon) == (pytest.approx(HOME[0] + 40 / 111_195), HOME[1])
    track = UnitTrackers(desk.db, Principal.for_system("lead"), clock).track(
        "A-12", clock.now - timedelta(hours=1), clock.now + timedelta(minutes=1)
    )
    assert [f.alarm for f, _verdict in track] == [True, False, True]


def test_a_desk_that_does_not_see_units_reads_no_alarm(bound, db, clock):
    bound.take([fix(clock, 0, alarm=True)])
    admin = DeskService(db, Principal("admin", "Admin", roles=(Role.ADMIN,)), clock=clock)
    assert admin.alarms.open() == []
    anti = DeskService(db, Principal("ak", "AK", roles=(Role.ANTI_CORRUPTION,)), clock=clock)
    entries, _ = anti.read.feed_page_after(0)
    assert not [e for e in entries if e.entity == "alarm" and anti.context.entry_visible(e)]


def test_on_postgresql_alarms_are_raised_by_the_units_server_and_acknowledged_by_a_lead_in_their_name(
    city, clock
):
    db, accounts, _number = city
    lead = accounts.sign_in("shiftlead", DEMO_PASSWORD).principal
    UnitTrackers(accounts.database_for(lead), lead, clock).bind("A-11", DEVICE, Source.TELTONIKA)
    settings = Settings()
    settings.database_url = accounts.service_role_url("avl")
    server = open_tracker_intake(settings)  # as dispatch-desk avl opens it
    server.clock = clock
    try:
        server.take([dataclasses.replace(fix(clock, 0, alarm=True), lat=54.87, lon=69.15)])
    finally:
        server.db.dispose()
    operator = accounts.sign_in("operator", DEMO_PASSWORD).principal
    [alarm] = DeskService(accounts.database_for(operator), operator, clock=clock).alarms.open()
    assert alarm.call_sign == "A-11"
    avl = make_url(settings.database_url)
    with connect(db, avl.username, avl.password) as sql:
        for attack in (
            f"UPDATE unit_alarms SET acknowledged_at = now(), acknowledged_by = 'avl' WHERE id = {alarm.id}",
            "INSERT INTO unit_alarms (unit_id, device, protocol, fix_id, raised_at, at, acknowledged_at, "
            "acknowledged_by) VALUES (2, 'x', 'wialon', 1, now(), now(), now(), 'shiftlead')",
            "DELETE FROM unit_alarms",
            "INSERT INTO change_feed (at, actor, entity, entity_id, kind, payload) "
            "VALUES (now(), 'x', 'unit', 1, 'unit.status', '{}')",
            "INSERT INTO change_feed (at, actor, entity, entity_id, kind, payload) "
            "VALUES (now(), 'x', 'alarm', 1, 'alarm.acknowledged', '{}')",
            "SELECT count(*) FROM change_feed",
        ):
            assert refused(sql, attack), attack
        # an alarm row without its feed row: refused at commit, like every recorded change
        assert refused(
            sql,
            "INSERT INTO unit_alarms (unit_id, device, protocol, fix_id, raised_at, at) "
            "VALUES (2, 'x', 'wialon', 1, now(), now())",
        )
    with as_person(db, "operator") as sql:
        assert refused(sql, f"UPDATE unit_alarms SET acknowledged_by = 'operator' WHERE id = {alarm.id}")
        assert sql.execute("SELECT count(*) FROM unit_alarms").fetchone() == (1,)
    with as_person(db, "inspector05") as sql:
        assert sql.execute("SELECT count(*) FROM unit_alarms").fetchone() == (1,)
    with as_person(db, "shiftlead") as sql:
        assert refused(sql, f"UPDATE unit_alarms SET acknowledged_by = 'operator' WHERE id = {alarm.id}")
        assert refused(sql, "DELETE FROM unit_alarms")
        assert refused(sql, f"UPDATE unit_alarms SET unit_id = 2 WHERE id = {alarm.id}")
        # in their own name but without the feed row: refused at commit
        assert refused(sql, f"UPDATE unit_alarms SET acknowledged_by = 'shiftlead' WHERE id = {alarm.id}")
    desk = DeskService(accounts.database_for(lead), lead, clock=clock)
    done = desk.alarms.acknowledge(alarm.id, "A-14 on scene")
    assert done.acknowledged_by == "shiftlead"
    with as_person(db, "shiftlead") as sql:
        at, by, note = sql.execute(
            f"SELECT acknowledged_at, acknowledged_by, note FROM unit_alarms WHERE id = {alarm.id}"
        ).fetchone()
        assert (by, note) == ("shiftlead", "A-14 on scene")
        assert at > clock.now + timedelta(days=1)  # the server's time, not the desk's (its clock is a test's)
        again = sql.execute(f"UPDATE unit_alarms SET note = 'nothing happened' WHERE id = {alarm.id}")
        assert again.rowcount == 0  # acknowledged once: no lead rewrites what was done
