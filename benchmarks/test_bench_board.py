"""The city board's update on one feed event: its lines recomputed from what the desk holds (1,000 open
incidents, 200 units, 30 precincts) and its model refilled; against the naive way, reading the open
incidents and the units from the database (1,000,000 incidents) for every event."""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from dispatch_desk.ui import qt_boot

qt_boot.prepare()

from benchmarks.data import NOW  # noqa: E402
from dispatch_desk.domain.access import Principal  # noqa: E402
from dispatch_desk.domain.board import board_lines  # noqa: E402
from dispatch_desk.domain.entities import Incident, Precinct, Unit  # noqa: E402
from dispatch_desk.domain.enums import Channel, Priority, UnitKind, UnitStatus  # noqa: E402
from dispatch_desk.services.desk import DeskService  # noqa: E402

ZONE = ZoneInfo("Asia/Almaty")
SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}


def city(seed: int = 3):
    rng = random.Random(seed)
    precincts = [Precinct(f"{n:02d}", "п", "п", "p", SQUARE) for n in range(1, 31)]
    now = datetime(2026, 11, 21, 15, tzinfo=UTC)
    incidents = [
        Incident(
            Channel.PHONE,
            "theft",
            Priority(rng.randint(1, 4)),
            now - timedelta(seconds=rng.randint(0, 7200)),
            now,
            number=f"26-{n:06d}",
            precinct=f"{rng.randint(1, 30):02d}",
            id=n,
        )
        for n in range(1000)
    ]
    units = [
        Unit(
            f"A-{n}",
            UnitKind.PATROL_CAR,
            f"{rng.randint(1, 30):02d}",
            id=n,
            status=rng.choice(list(UnitStatus)),
        )
        for n in range(200)
    ]
    return precincts, incidents, units, now


def test_board_update_on_one_feed_event(benchmark, qapp):
    from dispatch_desk.ui.board import BoardModel

    precincts, incidents, units, now = city()
    model = BoardModel()
    overdue = {i.number for i in incidents[::7]}

    def update() -> int:
        lines, total = board_lines(precincts, incidents, units, now, ZONE, overdue=overdue)
        model.set_lines(lines, total)
        return model.rowCount()

    assert benchmark(update) == 31


def test_board_update_naive_reading_the_database(benchmark, million_db):
    desk = DeskService(million_db, Principal.for_system("board"), clock=lambda: NOW)
    precincts = [Precinct(f"{n:02d}", "п", "п", "p", SQUARE) for n in range(1, 13)]

    def update() -> int:
        lines, _ = board_lines(precincts, desk.read.open_incidents(), desk.read.units(), NOW, ZONE)
        return len(lines)

    assert benchmark.pedantic(update, rounds=5) >= 12
