"""Fixes stored through the units' server's service, on SQLite and PostgreSQL: a batch of 100 fixes of 100
units in one transaction (as a Teltonika packet or a busy second arrives) against the naive way beside it,
one transaction a fix. Aim ≥ 5,000 fixes/s (a whole country's 10,000 units at one fix per 5 s is 2,000/s)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.entities import Unit
from dispatch_desk.domain.enums import UnitKind
from dispatch_desk.domain.fixes import Fix, Source
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.tracking import TrackerIntake, UnitTrackers

UNITS = 100


@pytest.fixture(scope="module")
def tracked(empty_db):
    desk = DeskService(empty_db, Principal.for_system("bench"))
    with empty_db.reading() as session:
        have = set(session.execute(text("SELECT call_sign FROM units")).scalars())
    trackers = UnitTrackers(empty_db, Principal.for_system("bench"))
    bound = {b.call_sign for b in trackers.bindings()}
    for n in range(UNITS):
        call_sign = f"B-{n:03d}"
        if call_sign not in have:
            desk.add_unit(Unit(call_sign, UnitKind.PATROL_CAR, "01"))
        if call_sign not in bound:
            trackers.bind(call_sign, f"35{n:013d}", Source.TELTONIKA)
    return empty_db


def _fixes(second: int) -> list[Fix]:
    at = datetime(2026, 12, 7, tzinfo=UTC) + timedelta(seconds=second)
    return [
        Fix(f"35{n:013d}", at, 52.2873 + second * 1e-5, 76.9674 + n * 1e-4, Source.TELTONIKA, speed_kmh=30.0)
        for n in range(UNITS)
    ]


def test_fixes_stored_100_a_transaction(benchmark, tracked):
    intake = TrackerIntake(tracked, clock=lambda: datetime(2026, 12, 8, tzinfo=UTC))
    seconds = itertools.count(1)
    benchmark.pedantic(lambda: intake.take(_fixes(next(seconds))), rounds=30, warmup_rounds=2)
    benchmark.extra_info["fixes_per_round"] = UNITS


def test_fixes_stored_one_a_transaction_naive(benchmark, tracked):
    intake = TrackerIntake(tracked, clock=lambda: datetime(2026, 12, 8, tzinfo=UTC))
    seconds = itertools.count(100_000)

    def one_by_one() -> None:
        for fix in _fixes(next(seconds)):
            intake.take([fix])

    benchmark.pedantic(one_by_one, rounds=5, warmup_rounds=1)
    benchmark.extra_info["fixes_per_round"] = UNITS


def test_a_black_box_of_10000_records_decoded_and_stored(benchmark, tracked):
    """A tracker back in coverage empties its memory: one Wialon #B# packet of 10,000 records, decoded,
    stored (one transaction) and answered. Aim ≤ 2 s."""
    from dispatch_desk.avl import encode, wialon

    device = "36" + "0" * 13  # a second tracker in B-000, a Wialon one
    trackers = UnitTrackers(tracked, Principal.for_system("bench"))
    if device not in {b.device for b in trackers.bindings()}:
        trackers.bind("B-000", device, Source.WIALON)
    start = datetime(2026, 12, 6, tzinfo=UTC)
    fixes = [
        Fix(device, start + timedelta(seconds=k), 52.28 + k * 1e-6, 76.96, Source.WIALON, speed_kmh=20.0)
        for k in range(10_000)
    ]
    packet = encode.wialon_black_box(fixes)
    intake = TrackerIntake(tracked, clock=lambda: datetime(2026, 12, 8, tzinfo=UTC))

    def one_black_box() -> None:
        session = wialon.WialonSession(
            lambda who, password: intake.accept(Source.WIALON, who, password), lambda: start
        )
        session.receive(encode.wialon_login(device))
        decoded = session.receive(packet)
        assert decoded.replies == [b"#AB#10000\r\n"]
        intake.take(decoded.fixes)

    benchmark.pedantic(one_black_box, rounds=3, warmup_rounds=1)
