"""SQLite: the response-interval report reads whole days packed once, not a million rows each time.

The report needs, for each incident of a period, its four times, whether it ended, its priority (and,
to leave confidential reports out, whether it is one). SQLite hands each value to Python as an object:
a year of a large city (1,000,000 incidents, 5,000,000 values) takes about 1.7 s to fetch however it is
asked. So each UTC day's rows are packed once into one value of the ``interval_days`` table (eight
float64 a row) and read back as a numpy array while they hold: triggers on ``incidents`` (migration 0018)
count every change to a day's times, status, priority or confidentiality, and a day's pack is valid while
the count it was built at (``built``) equals the count now (``changes``). A report reads the packs of the
whole days in its period, packs again the days that changed, and reads the partial days at its ends
from the incidents themselves.

Packing happens inside the report's reading (one snapshot: the count and the rows agree); the packs are
stored afterwards, in a write of their own, and only where the count has not moved in between
(``store``). PostgreSQL does not use this: its server packs the rows itself, under row-level security.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np

from dispatch_desk.domain.enums import IncidentStatus

COLUMNS = 7  # of a report's rows: id, received, dispatched, on scene, closed, ended (1/0), priority
STORED = COLUMNS + 1  # and 1 for a confidential incident
TIMES = ("received_at", "first_dispatched_at", "first_on_scene_at", "closed_at")
ENDED = (IncidentStatus.CLOSED.value, IncidentStatus.CANCELLED.value)
ENDED_SQL = f"CASE WHEN status IN ({', '.join(repr(status) for status in ENDED)}) THEN 1 ELSE 0 END"
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Packed:
    """A day packed during a report, to store: at which count of its changes, and its rows' bytes."""

    day: str
    changes: int
    data: bytes


def sqlite_rows(raw: Any, where: str, parameters: list[object]) -> np.ndarray:
    """The incidents ``where`` says, a row of ``STORED`` floats each. SQLite returns four times and one
    number that packs the id, whether confidential, whether ended and the priority (a tuple of five
    values instead of eight)."""
    times = ", ".join(f"(julianday({column}) - 2440587.5) * 86400.0" for column in TIMES)
    code = f"id * 32 + confidential * 16 + {ENDED_SQL} * 8 + priority"
    cursor = raw.cursor()
    try:
        cursor.execute(f"SELECT {times}, {code} FROM incidents WHERE {where}", parameters)
        packed = np.array(cursor.fetchall(), dtype=float).reshape(-1, 5)
    finally:
        cursor.close()
    codes = packed[:, 4].astype(np.int64)
    rows = np.empty((len(packed), STORED))
    rows[:, 0] = codes >> 5
    rows[:, 1:5] = packed[:, :4]
    rows[:, 5] = (codes >> 3) & 1
    rows[:, 6] = codes & 7
    rows[:, 7] = (codes >> 4) & 1
    return rows


def _text(moment: datetime) -> str:
    """A time as SQLite holds ``received_at``: UTC text, which sorts as time does."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _between(raw: Any, start: datetime, end: datetime) -> np.ndarray:
    return sqlite_rows(raw, "received_at >= ? AND received_at < ?", [_text(start), _text(end)])


def rows(
    raw: Any, since: datetime, until: datetime, confidential: bool | None, keep: list[Packed]
) -> np.ndarray:
    """The report's rows (``COLUMNS`` each) for [since, until): whole days from their packs (packing
    those that changed, added to ``keep``), the partial days at the ends from the incidents."""
    start, end = since.astimezone(UTC), until.astimezone(UTC)
    first = datetime.combine(start.date(), datetime.min.time(), UTC)
    if first < start:
        first += DAY  # the first whole day
    last = datetime.combine(end.date(), datetime.min.time(), UTC)  # the end of the last whole day
    if first >= last:
        found = _between(raw, start, end)
    else:
        whole = _days(raw, first.date(), last.date(), keep)
        found = np.concatenate([_between(raw, start, first), *whole, _between(raw, last, end)])
    if confidential is not None:
        found = found[found[:, 7] == (1.0 if confidential else 0.0)]
    return found[:, :COLUMNS]


def _days(raw: Any, first: date, last: date, keep: list[Packed]) -> list[np.ndarray]:
    """The packs of the days from ``first`` up to ``last`` (not included); a day without a row in
    ``interval_days`` has never had an incident."""
    cursor = raw.cursor()
    try:
        cursor.execute(
            "SELECT day, changes, built, data FROM interval_days WHERE day >= ? AND day < ? ORDER BY day",
            [first.isoformat(), last.isoformat()],
        )
        found = cursor.fetchall()
    finally:
        cursor.close()
    packs = []
    for day, changes, built, data in found:
        if built == changes and data is not None:
            packs.append(np.frombuffer(data, "<f8").reshape(-1, STORED))
            continue
        begins = datetime.combine(date.fromisoformat(day), datetime.min.time(), UTC)
        packed = _between(raw, begins, begins + DAY)
        keep.append(Packed(day, changes, packed.astype("<f8").tobytes()))
        packs.append(packed)
    return packs


def store(raw: Any, packed: list[Packed]) -> int:
    """Keep the days packed during a report, each only if none of its incidents changed since (the
    count still the one it was packed at). Returns how many were kept."""
    cursor = raw.cursor()
    try:
        kept = 0
        for pack in packed:
            cursor.execute(
                "UPDATE interval_days SET built = changes, data = ? WHERE day = ? AND changes = ?",
                [pack.data, pack.day, pack.changes],
            )
            kept += cursor.rowcount
        return kept
    finally:
        cursor.close()
