"""Officer-in-danger alarms on the desks: the open ones, and a shift lead's acknowledgement.

The units' server raises an alarm when a patrol's tracker sends its panic input (``TrackerIntake``);
every desk that sees the units reads the open ones at sign-in and again whenever the feed says one was
raised or acknowledged. Only a shift lead acknowledges one — in their own name, at the server's time, with
what was done (a note) — and until then it stays at the top of every such desk.
"""

from __future__ import annotations

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.alarms import MAX_NOTE, Alarm
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import AlarmChange
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.services.desk_context import Desk
from dispatch_desk.store.alarms import Alarms


class UnitAlarms:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def open(self) -> list[Alarm]:
        """Every open alarm, the oldest first (none for a desk that does not see the units)."""
        if not self.desk.actor.reads_operations:
            return []
        with self.desk.db.reading() as session:
            return Alarms(session).open()

    def acknowledge(self, alarm_id: int, note: str = "") -> Alarm:
        """The shift lead has the alarm in hand: it leaves the desks' alarm bar, with ``note`` (what was
        done: "A-14 and A-07 sent, officer safe") kept with it."""
        note = " ".join(note.split())
        if len(note) > MAX_NOTE:
            raise ValidationError(f"a note on an alarm is at most {MAX_NOTE} characters")
        login = self.desk.actor.login
        with self.desk.context.work(Permission.LEAD_SHIFT) as work:
            alarms = Alarms(work.session)
            row, call_sign = alarms.get(alarm_id)
            if row.acknowledged_at is not None:
                raise DomainError(
                    f"the alarm of {call_sign} was acknowledged already by {row.acknowledged_by}"
                )
            row.acknowledged_at, row.acknowledged_by, row.note = work.now, login, note
            work.session.flush()
            alarm = alarms.of(row, call_sign)
            work.record(
                AlarmChange(
                    ChangeKind.ALARM_ACKNOWLEDGED,
                    row.id,
                    call_sign,
                    row.at.isoformat(),
                    row.lat,
                    row.lon,
                    login,
                ),
                row.id,
            )
            work.commit()
        return alarm
