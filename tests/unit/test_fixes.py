"""Which fixes may move a unit: the device's own word, the clock, the order and the speed between them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.fixes import Fix, Source, Verdict, distance_m, judge

NOW = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)


def fix(seconds: float = 0, lat: float = 54.8731, lon: float = 69.1505, **kw) -> Fix:
    return Fix("862345678901234", NOW + timedelta(seconds=seconds), lat, lon, Source.WIALON, **kw)


def test_distance_is_the_great_circle():
    assert round(distance_m(54.0, 69.0, 55.0, 69.0)) == 111_195  # one degree of latitude
    assert distance_m(54.87, 69.15, 54.87, 69.15) == 0


def test_the_first_good_fix_moves_the_unit():
    assert judge(fix(), None, NOW) is Verdict.MOVES


def test_a_fix_the_device_marks_invalid_or_at_null_island_never_moves_it():
    assert judge(fix(valid=False), None, NOW) is Verdict.INVALID
    assert judge(fix(lat=0.0, lon=0.0), None, NOW) is Verdict.INVALID


def test_a_fix_from_the_future_is_kept_but_does_not_move_the_unit():
    assert judge(fix(299), None, NOW) is Verdict.MOVES
    assert judge(fix(301), None, NOW) is Verdict.FUTURE


def test_an_older_fix_a_black_box_sends_late_does_not_move_the_unit_back():
    last = fix(0)
    assert judge(fix(-60), last, NOW) is Verdict.OLDER
    assert judge(fix(0), last, NOW) is Verdict.OLDER


def test_a_jump_faster_than_a_car_drives_is_marked():
    last = fix(0)
    one_km_north = 54.8731 + 1000 / 111_195
    assert judge(fix(20, lat=one_km_north), last, NOW) is Verdict.MOVES  # 180 km/h: a car on a highway
    assert judge(fix(10, lat=one_km_north), last, NOW) is Verdict.JUMP  # 360 km/h
