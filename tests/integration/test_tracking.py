"""Devices bound to units and the fixes they send, on both databases: the binding's history, passwords,
verdicts kept in the track, the unit's latest position; on PostgreSQL the units' server's own role,
attacked with plain SQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from dispatch_desk.composition import open_tracker_intake
from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Forbidden, Principal, Role
from dispatch_desk.domain.entities import Unit
from dispatch_desk.domain.enums import Channel, LocationSource, UnitKind
from dispatch_desk.domain.errors import NotFound, ValidationError
from dispatch_desk.domain.fixes import Fix, Source, Verdict
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft
from dispatch_desk.services.tracking import TrackerIntake, UnitTrackers
from dispatch_desk.store.tracking import Track
from tests.support.people import DEMO_PASSWORD
from tests.support.pg_roles import connect, refused

WIALON, TELTONIKA = "42001300083", "356307042441013"


@pytest.fixture
def units(desk):
    for call_sign in ("A-11", "A-12"):
        desk.add_unit(Unit(call_sign, UnitKind.PATROL_CAR, "01"))
    return desk


def fix(clock, device: str = WIALON, seconds: float = 0, north_m: float = 0, source=Source.WIALON) -> Fix:
    return Fix(device, clock.now + timedelta(seconds=seconds), 52.2873 + north_m / 111_195, 76.9674, source)


def test_a_bound_device_moves_its_unit_and_every_fix_stays_in_the_track(units, db, clock):
    lead = UnitTrackers(db, Principal.for_system("lead"), clock)
    lead.bind("A-11", WIALON, Source.WIALON, "secret")
    lead.bind("A-12", TELTONIKA, Source.TELTONIKA)
    with pytest.raises(ValidationError, match="already in a unit"):
        lead.bind("A-12", WIALON, Source.WIALON)
    intake = TrackerIntake(db, clock, binding_ttl_s=0)
    assert intake.accept(Source.WIALON, WIALON, "secret") is True
    assert intake.accept(Source.WIALON, WIALON, "guess") is None
    assert intake.accept(Source.TELTONIKA, WIALON, None) is False  # bound for another protocol
    assert intake.accept(Source.TELTONIKA, TELTONIKA, None) is True
    assert intake.accept(Source.OSMAND, "stranger", None) is False
    verdicts = intake.take(
        [
            fix(clock, seconds=-20),  # the first: moves it
            fix(clock, seconds=0, north_m=300),  # 54 km/h: moves it
            fix(clock, seconds=-10, north_m=100),  # a black box catching up: older
            fix(clock, seconds=2, north_m=5_000),  # 8,700 km/h: a jump
            fix(clock, device="stranger"),  # not bound: not taken
        ]
    )
    assert verdicts == [Verdict.MOVES, Verdict.MOVES, Verdict.OLDER, Verdict.JUMP]
    with db.reading() as session:
        unit_id = session.execute(text("SELECT id FROM units WHERE call_sign = 'A-11'")).scalar_one()
        track = Track(session)
        latest = track.latest([unit_id])[unit_id]
        kept = track.between(unit_id, clock.now - timedelta(minutes=1), clock.now + timedelta(minutes=1))
    assert latest.lat == pytest.approx(52.2873 + 300 / 111_195) and latest.at == clock.now
    kept_verdicts = [verdict for _fix, verdict in kept]
    assert kept_verdicts == ["moves", "older", "moves", "jump"]  # in the device's time order
    # Another server process (or a restart) knows the unit's last position from the database.
    assert TrackerIntake(db, clock).take([fix(clock, seconds=1, north_m=100)]) == [
        Verdict.JUMP
    ]  # 200 m in a second


def test_a_removed_device_is_refused_and_its_binding_stays_as_history(units, db, clock):
    lead = UnitTrackers(db, Principal.for_system("lead"), clock)
    lead.bind("A-11", WIALON, Source.WIALON)
    intake = TrackerIntake(db, clock, binding_ttl_s=0)
    assert intake.accept(Source.WIALON, WIALON, None) is True
    clock.advance(hours=1)
    lead.unbind(WIALON)
    assert intake.accept(Source.WIALON, WIALON, None) is False
    assert intake.take([fix(clock)]) == []
    lead.bind("A-12", WIALON, Source.WIALON)  # the tracker moved to another car
    history = lead.bindings(history=True)
    assert [(b.call_sign, b.unbound_at is None) for b in history] == [("A-11", False), ("A-12", True)]
    assert [b.call_sign for b in lead.bindings()] == ["A-12"]
    with pytest.raises(NotFound):
        lead.unbind("never-bound")


def test_only_who_manages_units_binds_devices(units, db, clock):
    operator = Principal("aigerim", "Айгерим", roles=(Role.OPERATOR,))  # a person, not the system
    with pytest.raises(Forbidden):
        UnitTrackers(db, operator, clock).bind("A-11", WIALON, Source.WIALON)


def test_the_units_servers_role_writes_fixes_and_reads_nothing_else(city, clock):
    db, accounts, _number = city
    url = accounts.service_role_url("avl")
    lead = accounts.sign_in("shiftlead", DEMO_PASSWORD).principal
    trackers = UnitTrackers(accounts.database_for(lead), lead, clock)  # over the shift lead's own role
    trackers.bind("A-11", WIALON, Source.WIALON)
    settings = Settings()
    settings.database_url = url
    server = open_tracker_intake(settings)  # as dispatch-desk avl opens it: nothing but its own work
    server.clock = clock
    try:
        assert server.take([fix(clock)]) == [Verdict.MOVES]
    finally:
        server.db.dispose()
    seen = trackers.track("A-11", clock.now - timedelta(minutes=1), clock.now + timedelta(minutes=1))
    assert [verdict for _fix, verdict in seen] == [Verdict.MOVES]
    role = make_url(url)
    with connect(db, role.username, role.password) as sql:
        for attack in (
            "SELECT count(*) FROM incidents",
            "SELECT count(*) FROM change_feed",
            "SELECT login FROM accounts",
            "SELECT status, lat, lon FROM units",
            "UPDATE units SET status = 'available'",
            "INSERT INTO trackers (device, protocol, unit_id, bound_at, bound_by) "
            "VALUES ('evil', 'wialon', 1, now(), 'x')",
            "UPDATE trackers SET unit_id = 2",
            "SELECT count(*) FROM access_log",
        ):
            assert refused(sql, attack), attack
    operator = make_url(accounts.service_role_url("gate"))
    with connect(db, operator.username, operator.password) as sql:
        assert refused(sql, "SELECT count(*) FROM unit_fixes")
        assert refused(sql, "SELECT count(*) FROM unit_positions")


def test_the_recommendation_measures_from_where_the_trackers_put_the_units(units, db, clock):
    desk = units
    near, far = 52.2873 + 2000 / 111_195, 52.2873 + 4000 / 111_195
    desk.report_position("A-11", near, 76.9674, clock.now - timedelta(minutes=5))
    desk.report_position("A-12", far, 76.9674, clock.now - timedelta(minutes=5))
    incident = desk.create_incident(
        CallDraft(
            Channel.PHONE, "theft", "велосипед", location=Location(52.2873, 76.9674, LocationSource.GPS)
        )
    )
    assert desk.read.recommend_units(incident.number)[0].call_sign == "A-11"
    UnitTrackers(db, Principal.for_system("lead"), clock).bind("A-12", TELTONIKA, Source.TELTONIKA)
    TrackerIntake(db, clock).take([fix(clock, device=TELTONIKA, north_m=100, source=Source.TELTONIKA)])
    assert desk.read.recommend_units(incident.number)[0].call_sign == "A-12"  # 100 m away now
    assert desk.read.unit("A-12").position == pytest.approx((52.2873 + 100 / 111_195, 76.9674))
