"""Calls from the app in the database: the ones ringing, the missed ones to call back, one by its id."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch_desk.domain.calls import AppCall, CallStatus, CallTaken
from dispatch_desk.domain.enums import LocationSource
from dispatch_desk.domain.values import Caller, Location
from dispatch_desk.store.row_lookup import row_of
from dispatch_desk.store.rows import AppCallRow


def call_from_row(row: AppCallRow) -> AppCall:
    location = None
    if row.lat is not None and row.lon is not None:
        location = Location(row.lat, row.lon, LocationSource.GPS, row.accuracy_m)
    return AppCall(
        row.id,
        Caller(row.caller_name or "", row.caller_phone, row.app_user_id),
        location,
        row.rung_at,
        bool(row.video),
        row.client or "",
        row.precinct,
        row.address or "",
        CallStatus(row.status),
        row.answered_at,
        row.answered_by or "",
        row.answered_by_name or "",
        row.ended_at,
        row.end_reason or "",
        row.position_at,
        row.incident_number,
        row.called_back_at,
        row.called_back_by or "",
        row.desk_token_hash or "",
        row.version,
    )


def _to_row(call: AppCall, row: AppCallRow) -> AppCallRow:
    row.client = call.client
    row.caller_name, row.caller_phone, row.app_user_id = (
        call.caller.name,
        call.caller.phone,
        call.caller.app_user_id,
    )
    loc = call.location
    row.lat, row.lon = (loc.lat, loc.lon) if loc else (None, None)
    row.accuracy_m = loc.accuracy_m if loc else None
    row.position_at, row.video, row.precinct, row.address = (
        call.position_at,
        call.video,
        call.precinct,
        call.address,
    )
    row.status, row.rung_at = call.status.value, call.rung_at
    row.answered_at, row.answered_by, row.answered_by_name = (
        call.answered_at,
        call.answered_by,
        call.answered_by_name,
    )
    row.ended_at, row.end_reason, row.incident_number = call.ended_at, call.end_reason, call.incident_number
    row.called_back_at, row.called_back_by = call.called_back_at, call.called_back_by
    row.desk_token_hash = call.desk_token_hash
    return row


class AppCalls:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, call: AppCall) -> AppCall:
        row = _to_row(call, AppCallRow(id=call.id))
        self.session.add(row)
        self.session.flush()
        call.version = row.version
        return call

    def get(self, call_id: str) -> AppCall:
        return call_from_row(row_of(self.session, AppCallRow, call_id, f"call {call_id[:40]}"))

    def save(self, call: AppCall) -> AppCall:
        """Store ``call`` as changed from the version it was read at; a call changed meanwhile (answered
        at another desk) is refused with who took it."""
        row = row_of(self.session, AppCallRow, call.id, f"call {call.id[:40]}")
        if row.version != call.version:
            raise CallTaken(row.answered_by_name or row.answered_by)
        _to_row(call, row)
        self.session.flush()
        call.version = row.version
        return call

    def live(self) -> list[AppCall]:
        """Ringing and in progress, the longest waiting first."""
        rows = self.session.scalars(
            select(AppCallRow)
            .where(AppCallRow.status.in_((CallStatus.WAITING.value, CallStatus.ANSWERED.value)))
            .order_by(AppCallRow.rung_at, AppCallRow.id)
        )
        return [call_from_row(r) for r in rows]

    def to_call_back(self, since: datetime) -> list[AppCall]:
        """Missed since ``since`` and not called back yet, the oldest first."""
        rows = self.session.scalars(
            select(AppCallRow)
            .where(
                AppCallRow.status == CallStatus.MISSED.value,
                AppCallRow.called_back_at.is_(None),
                AppCallRow.rung_at >= since,
            )
            .order_by(AppCallRow.rung_at)
        )
        return [call_from_row(r) for r in rows]

    def of_ids(self, ids: list[str]) -> list[AppCall]:
        if not ids:
            return []
        rows = self.session.scalars(select(AppCallRow).where(AppCallRow.id.in_(ids)))
        return [call_from_row(r) for r in rows]

    def of_incident(self, number: str) -> AppCall | None:
        row = self.session.scalars(select(AppCallRow).where(AppCallRow.incident_number == number)).first()
        return call_from_row(row) if row is not None else None
