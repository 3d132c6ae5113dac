"""The trackers' repository: bindings of devices to units, the track, each unit's latest position."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from dispatch_desk.domain.errors import NotFound, ValidationError
from dispatch_desk.domain.fixes import Fix, Source, UnitPosition, Verdict
from dispatch_desk.store.rows import UnitRow
from dispatch_desk.store.tracking_rows import TrackerRow, UnitFixRow, UnitPositionRow


@dataclass(frozen=True, slots=True)
class Binding:
    device: str
    protocol: Source
    call_sign: str
    unit_id: int
    password_hash: str | None
    bound_at: datetime
    bound_by: str
    unbound_at: datetime | None = None
    unbound_by: str | None = None


def _binding(row: TrackerRow, call_sign: str) -> Binding:
    return Binding(
        row.device,
        Source(row.protocol),
        call_sign,
        row.unit_id,
        row.password_hash,
        row.bound_at,
        row.bound_by,
        row.unbound_at,
        row.unbound_by,
    )


class Trackers:
    def __init__(self, session: Session) -> None:
        self.session = session

    def bound(self, device: str) -> Binding | None:
        """The device's open binding, or None when it is in no unit."""
        found = self.session.execute(
            select(TrackerRow, UnitRow.call_sign)
            .join(UnitRow, UnitRow.id == TrackerRow.unit_id)
            .where(TrackerRow.device == device, TrackerRow.unbound_at.is_(None))
        ).first()
        return _binding(*found) if found else None

    def all(self, *, history: bool = False) -> list[Binding]:
        query = select(TrackerRow, UnitRow.call_sign).join(UnitRow, UnitRow.id == TrackerRow.unit_id)
        if not history:
            query = query.where(TrackerRow.unbound_at.is_(None))
        rows = self.session.execute(query.order_by(UnitRow.call_sign, TrackerRow.bound_at)).all()
        return [_binding(row, call_sign) for row, call_sign in rows]

    def bind(self, binding: Binding) -> None:
        if self.bound(binding.device) is not None:
            raise ValidationError(f"device {binding.device} is already in a unit; remove it from there first")
        self.session.add(
            TrackerRow(
                device=binding.device,
                protocol=binding.protocol.value,
                unit_id=binding.unit_id,
                password_hash=binding.password_hash,
                bound_at=binding.bound_at,
                bound_by=binding.bound_by,
            )
        )
        self.session.flush()

    def unbind(self, device: str, at: datetime, by: str) -> Binding:
        row = self.session.scalars(
            select(TrackerRow).where(TrackerRow.device == device, TrackerRow.unbound_at.is_(None))
        ).first()
        if row is None:
            raise NotFound(f"device {device} is in no unit")
        row.unbound_at, row.unbound_by = at, by
        self.session.flush()
        call_sign = self.session.scalar(select(UnitRow.call_sign).where(UnitRow.id == row.unit_id)) or ""
        return _binding(row, call_sign)


def _fix_row(unit_id: int, fix: Fix, verdict: Verdict, received_at: datetime) -> dict:
    return dict(
        unit_id=unit_id,
        device=fix.device,
        protocol=fix.source.value,
        at=fix.at,
        received_at=received_at,
        lat=fix.lat,
        lon=fix.lon,
        speed_kmh=fix.speed_kmh,
        heading=fix.heading,
        altitude_m=fix.altitude_m,
        accuracy_m=fix.accuracy_m,
        satellites=fix.satellites,
        verdict=verdict.value,
        alarm=fix.alarm,
        archived=fix.archived,
        params=dict(fix.params),
    )


class Track:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, judged: Iterable[tuple[int, Fix, Verdict]], received_at: datetime) -> list[int]:
        """Store every fix with its verdict; the ids, in order."""
        rows = [_fix_row(unit_id, fix, verdict, received_at) for unit_id, fix, verdict in judged]
        if not rows:
            return []
        # One INSERT of many rows (SQLAlchemy's "insertmanyvalues"), the ids back in the rows' order: a
        # fifth of the time of as many ORM objects.
        query = insert(UnitFixRow).returning(UnitFixRow.id, sort_by_parameter_order=True)
        return list(self.session.scalars(query, rows))

    def latest(self, unit_ids: Sequence[int]) -> dict[int, UnitPositionRow]:
        rows = self.session.scalars(select(UnitPositionRow).where(UnitPositionRow.unit_id.in_(unit_ids)))
        return {row.unit_id: row for row in rows}

    def move(self, unit_id: int, fix_id: int, fix: Fix, current: UnitPositionRow | None) -> None:
        """The unit's latest position is now ``fix``."""
        row = current or UnitPositionRow(unit_id=unit_id)
        row.fix_id, row.at, row.lat, row.lon = fix_id, fix.at, fix.lat, fix.lon
        row.speed_kmh, row.heading, row.accuracy_m = fix.speed_kmh, fix.heading, fix.accuracy_m
        row.protocol = fix.source.value
        if current is None:
            self.session.add(row)

    def moved_after(self, fix_id: int, limit: int = 5000) -> tuple[list[UnitPosition], int]:
        """The units moved by a fix after ``fix_id`` (each once, at its latest), and the last fix id seen."""
        rows = self.session.execute(
            select(UnitPositionRow, UnitRow.call_sign)
            .join(UnitRow, UnitRow.id == UnitPositionRow.unit_id)
            .where(UnitPositionRow.fix_id > fix_id)
            .order_by(UnitPositionRow.fix_id)
            .limit(limit)
        ).all()
        positions = [
            UnitPosition(
                call_sign,
                row.at,
                row.lat,
                row.lon,
                Source(row.protocol),
                row.speed_kmh,
                row.heading,
                row.accuracy_m,
            )
            for row, call_sign in rows
        ]
        return positions, (rows[-1][0].fix_id if rows else fix_id)

    def between(self, unit_id: int, start: datetime, end: datetime) -> list[tuple[Fix, Verdict]]:
        """The unit's fixes in [``start``, ``end``) in time order, each with its verdict. Read as plain
        columns, not ORM objects: a 12-hour track is 4,320 of them."""
        c = UnitFixRow.__table__.c
        rows = self.session.execute(
            select(*(c[name] for name in _FIX_COLUMNS), c.verdict)
            .where(c.unit_id == unit_id, c.at >= start, c.at < end)
            .order_by(c.at)
        )
        verdicts = {v.value: v for v in Verdict}
        sources = {s.value: s for s in Source}
        return [
            (
                Fix(
                    device,
                    at,
                    lat,
                    lon,
                    sources[protocol],
                    speed,
                    heading,
                    altitude,
                    accuracy,
                    satellites,
                    True,
                    bool(alarm),
                    bool(archived),
                    tuple(params.items()) if isinstance(params, dict) else (),
                ),
                verdicts[verdict],
            )
            for device, at, lat, lon, protocol, speed, heading, altitude, accuracy, satellites, alarm, archived, params, verdict in rows
        ]

    def purge(self, before: datetime) -> int:
        """Forget the fixes received before ``before`` (the track is kept so many days)."""
        result = self.session.execute(delete(UnitFixRow).where(UnitFixRow.received_at < before))
        return int(getattr(result, "rowcount", 0) or 0)


_FIX_COLUMNS = (
    "device",
    "at",
    "lat",
    "lon",
    "protocol",
    "speed_kmh",
    "heading",
    "altitude_m",
    "accuracy_m",
    "satellites",
    "alarm",
    "archived",
    "params",
)
