"""Calls from the "102" app: the intake server rings them, the desks answer them.

``CallLine`` is the intake server's side: a citizen's call starts ringing (located: precinct and nearest
address), moves, ends; it checks the token with which the answering desk joins the call. ``CallDesk``
(``desk.calls``) is the operator's side: the calls ringing and in progress, answering (the first desk
wins: the call's version changes once), hanging up, the incident the call became, snapshots of the
video into that incident, and missed calls called back. Each change is one transaction with its
change-feed record, so every desk rings, and stops ringing, within a poll of the feed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import timedelta

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.calls import AppCall, CallEnd, CallStatus, CallTaken
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import CallChange, IncidentChange
from dispatch_desk.domain.entities import Attachment
from dispatch_desk.domain.enums import AttachmentKind
from dispatch_desk.domain.errors import ConcurrencyConflict, DomainError, NotFound, ValidationError
from dispatch_desk.domain.values import Caller, Location
from dispatch_desk.services.access_kinds import AccessKind
from dispatch_desk.services.desk_context import Desk
from dispatch_desk.store.calls import AppCalls
from dispatch_desk.store.uow import UnitOfWork

CALL_BACK_WITHIN = timedelta(hours=24)  # missed calls older than this leave the call-back list
MAX_SNAPSHOT = 4 * 1024 * 1024
MAX_RECORDING = 200 * 1024 * 1024
JPEG, WEBM = b"\xff\xd8\xff", b"\x1a\x45\xdf\xa3"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def retried[T](
    work_of: Callable[[], AbstractContextManager[UnitOfWork]], change: Callable[[UnitOfWork], T]
) -> T:
    """``change(work)`` in a transaction of ``work_of()``, again when the call was changed meanwhile (a
    desk answered, the caller moved): at most three tries."""
    for attempt in range(3):
        try:
            with work_of() as work:
                result = change(work)
                work.commit()
            return result
        except (CallTaken, ConcurrencyConflict):
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


class CallLine:
    """The signalling server's use of the database, as the intake's system principal."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        # One write at a time from this process: twenty callers pressing "call" at once then queue for a
        # few milliseconds each, instead of contending for SQLite's lock (whose busy handler backs off
        # for up to 100 ms a time: measured 2.5 s for twenty at once without this, on SQLite).
        self._writing = threading.Lock()

    def _work(self) -> UnitOfWork:
        return UnitOfWork(self.desk.db, self.desk.actor.login, self.desk.clock())

    def _place(self, call: AppCall) -> None:
        """The precinct of the caller's position and the nearest address (never blocks on failure)."""
        loc = call.location
        if loc is None:
            call.precinct, call.address = None, ""
            return
        call.precinct = self.desk.geo.locate(loc.lat, loc.lon)
        try:
            nearest = self.desk.geo.reverse(loc.lat, loc.lon)
        except Exception:  # a failing geocoder leaves the address to the operator
            nearest = None
        call.address = nearest.address if nearest is not None else ""

    def start(self, client: str, caller: Caller, location: Location | None, *, video: bool) -> AppCall:
        """The citizen pressed "call": the call rings on every desk."""
        call = AppCall.start(caller, location, self.desk.clock(), video=video, client=client)
        self._place(call)
        with self._writing, self._work() as work:
            work.calls.add(call)
            work.record(CallChange.of(ChangeKind.CALL_RINGING, call))
            work.commit()
        return call

    @contextmanager
    def _locked_work(self) -> Iterator[UnitOfWork]:
        with self._writing, self._work() as work:
            yield work

    def move(self, call_id: str, location: Location) -> AppCall:
        def move(work: UnitOfWork) -> AppCall:
            call = work.calls.get(call_id)
            call.move(location, work.now)
            self._place(call)
            work.calls.save(call)
            work.record(CallChange.of(ChangeKind.CALL_MOVED, call))
            return call

        return retried(self._locked_work, move)

    def end(self, call_id: str, reason: CallEnd) -> AppCall | None:
        """Hung up or lost; None when the call had ended already (the other side was first)."""

        def end(work: UnitOfWork) -> AppCall | None:
            call = work.calls.get(call_id)
            if not call.live:
                return None
            call.end(reason, work.now)
            work.calls.save(call)
            kind = ChangeKind.CALL_MISSED if call.status is CallStatus.MISSED else ChangeKind.CALL_ENDED
            work.record(CallChange.of(kind, call))
            return call

        return retried(self._locked_work, end)

    def get(self, call_id: str) -> AppCall:
        with self.desk.db.reading() as session:
            return AppCalls(session).get(call_id)

    def joining_desk(self, call_id: str, token: str) -> AppCall | None:
        """The call, when ``token`` is the one its answering desk holds; else None."""
        try:
            call = self.get(call_id)
        except NotFound:
            return None
        if call.status is not CallStatus.ANSWERED or not call.desk_token_hash:
            return None
        return call if hmac.compare_digest(call.desk_token_hash, token_hash(token)) else None


class CallDesk:
    """The operator's side of app calls (``desk.calls``)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _shown(self, calls: list[AppCall]) -> list[AppCall]:
        if self.desk.actor.may(Permission.SEE_IDENTITY):
            return list(calls)
        return [c.without_identity() for c in calls]

    def _reading(self):
        self.desk.actor.require(Permission.TAKE_CALLS)
        return self.desk.db.reading()

    def live(self) -> list[AppCall]:
        """Ringing and in progress, the longest waiting first."""
        with self._reading() as session:
            return self._shown(AppCalls(session).live())

    def to_call_back(self) -> list[AppCall]:
        with self._reading() as session:
            return self._shown(AppCalls(session).to_call_back(self.desk.clock() - CALL_BACK_WITHIN))

    def of_ids(self, ids: list[str]) -> list[AppCall]:
        if not self.desk.actor.may(Permission.TAKE_CALLS):
            return []
        with self.desk.db.reading() as session:
            return self._shown(AppCalls(session).of_ids(sorted(ids)))

    def of_incident(self, number: str) -> AppCall | None:
        """The call an incident was recorded from (its ring, answer and end times), for who sees it."""
        self.desk.read.incident(number)  # refused, or not found, for who does not see the incident
        with self.desk.db.reading() as session:
            call = AppCalls(session).of_incident(number)
        if call is None:
            return None
        return call if self.desk.actor.may(Permission.SEE_IDENTITY) else call.without_identity()

    def answer(self, call_id: str) -> tuple[AppCall, str]:
        """Take the call: the first desk to answer wins (the others get ``CallTaken`` naming who did).
        Returns the call with the caller's identity and the token this desk joins the call with."""
        token = secrets.token_urlsafe(24)
        actor = self.desk.actor
        try:
            with self.desk.context.work(Permission.TAKE_CALLS) as work:
                call = work.calls.get(call_id)
                call.answer(actor.login, actor.full_name, token_hash(token), work.now)
                work.calls.save(call)
                work.record(CallChange.of(ChangeKind.CALL_ANSWERED, call))
                work.commit()
        except ConcurrencyConflict:  # another desk's claim committed between our read and our write
            with self.desk.db.reading() as session:
                other = AppCalls(session).get(call_id)
            raise CallTaken(other.answered_by_name or other.answered_by) from None
        if not call.caller.is_empty:
            self.desk.context.access.record(AccessKind.IDENTITY_VIEWED, f"call {call_id[:12]}", force=True)
        return call, token

    def _change(self, call_id: str, kind: ChangeKind, change) -> AppCall:
        """One change of a call taken already; a new position written meanwhile is read again."""

        def changed(work: UnitOfWork) -> AppCall:
            call = work.calls.get(call_id)
            change(call, work)
            work.calls.save(call)
            work.record(CallChange.of(kind, call))
            return call

        return retried(lambda: self.desk.context.work(Permission.TAKE_CALLS), changed)

    def hang_up(self, call_id: str) -> AppCall:
        """The operator ends the call (the signalling server tells the caller)."""

        def end(call: AppCall, work: UnitOfWork) -> None:
            if call.answered_by != self.desk.actor.login:
                raise DomainError("only the operator who took the call hangs it up")
            call.end(CallEnd.OPERATOR, work.now)

        return self._change(call_id, ChangeKind.CALL_ENDED, end)

    def record(self, call_id: str, number: str) -> AppCall:
        """The call became incident ``number``: the incident shows the call's times."""
        self.desk.read.incident(number)
        return self._change(call_id, ChangeKind.CALL_RECORDED, lambda call, _work: call.link(number))

    def call_back(self, call_id: str) -> AppCall:
        """A missed call was called back (by phone) by this operator."""
        return self._change(
            call_id,
            ChangeKind.CALL_CALLED_BACK,
            lambda call, work: call.call_back(self.desk.actor.login, work.now),
        )

    def add_media(self, number: str, data: bytes, kind: AttachmentKind, name: str) -> Attachment:
        """A snapshot of the caller's video (JPEG) or the call's recording (WebM) into incident ``number``."""
        signature, limit, media_type = {
            AttachmentKind.PHOTO: (JPEG, MAX_SNAPSHOT, "image/jpeg"),
            AttachmentKind.VIDEO: (WEBM, MAX_RECORDING, "video/webm"),
            AttachmentKind.AUDIO: (WEBM, MAX_RECORDING, "audio/webm"),
        }.get(kind, (b"", 0, ""))
        if not signature:
            raise ValidationError(f"a call gives no {kind.value}")
        if not data.startswith(signature) or len(data) > limit:
            raise ValidationError(f"the {kind.value} of the call is not a {media_type} file within the limit")
        if self.desk.media is None:
            raise NotFound("this desk has no media store")
        sha = self.desk.media.put(data)
        attachment = Attachment(kind, sha, media_type, len(data), name)
        with self.desk.context.work(Permission.TAKE_CALLS) as work:
            incident = self.desk.context.visible_incident(work, number)
            incident.attachments.append(attachment)
            incident.updated_at = work.now
            work.incidents.save(incident)
            work.record(IncidentChange.of(ChangeKind.INCIDENT_MEDIA_ADDED, incident), incident.id)
            work.commit()
        return attachment
