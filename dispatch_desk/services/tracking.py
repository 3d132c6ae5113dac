"""The trackers' use cases: binding devices to units (the shift lead's) and taking their fixes (the units'
server's).

``UnitTrackers`` binds a device to a unit and removes it; the bindings stay as history (who, when), since
a tracker moves between cars. ``TrackerIntake`` is what the units' server asks: is this device in a unit
(and is its password right), and where do its fixes go — every fix into the unit's track with its verdict
(``domain/fixes.judge``), the last usable one of a batch as the unit's latest position.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from datetime import datetime, timedelta

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from dispatch_desk.domain.access import Permission, Principal
from dispatch_desk.domain.alarms import raises, usable_position
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import AlarmChange, AnyChange
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.fixes import Fix, Source, Verdict, judge
from dispatch_desk.services.access_kinds import AccessKind
from dispatch_desk.services.access_records import AccessRecorder
from dispatch_desk.services.account_terms import password_hasher
from dispatch_desk.services.clock import Clock, utc_now
from dispatch_desk.store import feed
from dispatch_desk.store.alarms import Alarms
from dispatch_desk.store.db import Database
from dispatch_desk.store.repositories import Units
from dispatch_desk.store.rows import FeedRow
from dispatch_desk.store.tracking import Binding, Track, Trackers
from dispatch_desk.store.tracking_rows import UnitAlarmRow, UnitPositionRow

MAX_DEVICE = 64
MAX_TRACK = timedelta(days=31)
BINDING_TTL_S = 30.0  # a device bound or removed elsewhere is known to the server within this


class UnitTrackers:
    """The shift lead's: which device is in which unit."""

    def __init__(self, db: Database, actor: Principal, clock: Clock = utc_now) -> None:
        self.db, self.actor, self.clock = db, actor, clock

    def _may(self) -> None:
        self.actor.require(Permission.MANAGE_UNITS)

    def bind(self, call_sign: str, device: str, protocol: Source, password: str | None = None) -> Binding:
        self._may()
        device = device.strip()
        if not device or len(device) > MAX_DEVICE or not device.isprintable():
            raise ValidationError(f"a device id is 1 to {MAX_DEVICE} printable characters")
        hashed = password_hasher().hash(password) if password else None
        with self.db.write_session() as session, session.begin():
            unit = Units(session).get(call_sign)
            binding = Binding(
                device, protocol, unit.call_sign, unit.id or 0, hashed, self.clock(), self.actor.login
            )
            Trackers(session).bind(binding)
        return binding

    def unbind(self, device: str) -> Binding:
        self._may()
        with self.db.write_session() as session, session.begin():
            return Trackers(session).unbind(device.strip(), self.clock(), self.actor.login)

    def track(self, call_sign: str, start: datetime, end: datetime) -> list[tuple[Fix, Verdict]]:
        """Every fix of the unit in [``start``, ``end``), in the device's time order, with its verdict: where
        a unit was (a complaint about police conduct). Reading it is an access record."""
        self._may()
        if not start < end or end - start > MAX_TRACK:
            raise ValidationError(
                f"a track's period is at most {MAX_TRACK.days} days and ends after it starts"
            )
        with self.db.reading() as session:
            unit = Units(session).get(call_sign)
            track = Track(session).between(unit.id or 0, start, end)
        AccessRecorder(self.db, self.actor, self.clock).record(
            AccessKind.TRACK_VIEWED,
            f"unit {unit.call_sign}",
            f"{start.isoformat()} – {end.isoformat()}",
            force=True,
        )
        return track

    def bindings(self, *, history: bool = False) -> list[Binding]:
        self._may()
        with self.db.reading() as session:
            return Trackers(session).all(history=history)


class TrackerIntake:
    """The units' server's: it may read the bindings and write fixes and positions, nothing else."""

    def __init__(
        self,
        db: Database,
        clock: Clock = utc_now,
        keep: timedelta = timedelta(days=90),
        binding_ttl_s: float = BINDING_TTL_S,
    ) -> None:
        self.db, self.clock, self.keep, self.binding_ttl_s = db, clock, keep, binding_ttl_s
        self._bindings: dict[str, tuple[float, Binding | None]] = {}
        self._last: dict[int, Fix] = {}  # each unit's last fix that moved it, as this process knows
        self._lock = threading.Lock()
        self._writing = threading.Lock()

    def binding(self, device: str) -> Binding | None:
        with self._lock:
            cached = self._bindings.get(device)
        if cached is not None and time.monotonic() - cached[0] < self.binding_ttl_s:
            return cached[1]
        with self.db.reading() as session:
            found = Trackers(session).bound(device)
        with self._lock:
            if len(self._bindings) > 100_000:
                self._bindings.clear()
            self._bindings[device] = (time.monotonic(), found)
        return found

    def accept(self, source: Source, device: str, password: str | None) -> bool | None:
        """True: bound to a unit (and its password right, if one is set); None: wrong password; False."""
        found = self.binding(device)
        if found is None or found.protocol is not source:
            return False
        if found.password_hash is None:
            return True
        try:
            return password_hasher().verify(found.password_hash, password or "") or None
        except (VerificationError, InvalidHashError):
            return None

    def take(self, fixes: Sequence[Fix]) -> list[Verdict]:
        """Store ``fixes`` (one transaction) and move their units; the verdict of each, in order."""
        now = self.clock()
        judged: list[tuple[int, Fix, Verdict]] = []
        # One batch at a time: the fixes' ids then commit in their order, so that a desk reading "positions
        # after fix N" never skips one committed late with a smaller id.
        bound = {device: self.binding(device) for device in {f.device for f in fixes}}  # read before writing
        with self._writing, self.db.write_session() as session, session.begin():
            track = Track(session)
            latest = track.latest(sorted({b.unit_id for b in bound.values() if b is not None}))
            moved: dict[int, Fix] = {}
            for fix in fixes:
                found = bound[fix.device]
                if found is None:
                    continue
                last = (
                    moved.get(found.unit_id)
                    or self._last.get(found.unit_id)
                    or _as_fix(latest.get(found.unit_id))
                )
                verdict = judge(fix, last, now)
                judged.append((found.unit_id, fix, verdict))
                if verdict is Verdict.MOVES:
                    moved[found.unit_id] = fix
            ids = track.add(judged, now)
            for (unit_id, fix, _verdict), fix_id in zip(judged, ids, strict=True):
                if moved.get(unit_id) is fix:
                    track.move(unit_id, fix_id, fix, latest.get(unit_id))
            alarmed = [(j, i) for j, i in zip(judged, ids, strict=True) if j[1].alarm]
            if alarmed:
                _raise_alarms(session, alarmed, bound, latest, now)
        self._last.update(moved)
        return [verdict for _unit, _fix, verdict in judged]

    def purge(self) -> int:
        with self.db.write_session() as session, session.begin():
            return Track(session).purge(self.clock() - self.keep)


def _raise_alarms(
    session: Session,
    alarmed: list[tuple[tuple[int, Fix, Verdict], int]],
    bound: dict[str, Binding | None],
    latest: dict[int, UnitPositionRow],
    now: datetime,
) -> None:
    """Raise an alarm for each unit whose alarm fix raises one (``domain/alarms.raises``), with its feed
    row in the same transaction: every desk hears it as it hears any change."""
    alarms = Alarms(session)
    units = sorted({unit_id for (unit_id, _f, _v), _i in alarmed})
    open_units, acknowledged = alarms.open_units(units), alarms.last_acknowledged(units)
    rows: list[FeedRow] = []
    records: list[AnyChange] = []
    for (unit_id, fix, verdict), fix_id in alarmed:
        if not raises(fix, verdict, unit_id in open_units, acknowledged.get(unit_id), now):
            continue
        open_units.add(unit_id)
        known = latest.get(unit_id)
        where = usable_position(fix, verdict) or ((known.lat, known.lon) if known else None)
        row = alarms.raise_(
            UnitAlarmRow(
                unit_id=unit_id,
                device=fix.device,
                protocol=fix.source.value,
                fix_id=fix_id,
                raised_at=now,
                at=fix.at,
                lat=where[0] if where else None,
                lon=where[1] if where else None,
            )
        )
        found = bound.get(fix.device)
        call_sign = found.call_sign if found else ""
        change = AlarmChange(ChangeKind.ALARM_RAISED, row.id, call_sign, fix.at.isoformat(), row.lat, row.lon)
        records.append(change)
        rows.append(feed.row_of(change, f"tracker {fix.device}"[:120], now, row.id))
    feed.append(session, rows, records)


def _as_fix(row) -> Fix | None:
    if row is None:
        return None
    return Fix("", row.at, row.lat, row.lon, Source(row.protocol))
