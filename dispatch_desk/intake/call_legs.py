"""The two sockets of a call from the app and what passes between them: the limits, the close codes, the
documented messages (``MESSAGES``, served at ``/v2/calls``), the checks of an offer's SDP and of an ICE
candidate, one side's socket (``Leg``) and a call in progress (``CallSession``). ``calls.CallHub`` joins them.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from dispatch_desk.domain.calls import AppCall
from dispatch_desk.intake.limits import RateLimiter

MAX_MESSAGE = 64 * 1024  # characters of one message
MAX_SDP = 32 * 1024
MAX_CANDIDATES = 100  # per side of a call
MESSAGES_PER_MINUTE = 3000  # per socket, bursts of ten seconds' worth
MAX_LIVE_CALLS = 200  # ringing or in progress at once, on this server
FIRST_MESSAGE_S = 10.0
POSITION_EVERY_S = 1.0  # a moving caller's pin is written at most this often
_SDP_LINE = re.compile(r"^[a-z]=[^\x00]*$")


class Close(IntEnum):
    NORMAL = 1000
    MALFORMED = 4400
    KEY = 4403
    NOT_FOUND = 4404
    TIMEOUT = 4408
    ORDER = 4409
    TOO_BIG = 4413
    TOO_MANY = 4429
    FULL = 4503


MESSAGES: dict[str, Any] = {
    "citizen": {
        "path": "/v2/calls/citizen",
        "send": {
            "start": "first, within 10 s: api_key, name, phone, account (at least one of the three), lat, "
            "lon, accuracy (metres, optional), video (true for a video call), account_token (the "
            "registered account's token, optional: its own budget of calls)",
            "offer": "after 'answered': sdp (the WebRTC offer, at most 32 KB)",
            "candidate": "after the offer: candidate {candidate, sdpMid, sdpMLineIndex}; at most 100",
            "position": "any time: lat, lon, accuracy — the caller's pin moves on every desk",
            "hangup": "end the call (a call never answered becomes a missed call to be called back)",
        },
        "receive": {
            "waiting": "call (its id), place (1: next to be answered), waiting (calls in the line)",
            "place": "place, waiting: sent whenever the line moves",
            "answered": "operator (the name), ice_servers",
            "answer": "sdp",
            "candidate": "candidate",
            "ended": "by: caller | operator | lost",
            "error": "reason, then the socket closes",
        },
    },
    "desk": {
        "path": "/v2/calls/{call}/desk",
        "send": {
            "join": "first: token (given to the desk that answered)",
            "answer": "after the offer: sdp",
            "candidate": "after the answer: candidate",
            "hangup": "end the call",
        },
        "receive": {
            "joined": "video, ice_servers",
            "offer": "sdp",
            "candidate": "candidate",
            "ended": "by",
            "error": "reason",
        },
    },
    "limits": {
        "message_characters": MAX_MESSAGE,
        "sdp_bytes": MAX_SDP,
        "candidates_per_side": MAX_CANDIDATES,
        "messages_per_minute": MESSAGES_PER_MINUTE,
        "live_calls": MAX_LIVE_CALLS,
        "calls_started_per_address_per_minute": "setting intake_calls_per_address_per_minute (10)",
        "calls_ringing_per_network": "setting intake_calls_ringing_per_address (3; IPv6: per /64)",
        "calls_ringing_per_registered_account": 1,
    },
    "close_codes": {str(int(c)): c.name.lower() for c in Close},
}


class Refused(Exception):
    def __init__(self, code: Close, reason: str) -> None:
        super().__init__(reason)
        self.code, self.reason = code, reason


def check_sdp(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise Refused(Close.MALFORMED, "sdp must be text")
    if len(value.encode("utf-8")) > MAX_SDP:
        raise Refused(Close.TOO_BIG, f"sdp is larger than {MAX_SDP} bytes")
    lines = value.replace("\r\n", "\n").rstrip("\n").split("\n")
    if lines[0] != "v=0" or not all(_SDP_LINE.match(line) for line in lines):
        raise Refused(Close.MALFORMED, "sdp is not a session description")
    return value


def check_candidate(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Refused(Close.MALFORMED, "candidate must be an object")
    text, mid, index = value.get("candidate", ""), value.get("sdpMid"), value.get("sdpMLineIndex")
    if not isinstance(text, str) or len(text) > 1024 or (text and not text.startswith("candidate:")):
        raise Refused(Close.MALFORMED, "candidate is not an ICE candidate")
    if mid is not None and (not isinstance(mid, str) or len(mid) > 64):
        raise Refused(Close.MALFORMED, "sdpMid must be short text")
    if index is not None and (not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < 64):
        raise Refused(Close.MALFORMED, "sdpMLineIndex must be a small number")
    return {"candidate": text, "sdpMid": mid, "sdpMLineIndex": index}


class Leg:
    """One side's socket: sized, rated and parsed messages in, JSON out."""

    def __init__(self, ws: WebSocket) -> None:
        self.ws = ws
        self.rate = RateLimiter()
        self.candidates = 0
        self.hung_up = False

    async def receive(self) -> dict[str, Any]:
        message = await self.ws.receive()
        if message["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(message.get("code", 1000))
        text = message.get("text")
        if text is None:
            raise Refused(Close.MALFORMED, "messages are JSON text")
        if len(text) > MAX_MESSAGE:
            raise Refused(Close.TOO_BIG, f"a message is at most {MAX_MESSAGE} characters")
        if self.rate.allow("socket", MESSAGES_PER_MINUTE) > 0:
            raise Refused(Close.TOO_MANY, "too many messages")
        try:
            data = json.loads(text)
        except ValueError:
            raise Refused(Close.MALFORMED, "a message is not JSON") from None
        if not isinstance(data, dict) or not isinstance(data.get("type"), str):
            raise Refused(Close.MALFORMED, "a message is an object with a type")
        return data

    def candidate(self, message: dict[str, Any]) -> dict[str, Any]:
        """This side's next ICE candidate, checked and counted, as the other side gets it."""
        self.candidates += 1
        if self.candidates > MAX_CANDIDATES:
            raise Refused(Close.TOO_MANY, "too many candidates")
        return {"type": "candidate", "candidate": check_candidate(message.get("candidate"))}

    async def send(self, data: dict[str, Any]) -> None:
        if self.ws.client_state is WebSocketState.CONNECTED:
            try:
                await self.ws.send_text(json.dumps(data, ensure_ascii=False))
            except (RuntimeError, OSError, WebSocketDisconnect):  # the other end has gone meanwhile
                pass

    async def close(self, code: int, reason: str = "") -> None:
        if self.ws.client_state is WebSocketState.CONNECTED:
            if code != Close.NORMAL:
                await self.send({"type": "error", "reason": reason})
            try:
                await self.ws.close(code, reason[:120])
            except (RuntimeError, OSError):
                pass


@dataclass
class CallSession:
    call: AppCall
    citizen: Leg
    desk: Leg | None = None
    operator: str = ""  # who answered, once the citizen was told
    offered: bool = False
    desk_answered: bool = False
    to_desk: list[dict[str, Any]] = field(default_factory=list)  # until the desk joins
    ended: bool = False
    network: str = ""  # where it rang from (an IPv4 address, an IPv6 /64)
    account: str | None = None  # the registered account it came from, when its token said so
    position_at: float = 0.0
    position_due: asyncio.TimerHandle | None = None
