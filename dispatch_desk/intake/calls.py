"""Signalling for calls from the "102" app: two WebSockets on the intake server, one for the citizen and
one for the operator's desk that took the call, between which the WebRTC offer, answer and candidates
pass. The media itself goes peer to peer (over the ICE servers of the settings, when there are any).

The citizen (``/v2/calls/citizen``) first sends ``start`` with the app's key, who calls and where from:
the call rings on every desk (a row and a change-feed record, through ``CallLine``) and the citizen
learns their place in the line, again whenever it changes. A desk answers in the database (the first
wins); the intake follows the feed and tells the citizen who answered. The desk then joins
(``/v2/calls/{call}/desk``) with the token it holds for this call, the citizen sends the offer, the desk
the answer, both their candidates; new positions move the call's pin on every desk. Either side hangs
up. Whatever arrives malformed, oversized, too often or out of order closes that socket with a reason
(``Close``): the call it belonged to ends, no other call notices. ``MESSAGES`` documents the messages.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocket, WebSocketDisconnect

from dispatch_desk.domain import app_accounts
from dispatch_desk.domain.calls import CallEnd, app_position
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import CallChange
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.values import Caller
from dispatch_desk.intake.call_legs import (
    FIRST_MESSAGE_S,
    MAX_LIVE_CALLS,
    POSITION_EVERY_S,
    CallSession,
    Close,
    Leg,
    Refused,
    check_sdp,
)
from dispatch_desk.intake.doors import network_of
from dispatch_desk.intake.limits import RateLimiter
from dispatch_desk.services.app_calls import CallLine
from dispatch_desk.services.feed_follow import FeedFollower, FeedWaker

log = logging.getLogger(__name__)


class CallHub:
    def __init__(
        self,
        line: CallLine,
        authenticate,
        ice_servers: list[dict[str, Any]],
        starts_per_address_per_minute: int = 10,
        *,
        ringing_per_network: int = 3,
        ringing_per_account: int = 1,
        account_secret: bytes = b"",
    ) -> None:
        self.line = line
        self.starts_per_address = starts_per_address_per_minute
        self.ringing_per_network = ringing_per_network
        self.ringing_per_account = ringing_per_account
        self.account_secret = account_secret
        self.authenticate = authenticate  # key → the client, or None
        self.ice_servers = ice_servers
        self.sessions: dict[str, CallSession] = {}
        self.starts = RateLimiter()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.waker: FeedWaker | None = None
        self._tasks: set[asyncio.Future] = set()

    def _spawn(self, awaitable) -> None:
        """Run ``awaitable`` in the loop, held until done (a task nobody holds may be collected)."""
        task = asyncio.ensure_future(awaitable)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- following the desks' answers ----------------------------------------------------------------
    def follow(self) -> None:
        """Learn from the change feed when a desk answers or ends a call (in the server's loop)."""
        self.loop = asyncio.get_running_loop()
        kinds = (
            ChangeKind.CALL_ANSWERED,
            ChangeKind.CALL_ENDED,
            ChangeKind.CALL_MISSED,
            ChangeKind.CALL_RINGING,
        )
        follower = FeedFollower(self.line.desk, self.line.desk.read.last_feed_seq(), kinds)
        loop = self.loop

        def wake() -> None:
            records = [e.record for e in follower.poll().entries if isinstance(e.record, CallChange)]
            if records:
                loop.call_soon_threadsafe(lambda: self._spawn(self._changed(records)))

        self.waker = FeedWaker(self.line.desk.db, wake, min_interval_s=0.0, name="intake-calls")
        self.waker.start()

    def stop(self) -> None:
        if self.waker is not None:
            self.waker.stop()
            self.waker = None

    async def _changed(self, records: list[CallChange]) -> None:
        for record in records:
            session = self.sessions.get(record.id)
            if session is None:
                continue
            if record.kind is ChangeKind.CALL_ANSWERED:
                await self._answered(session, record.answered_by_name or record.answered_by)
            elif record.kind in (ChangeKind.CALL_ENDED, ChangeKind.CALL_MISSED) and not session.ended:
                await self._finish(session, record.end_reason or CallEnd.OPERATOR.value)
        await self.announce_places()

    async def _answered(self, session: CallSession, operator: str) -> None:
        if session.operator or session.ended:
            return
        session.operator = operator or "-"
        await session.citizen.send(
            {"type": "answered", "operator": session.operator, "ice_servers": self.ice_servers}
        )

    async def announce_places(self) -> None:
        waiting = [s for s in self.sessions.values() if not s.operator and not s.ended]
        if not waiting:
            return
        order = sorted(waiting, key=lambda s: (s.call.rung_at, s.call.id))
        for place, session in enumerate(order, start=1):
            await session.citizen.send({"type": "place", "place": place, "waiting": len(order)})

    # -- one socket, either side ------------------------------------------------------------------------
    async def _serve(self, ws: WebSocket, side: CallEnd, first: str, opened, handle) -> None:
        """Serve one side's socket: ``opened(leg, first_message)`` makes (or joins) its call, ``handle``
        takes each message after it; however the socket ends, the call it belongs to ends with it."""
        if self.waker is None:  # served without the application's lifespan
            self.follow()
        await ws.accept()
        leg = Leg(ws)
        session: CallSession | None = None
        how = side
        try:
            session = await opened(leg, await asyncio.wait_for(leg.receive(), FIRST_MESSAGE_S))
            while not session.ended:
                await handle(session, await leg.receive())
        except TimeoutError:
            await leg.close(Close.TIMEOUT, f"no {first} message in time")
        except Refused as refused:
            how = CallEnd.LOST
            await leg.close(refused.code, refused.reason)
        except WebSocketDisconnect as gone:
            how = side if gone.code in (1000, 1001) or leg.hung_up else CallEnd.LOST
        finally:
            if session is not None and not session.ended:
                await self.end(session, how)

    # -- the citizen --------------------------------------------------------------------------------
    async def citizen(self, ws: WebSocket, address: str) -> None:
        await self._serve(
            ws,
            CallEnd.CALLER,
            "start",
            lambda leg, first: self._start(leg, first, address),
            self._from_citizen,
        )

    async def _start(self, leg: Leg, first: dict[str, Any], address: str) -> CallSession:
        if first["type"] != "start":
            raise Refused(Close.ORDER, "the first message must be 'start'")
        key = first.get("api_key")
        client = await run_in_threadpool(self.authenticate, key.strip()) if isinstance(key, str) else None
        if client is None:
            raise Refused(Close.KEY, "the api_key is not valid or has been revoked")
        network = network_of(address)
        account = app_accounts.verify(self.account_secret, first.get("account_token"))
        if first.get("account_token") is not None and account is None:
            raise Refused(
                Close.KEY, "the account_token is not valid or has expired: sign in to the app again"
            )
        self._limit(client, network, account)
        if len(self.sessions) >= MAX_LIVE_CALLS:
            raise Refused(Close.FULL, "every line is busy; call 102 by phone")
        try:
            caller = Caller.create(
                first.get("name") or "", first.get("phone"), account or first.get("account")
            )
            lat, lon = first.get("lat"), first.get("lon")
            location = None if lat is None and lon is None else app_position(lat, lon, first.get("accuracy"))
            video = first.get("video", False)
            if not isinstance(video, bool):
                raise ValidationError("video must be true or false")
            call = await run_in_threadpool(
                lambda: self.line.start(client.name, caller, location, video=video)
            )
        except ValidationError as exc:
            raise Refused(Close.MALFORMED, str(exc)) from None
        session = CallSession(call, leg, network=network, account=account)
        self.sessions[call.id] = session
        waiting = sum(1 for s in self.sessions.values() if not s.operator and not s.ended)
        await leg.send({"type": "waiting", "call": call.id, "place": waiting, "waiting": waiting})
        return session

    def _limit(self, client, network: str, account: str | None) -> None:
        """A registered account: its own calls, one ringing at a time. Anonymous callers: their network's
        starts and ringing calls, and the app key's shared budget — a crowd spends that, never the
        registered citizens'."""
        ringing = [s for s in self.sessions.values() if not s.operator and not s.ended]
        if account is not None:
            if self.starts.allow(("account", account), self.starts_per_address) > 0:
                raise Refused(Close.TOO_MANY, "too many calls; try again in a minute")
            if sum(1 for s in ringing if s.account == account) >= self.ringing_per_account:
                raise Refused(Close.TOO_MANY, "your call is already ringing; stay on the line")
            return
        if sum(1 for s in ringing if s.network == network and s.account is None) >= self.ringing_per_network:
            raise Refused(
                Close.TOO_MANY,
                "calls from your network are already waiting for an operator; if it is urgent, call 102 by phone",
            )
        over_network = self.starts.allow(("address", network), self.starts_per_address) > 0
        if over_network or self.starts.allow(("key", client.id), client.rate_per_minute) > 0:
            raise Refused(Close.TOO_MANY, "too many calls; try again in a minute")

    async def _from_citizen(self, session: CallSession, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "offer":
            if not session.operator or session.offered:
                raise Refused(Close.ORDER, "an offer only once, after 'answered'")
            session.offered = True
            await self._to_desk(session, {"type": "offer", "sdp": check_sdp(message.get("sdp"))})
        elif kind == "candidate":
            if not session.offered:
                raise Refused(Close.ORDER, "candidates only after the offer")
            await self._to_desk(session, session.citizen.candidate(message))
        elif kind == "position":
            try:
                location = app_position(message.get("lat"), message.get("lon"), message.get("accuracy"))
            except ValidationError as exc:
                raise Refused(Close.MALFORMED, str(exc)) from None
            self._moved(session, location)
        elif kind == "hangup":
            session.citizen.hung_up = True
            await self.end(session, CallEnd.CALLER)
        elif kind == "start":
            raise Refused(Close.ORDER, "the call has started already")
        else:
            raise Refused(Close.MALFORMED, "unknown message type")

    def _moved(self, session: CallSession, location) -> None:
        """Write the newest position, at most once a ``POSITION_EVERY_S``."""
        session.call.location = location
        if session.position_due is not None:
            return
        wait = max(0.0, session.position_at + POSITION_EVERY_S - time.monotonic())
        loop = asyncio.get_running_loop()

        def write() -> None:
            session.position_due = None
            session.position_at = time.monotonic()
            if not session.ended and session.call.location is not None:
                self._spawn(
                    self._quietly(run_in_threadpool(self.line.move, session.call.id, session.call.location))
                )

        session.position_due = loop.call_later(wait, write)

    async def _quietly(self, future) -> None:
        try:
            await future
        except DomainError:  # the call ended meanwhile
            pass

    async def _to_desk(self, session: CallSession, message: dict[str, Any]) -> None:
        if session.desk is None:
            session.to_desk.append(message)
        else:
            await session.desk.send(message)

    # -- the desk -----------------------------------------------------------------------------------
    async def desk(self, ws: WebSocket, call_id: str) -> None:
        await self._serve(
            ws,
            CallEnd.OPERATOR,
            "join",
            lambda leg, first: self._join(leg, first, call_id[:40]),
            self._from_desk,
        )

    async def _join(self, leg: Leg, first: dict[str, Any], call_id: str) -> CallSession:
        token = first.get("token")
        if first["type"] != "join" or not isinstance(token, str) or len(token) > 200:
            raise Refused(Close.ORDER, "the first message must be 'join' with the desk's token")
        call = await run_in_threadpool(self.line.joining_desk, call_id, token)
        session = self.sessions.get(call_id)
        if call is None or session is None or session.ended:
            raise Refused(Close.NOT_FOUND, "no such call is waiting for this desk")
        if session.desk is not None:
            raise Refused(Close.ORDER, "another desk has joined this call")
        session.desk = leg
        await leg.send({"type": "joined", "video": call.video, "ice_servers": self.ice_servers})
        await self._answered(session, call.answered_by_name or call.answered_by)
        queued, session.to_desk = session.to_desk, []
        for message in queued:
            await leg.send(message)
        return session

    async def _from_desk(self, session: CallSession, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "answer":
            if not session.offered or session.desk_answered:
                raise Refused(Close.ORDER, "an answer only once, after the offer")
            session.desk_answered = True
            await session.citizen.send({"type": "answer", "sdp": check_sdp(message.get("sdp"))})
        elif kind == "candidate":
            if not session.desk_answered:
                raise Refused(Close.ORDER, "candidates only after the answer")
            assert session.desk is not None
            await session.citizen.send(session.desk.candidate(message))
        elif kind == "hangup":
            assert session.desk is not None
            session.desk.hung_up = True
            await self.end(session, CallEnd.OPERATOR)
        else:
            raise Refused(Close.ORDER if kind == "join" else Close.MALFORMED, "unexpected message")

    # -- the end ------------------------------------------------------------------------------------
    async def end(self, session: CallSession, how: CallEnd) -> None:
        """Hung up or lost, by this server's sockets: stored, then both sides told."""
        if session.ended:
            return
        session.ended = True
        try:
            await run_in_threadpool(self.line.end, session.call.id, how)
        except Exception as exc:  # the database is away: the call still ends for both sides
            log.warning("call %s: its end was not stored: %s", session.call.id[:12], exc)
        await self._finish(session, how.value)
        await self.announce_places()

    async def _finish(self, session: CallSession, by: str) -> None:
        session.ended = True
        if session.position_due is not None:
            session.position_due.cancel()
        self.sessions.pop(session.call.id, None)
        for leg in (session.citizen, session.desk):
            if leg is not None:
                await leg.send({"type": "ended", "by": by})
                await leg.close(Close.NORMAL)
