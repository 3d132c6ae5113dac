"""The shift lead's own records: look-outs and handovers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dispatch_desk.domain.handover import Handover
from dispatch_desk.domain.look_outs import LookOut, LookOutKind
from dispatch_desk.store.row_lookup import row_of, row_to_change
from dispatch_desk.store.rows import HandoverRow, LookOutRow


def look_out_from_row(row: LookOutRow) -> LookOut:
    return LookOut(
        LookOutKind(row.kind),
        row.description,
        row.expires_at,
        row.created_at,
        row.created_by,
        tuple(row.keywords or ()),
        row.plate,
        row.photo_sha256,
        tuple(row.precincts or ()),
        row.ended_at,
        row.ended_by,
        row.end_reason or "",
        row.id,
        row.version,
    )


def _look_out_to_row(look_out: LookOut, row: LookOutRow) -> LookOutRow:
    row.kind = look_out.kind.value
    row.description = look_out.description
    row.keywords = list(look_out.keywords)
    row.plate = look_out.plate
    row.photo_sha256 = look_out.photo_sha256
    row.precincts = list(look_out.precincts)
    row.created_at, row.created_by = look_out.created_at, look_out.created_by
    row.expires_at = look_out.expires_at
    row.ended_at, row.ended_by, row.end_reason = look_out.ended_at, look_out.ended_by, look_out.end_reason
    return row


class LookOuts:
    def __init__(self, session: Session) -> None:
        self.session = session

    def active(self, now: datetime) -> list[LookOut]:
        rows = self.session.scalars(
            select(LookOutRow)
            .where(LookOutRow.ended_at.is_(None), LookOutRow.expires_at > now)
            .order_by(LookOutRow.created_at.desc())
        )
        return [look_out_from_row(r) for r in rows]

    def in_force_during(self, start: datetime, end: datetime) -> list[LookOut]:
        """Issued before ``end`` and not ended or expired before ``start``."""
        rows = self.session.scalars(
            select(LookOutRow)
            .where(
                LookOutRow.created_at < end,
                LookOutRow.expires_at > start,
                or_(LookOutRow.ended_at.is_(None), LookOutRow.ended_at > start),
            )
            .order_by(LookOutRow.created_at)
        )
        return [look_out_from_row(r) for r in rows]

    def get(self, look_out_id: int) -> LookOut:
        return look_out_from_row(row_of(self.session, LookOutRow, look_out_id, f"look-out {look_out_id}"))

    def add(self, look_out: LookOut) -> LookOut:
        row = _look_out_to_row(look_out, LookOutRow())
        self.session.add(row)
        self.session.flush()
        look_out.id, look_out.version = row.id, row.version
        return look_out

    def save(self, look_out: LookOut) -> LookOut:
        what = f"look-out {look_out.id}"
        row = row_to_change(self.session, LookOutRow, look_out.id, what, look_out.version)
        _look_out_to_row(look_out, row)
        self.session.flush()
        look_out.version = row.version
        return look_out


def handover_from_row(row: HandoverRow) -> Handover:
    return Handover(
        row.period_from,
        row.period_to,
        row.handed_at,
        row.handed_by,
        row.notes or "",
        row.received_at,
        row.received_by,
        row.id,
        row.version,
    )


class Handovers:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, handover: Handover) -> Handover:
        row = HandoverRow(
            period_from=handover.period_from,
            period_to=handover.period_to,
            notes=handover.notes,
            handed_at=handover.handed_at,
            handed_by=handover.handed_by,
        )
        self.session.add(row)
        self.session.flush()
        handover.id, handover.version = row.id, row.version
        return handover

    def get(self, handover_id: int) -> Handover:
        return handover_from_row(row_of(self.session, HandoverRow, handover_id, f"handover {handover_id}"))

    def save(self, handover: Handover) -> Handover:
        what = f"handover {handover.id}"
        row = row_to_change(self.session, HandoverRow, handover.id, what, handover.version)
        row.received_at, row.received_by = handover.received_at, handover.received_by
        self.session.flush()
        handover.version = row.version
        return handover

    def latest(self, limit: int = 10) -> list[Handover]:
        rows = self.session.scalars(select(HandoverRow).order_by(HandoverRow.handed_at.desc()).limit(limit))
        return [handover_from_row(r) for r in rows]
