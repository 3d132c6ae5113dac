"""The board's lines from incidents and units, hand-checked."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dispatch_desk.domain.board import UNLOCATED, board_lines
from dispatch_desk.domain.entities import Incident, Precinct, Unit
from dispatch_desk.domain.enums import Channel, Priority, UnitKind, UnitStatus
from dispatch_desk.domain.values import OpeningHours

NOW = datetime(2026, 11, 21, 15, 0, tzinfo=UTC)  # 20:00 in Almaty
ZONE = ZoneInfo("Asia/Almaty")
SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}


def precinct(code, hours=None):
    return Precinct(code, code, code, code, SQUARE, opening_hours=hours)


def incident(number, precinct_code, priority, minutes_ago, **kw):
    at = NOW - timedelta(minutes=minutes_ago)
    return Incident(
        Channel.PHONE,
        "theft",
        Priority(priority),
        at,
        at,
        number=number,
        precinct=precinct_code,
        id=int(number[-3:]),
        **kw,
    )


def test_lines_per_precinct_and_the_city():
    day = OpeningHours(time(9), time(21))
    morning = OpeningHours(time(8), time(20))
    units = [
        Unit("A-11", UnitKind.PATROL_CAR, "01", id=11),
        Unit("A-12", UnitKind.PATROL_CAR, "01", id=12),
        Unit("A-21", UnitKind.PATROL_CAR, "02", id=21, status=UnitStatus.OFF_SHIFT),
    ]
    sent = incident("26-000003", "01", 2, 20)
    sent.assign(units[1], NOW - timedelta(minutes=15))
    units[1].status = UnitStatus.DISPATCHED
    incidents = [
        incident("26-000001", "01", 1, 3),
        incident("26-000002", "01", 3, 12),
        sent,
        incident("26-000004", None, 2, 1),
        incident("26-000005", "02", 4, 50, confidential=True),
    ]
    lines, city = board_lines(
        [precinct("02", morning), precinct("01", day)],
        incidents,
        units,
        NOW,
        ZONE,
        overdue={"26-000001"},
        contacts={"01": (7, 4.5), "02": (1, 2.0)},
    )
    by_code = {line.code: line for line in lines}
    assert [line.code for line in lines] == ["01", "02", UNLOCATED]
    first = by_code["01"]
    assert first.open_by_priority == (1, 1, 1, 0) and first.waiting == 2 and first.overdue == 1
    assert first.longest_wait_s == 12 * 60  # the P3 waiting 12 minutes; the dispatched one does not count
    assert (first.units_available, first.units_busy, first.units_off) == (1, 1, 0)
    assert first.centre_open is True and by_code["02"].centre_open is False  # 20:00: one closes at 20:00
    assert (first.contacts_last_hour, first.contacts_usual) == (7, 4.5)
    assert by_code["02"].open_total == 0 and by_code["02"].units_off == 1  # the confidential one is not shown
    assert by_code[UNLOCATED].open_by_priority == (0, 1, 0, 0)
    assert city.open_total == 4 and city.overdue == 1 and city.longest_wait_s == 12 * 60
    assert (city.units_available, city.units_busy, city.units_off) == (1, 1, 1)
    assert (city.contacts_last_hour, city.contacts_usual) == (8, 6.5)


def test_an_empty_city_has_lines_but_nothing_on_them():
    lines, city = board_lines([precinct("01")], [], [], NOW, ZONE)
    assert [line.code for line in lines] == ["01"] and lines[0].centre_open is None
    assert city.open_total == 0 and city.longest_wait_s is None and city.contacts_usual is None
