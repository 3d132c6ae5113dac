"""The wall display's account reads the city board's counts and nothing of a person: through the service
on both databases, and on PostgreSQL by plain SQL as the wall's own login, as an insider would try."""

from __future__ import annotations

import pytest

from dispatch_desk.domain.access import Forbidden, Principal, Role
from dispatch_desk.domain.entities import Precinct, Unit
from dispatch_desk.domain.enums import Channel, LocationSource, UnitKind, UnitStatus
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.services.wall import WallService
from tests.support.pg_roles import as_person, one, refused

WALL = Principal("wall", "Табло", (Role.WALL,))
PERSONAL = ("Серикбаев", "+77015550101", "нож в кармане", "Ломова", "Оспанов")


def square(lon0: float, lat0: float, size: float = 0.01) -> dict:
    ring = [[lon0, lat0], [lon0 + size, lat0], [lon0 + size, lat0 + size], [lon0, lat0 + size], [lon0, lat0]]
    return {"type": "Polygon", "coordinates": [ring]}


def test_the_wall_reads_counts_only(db, clock):
    system = DeskService(db, Principal.for_system("setup"), clock=clock)
    system.ensure_reference_data()
    system.replace_precincts([Precinct("01", "Бірінші", "Первый", "First", square(76.90, 52.28))])
    unit = Unit("П-011", UnitKind.PATROL_CAR, "01", crew=["Оспанов К."], status=UnitStatus.AVAILABLE)
    unit.position, unit.position_at = (52.285, 76.905), clock.now
    system.add_unit(unit)
    here = Location(52.285, 76.905, LocationSource.GPS)
    caller = {"caller_name": "Серикбаев", "caller_phone": "+77015550101"}
    robbery = system.create_incident(
        CallDraft(Channel.PHONE, "robbery", "нож в кармане", "Ломова 1", location=here, **caller)
    )
    system.create_incident(CallDraft(Channel.PHONE, "corruption_report", "взятка", "Ломова 3", location=here))
    clock.advance(seconds=90)  # the P1 has waited past its minute
    board = WallService(db, WALL, timezone="Asia/Almaty", clock=clock).board()
    [line] = [b for b in board.lines if b.code == "01"]
    assert line.open_by_priority[0] == 1 and line.overdue == 1 and line.units_available == 1
    assert board.city.open_total == 1  # the corruption report is nobody's business on a wall
    assert line.longest_wait_s == pytest.approx(90.0)
    shown = repr(board)
    assert not [p for p in PERSONAL if p in shown], shown
    assert robbery.number not in shown
    with pytest.raises(Forbidden):
        WallService(db, Principal("adm", "Admin", (Role.ADMIN,)), timezone="Asia/Almaty").board()
    clock.advance(minutes=1)
    system.dispatch(robbery.number, "П-011")
    after = WallService(db, WALL, timezone="Asia/Almaty", clock=clock).board()
    assert after.city.overdue == 0 and after.city.units_busy == 1 and after.city.waiting == 0


def test_the_wall_login_reads_no_person_on_postgresql(city, clock):
    db, accounts, corruption = city
    wall = accounts.sign_in("wall", "demo").principal
    board = accounts.database_for(wall)
    assert WallService(board, wall, timezone="Asia/Almaty").board().city.units_available > 0
    with as_person(db, "wall") as sql:
        for statement in (
            "SELECT caller_phone FROM incidents",
            "SELECT caller_name FROM incidents",
            "SELECT description FROM incidents",
            "SELECT address FROM incidents",
            "SELECT lat, lon FROM incidents",
            "SELECT reason FROM assignments",
            "SELECT crew FROM units",
            "SELECT lat, lon FROM units",
            "SELECT * FROM attachments",
            "SELECT * FROM access_log",
            "SELECT * FROM look_outs",
            "SELECT * FROM app_calls",
            "SELECT * FROM handovers",
            "UPDATE units SET status = 'available'",
            "INSERT INTO change_feed (at, actor, entity, entity_id, kind, payload) "
            "VALUES (now(), 'wall', 'unit', 1, 'unit.status', '{}')",
        ):
            assert refused(sql, statement), statement
        assert one(sql, "SELECT count(*) FROM incidents WHERE status <> 'closed'") > 0  # its counts
        assert one(sql, "SELECT count(*) FROM incidents WHERE confidential") == 0
        assert one(sql, "SELECT count(*) FROM incidents WHERE number = %s", (corruption,)) == 0
        assert one(sql, "SELECT count(*) FROM change_feed WHERE entity IN ('incident', 'unit', 'call')") == 0
