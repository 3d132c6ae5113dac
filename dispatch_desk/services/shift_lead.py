"""The shift lead's use cases beside the operator's: units' shifts and loans, look-outs, the handover.

Reached as ``desk.lead`` of a ``DeskService``: the same person, clock and database connection, each
change one transaction with its change-feed records, so that every desk sees it within a poll. What the
person may do is asked of the permission table first; on PostgreSQL the server's grants and policies
refuse the same (``store/pg_security.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import HandoverChange, LookOutChange
from dispatch_desk.domain.entities import Unit
from dispatch_desk.domain.enums import UnitStatus
from dispatch_desk.domain.errors import DomainError, NotFound, ValidationError
from dispatch_desk.domain.handover import SHIFT, Handover, HandoverReport, build_report, check_period
from dispatch_desk.domain.look_outs import LookOut, LookOutKind
from dispatch_desk.domain.unit_shifts import ShiftTimes, shift_times
from dispatch_desk.domain.values import require_aware
from dispatch_desk.services.desk_context import Desk
from dispatch_desk.store import feed
from dispatch_desk.store.accounts import full_names
from dispatch_desk.store.repositories import Incidents, Units
from dispatch_desk.store.shift_records import Handovers, LookOuts

MAX_PHOTO = 8 * 1024 * 1024
PHOTO_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF")  # JPEG, PNG, WebP
STATUS_KINDS = tuple(k.value for k in ChangeKind if k.entity == "unit" and k is not ChangeKind.UNIT_POSITION)
CARRIED_FROM = timedelta(days=7)  # an incident open at a period's end was received within this before it


UNIT_STATUSES = frozenset(s.value for s in UnitStatus)


class ShiftLead:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- units' shifts -----------------------------------------------------------------------------
    def _change_unit(
        self, call_sign: str, kind: ChangeKind, change: Callable[[Unit, datetime], None]
    ) -> Unit:
        """One change of one unit (``change(unit, now)``) in its own transaction, recorded as ``kind``."""
        with self.desk.context.work(Permission.MANAGE_UNITS) as work:
            unit = work.units.get(call_sign)
            change(unit, work.now)
            self.desk.context.save_unit(work, unit, kind)
            work.commit()
        return unit

    def start_shift(self, call_sign: str, crew: Sequence[str]) -> Unit:
        """The unit goes on shift (available) with its crew."""
        return self._change_unit(
            call_sign, ChangeKind.UNIT_SHIFT_STARTED, lambda u, now: u.start_shift(list(crew), now)
        )

    def end_shift(self, call_sign: str) -> Unit:
        return self._change_unit(call_sign, ChangeKind.UNIT_SHIFT_ENDED, lambda u, now: u.end_shift(now))

    def lend(self, call_sign: str, precinct: str, until: datetime) -> Unit:
        """Lend the unit to ``precinct`` until ``until``: it is recommended there as one of its own."""
        require_aware(until, "end of the loan")
        if precinct not in {p.code for p in self.desk.read.precincts()}:
            raise ValidationError(f"there is no precinct {precinct[:40]}")
        return self._change_unit(call_sign, ChangeKind.UNIT_LENT, lambda u, now: u.lend(precinct, until, now))

    def end_loan(self, call_sign: str) -> Unit:
        def end(unit: Unit, _now: datetime) -> None:
            if unit.lent_to is None:
                raise DomainError(f"unit {call_sign} is not lent to another precinct")
            unit.end_loan()

        return self._change_unit(call_sign, ChangeKind.UNIT_LOAN_ENDED, end)

    def meal_break(self, call_sign: str, on_break: bool = True) -> Unit:
        """Mark the start (or the end) of the unit's meal break."""
        self.desk.actor.require(Permission.MANAGE_UNITS)
        return self.desk.set_unit_status(
            call_sign, UnitStatus.MEAL_BREAK if on_break else UnitStatus.AVAILABLE
        )

    def shift_times(self) -> dict[str, ShiftTimes]:
        """Each unit's time in each state since its shift began (within the last shift and a bit)."""
        if not self.desk.actor.reads_operations:
            return {}
        now = self.desk.clock()
        horizon = now - SHIFT - timedelta(hours=1)
        with self.desk.db.reading() as session:
            units = Units(session).all()
            entries = feed.of_kinds_since(session, STATUS_KINDS, horizon)
        changes: dict[str, list[tuple[datetime, UnitStatus]]] = {}
        for entry in entries:
            record = entry.record
            call_sign = getattr(record, "call_sign", "")
            status = getattr(record, "status", "")
            if call_sign and status in UNIT_STATUSES:
                changes.setdefault(call_sign, []).append((entry.at, UnitStatus(status)))
        return {
            u.call_sign: shift_times(
                u.status, u.status_since or horizon, changes.get(u.call_sign, ()), horizon=horizon
            )
            for u in units
        }

    # -- look-outs ---------------------------------------------------------------------------------
    def issue_look_out(
        self,
        kind: LookOutKind | str,
        description: str,
        expires_at: datetime,
        *,
        keywords: Sequence[str] = (),
        plate: str | None = None,
        precincts: Sequence[str] = (),
        photo: bytes | None = None,
    ) -> LookOut:
        """A new look-out on every desk until ``expires_at``; ``photo``: a JPEG, PNG or WebP image."""
        self.desk.actor.require(Permission.LEAD_SHIFT)
        now = self.desk.clock()
        known = {p.code for p in self.desk.read.precincts()}
        unknown = [p for p in precincts if p not in known]
        if unknown:
            raise ValidationError(f"there is no precinct {unknown[0][:40]}")
        look_out = LookOut(
            LookOutKind(kind),
            description,
            require_aware(expires_at, "expiry"),
            now,
            self.desk.actor.login,
            tuple(keywords),
            plate or None,
            None,
            tuple(precincts),
        )
        look_out.check_new(now)
        if photo is not None:
            look_out.photo_sha256 = self._keep_photo(photo)
        with self.desk.context.work(Permission.LEAD_SHIFT) as work:
            work.look_outs.add(look_out)
            work.record(
                LookOutChange(
                    ChangeKind.LOOK_OUT_ISSUED,
                    look_out.id or 0,
                    look_out.kind.value,
                    look_out.plate,
                    look_out.expires_at.isoformat(),
                ),
                look_out.id,
            )
            work.commit()
        return look_out

    def _keep_photo(self, photo: bytes) -> str:
        if self.desk.media is None:
            raise ValidationError("this desk has no media store for photos")
        if not isinstance(photo, bytes) or not photo:
            raise ValidationError("the photo is empty")
        if len(photo) > MAX_PHOTO:
            raise ValidationError("a look-out's photo is at most 8 MB")
        if not photo.startswith(PHOTO_SIGNATURES) or (photo.startswith(b"RIFF") and photo[8:12] != b"WEBP"):
            raise ValidationError("the photo is not a JPEG, PNG or WebP image")
        return self.desk.media.put(photo)

    def end_look_out(self, look_out_id: int, reason: str) -> LookOut:
        """Found, or no longer sought: the look-out leaves every desk."""
        with self.desk.context.work(Permission.LEAD_SHIFT) as work:
            look_out = work.look_outs.get(look_out_id)
            look_out.end(self.desk.actor.login, work.now, reason)
            work.look_outs.save(look_out)
            work.record(
                LookOutChange(
                    ChangeKind.LOOK_OUT_ENDED,
                    look_out.id or 0,
                    look_out.kind.value,
                    look_out.plate,
                    look_out.expires_at.isoformat(),
                    look_out.end_reason,
                ),
                look_out.id,
            )
            work.commit()
        return look_out

    def active_look_outs(self) -> list[LookOut]:
        """The look-outs every desk watches for now (an inspector: those of the home precinct)."""
        actor = self.desk.actor
        if not actor.reads_operations:
            return []
        with self.desk.db.reading() as session:
            found = LookOuts(session).active(self.desk.clock())
        if actor.may(Permission.READ_INCIDENTS):
            return found
        return [lo for lo in found if not lo.precincts or actor.home_precinct in lo.precincts]

    def look_out_photo(self, look_out: LookOut) -> Path | None:
        if look_out.photo_sha256 is None or self.desk.media is None:
            return None
        path = self.desk.media.path(look_out.photo_sha256)
        return path if path.exists() else None

    # -- the handover ------------------------------------------------------------------------------
    def report(
        self, start: datetime, end: datetime, handover: Handover | None = None, notes: str | None = None
    ) -> HandoverReport:
        """The handover report of ``start``–``end`` as this shift lead may read it; ``notes``: the notes
        being written (before the handover is made), else the handover's own."""
        self.desk.actor.require(Permission.LEAD_SHIFT)
        check_period(start, end)
        desk = self.desk
        scope = desk.context.scope()
        with desk.db.reading() as session:
            received = Incidents(session).between(start, end, **scope)
            carried = Incidents(session).open_at(end, received_after=start - CARRIED_FROM, **scope)
            units = Units(session).all()
            look_outs = LookOuts(session).in_force_during(start, end)
            acks = feed.of_kind_since(session, ChangeKind.INCIDENT_OVERDUE_ACKNOWLEDGED.value, start)
            leads = [
                desk.actor.login,
                *((handover.handed_by, handover.received_by or "") if handover else ()),
            ]
            names = full_names(session, leads)
        acknowledgements: dict[tuple[str, str], tuple[str, datetime]] = {}
        for entry in acks:
            record = entry.record
            if entry.at <= end and desk.context.entry_visible(entry):
                acknowledgements.setdefault(
                    (getattr(record, "number", ""), getattr(record, "reason", "")), (entry.actor, entry.at)
                )
        zone = desk.zone
        return build_report(
            start,
            end,
            made_at=desk.clock(),
            made_by=desk.actor.login,
            received=desk.context.visible(received),
            open_at_end=desk.context.visible(carried),
            units=units,
            look_outs=look_outs,
            thresholds=desk.read.thresholds(),
            acknowledgements=acknowledgements,
            local_hour=lambda at: at.astimezone(zone).hour,
            notes=notes if notes is not None else handover.notes if handover else "",
            handover=handover,
            names=names,
        )

    def hand_over(self, start: datetime, end: datetime, notes: str = "") -> Handover:
        """The outgoing shift lead hands ``start``–``end`` over, with notes for the incoming one."""
        with self.desk.context.work(Permission.LEAD_SHIFT) as work:
            handover = Handover(start, end, work.now, self.desk.actor.login, notes)
            work.handovers.add(handover)
            work.record(self._change(ChangeKind.HANDOVER_MADE, handover), handover.id)
            work.commit()
        return handover

    def confirm_receipt(self, handover_id: int) -> Handover:
        """The incoming shift lead confirms having received handover ``handover_id``: recorded."""
        with self.desk.context.work(Permission.LEAD_SHIFT) as work:
            handover = work.handovers.get(handover_id)
            handover.confirm(self.desk.actor.login, work.now)
            work.handovers.save(handover)
            work.record(self._change(ChangeKind.HANDOVER_RECEIVED, handover), handover.id)
            work.commit()
        return handover

    def handovers(self, limit: int = 10) -> list[Handover]:
        self.desk.actor.require(Permission.LEAD_SHIFT)
        with self.desk.db.reading() as session:
            return Handovers(session).latest(limit)

    def awaiting_receipt(self) -> Handover | None:
        """The newest handover that nobody has confirmed yet, made by another shift lead."""
        for handover in self.handovers(3):
            if handover.received_by is None and handover.handed_by != self.desk.actor.login:
                return handover
        return None

    def handover(self, handover_id: int) -> Handover:
        self.desk.actor.require(Permission.LEAD_SHIFT)
        with self.desk.db.reading() as session:
            try:
                return Handovers(session).get(handover_id)
            except NotFound:
                raise NotFound(f"there is no handover {handover_id}") from None

    @staticmethod
    def _change(kind: ChangeKind, handover: Handover) -> HandoverChange:
        return HandoverChange(
            kind,
            handover.id or 0,
            handover.period_from.isoformat(),
            handover.period_to.isoformat(),
            handover.handed_by,
            handover.received_by,
        )
