"""The alarms' repository: officer-in-danger alarms raised by the trackers, open until acknowledged."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch_desk.domain.alarms import Alarm
from dispatch_desk.domain.errors import NotFound
from dispatch_desk.domain.fixes import Source
from dispatch_desk.store.rows import UnitRow
from dispatch_desk.store.tracking_rows import UnitAlarmRow


def _alarm(row: UnitAlarmRow, call_sign: str) -> Alarm:
    return Alarm(
        row.id,
        call_sign,
        row.device,
        Source(row.protocol),
        row.raised_at,
        row.at,
        row.lat,
        row.lon,
        row.acknowledged_at,
        row.acknowledged_by,
        row.note or "",
    )


class Alarms:
    def __init__(self, session: Session) -> None:
        self.session = session

    def open_units(self, unit_ids: Sequence[int]) -> set[int]:
        """Which of the units have an open alarm."""
        rows = self.session.scalars(
            select(UnitAlarmRow.unit_id).where(
                UnitAlarmRow.unit_id.in_(unit_ids), UnitAlarmRow.acknowledged_at.is_(None)
            )
        )
        return set(rows)

    def last_acknowledged(self, unit_ids: Sequence[int]) -> dict[int, datetime]:
        """When each unit's last alarm was acknowledged."""
        rows = self.session.execute(
            select(UnitAlarmRow.unit_id, func.max(UnitAlarmRow.acknowledged_at))
            .where(UnitAlarmRow.unit_id.in_(unit_ids), UnitAlarmRow.acknowledged_at.is_not(None))
            .group_by(UnitAlarmRow.unit_id)
        ).all()
        return {unit_id: at for unit_id, at in rows if at is not None}

    def raise_(self, row: UnitAlarmRow) -> UnitAlarmRow:
        self.session.add(row)
        self.session.flush()
        return row

    def open(self) -> list[Alarm]:
        """Every open alarm, the oldest first."""
        rows = self.session.execute(
            select(UnitAlarmRow, UnitRow.call_sign)
            .join(UnitRow, UnitRow.id == UnitAlarmRow.unit_id)
            .where(UnitAlarmRow.acknowledged_at.is_(None))
            .order_by(UnitAlarmRow.raised_at, UnitAlarmRow.id)
        ).all()
        return [_alarm(row, call_sign) for row, call_sign in rows]

    def get(self, alarm_id: int) -> tuple[UnitAlarmRow, str]:
        found = self.session.execute(
            select(UnitAlarmRow, UnitRow.call_sign)
            .join(UnitRow, UnitRow.id == UnitAlarmRow.unit_id)
            .where(UnitAlarmRow.id == alarm_id)
        ).first()
        if found is None:
            raise NotFound(f"there is no alarm {alarm_id}")
        return found[0], found[1]

    def of(self, row: UnitAlarmRow, call_sign: str) -> Alarm:
        return _alarm(row, call_sign)
