"""A call from the "102" app: the citizen presses "call", every operator on duty hears it ring, the first to
answer takes it.

The call knows who calls (the app sends the citizen's name, phone and account) and where from (GPS, moved
as new positions arrive), when it rang, was answered and ended, and by whom it was taken. A call that ends
before anyone answers is missed and waits to be called back. Taking a call is a change of its version:
of two desks that answer at once, the database keeps one and the other learns who took it.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from dispatch_desk.domain.enums import LocationSource
from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.values import MAX_TEXT, Caller, Location, clean_text, require_aware

MAX_ACCURACY_M = 100_000.0  # a position worse than this is no position


class CallStatus(StrEnum):
    WAITING = "waiting"  # ringing on every desk
    ANSWERED = "answered"  # taken by one operator
    ENDED = "ended"  # answered, then hung up
    MISSED = "missed"  # ended before anyone answered: to be called back


class CallEnd(StrEnum):
    CALLER = "caller"  # the citizen hung up
    OPERATOR = "operator"  # the operator hung up
    LOST = "lost"  # the connection broke


class CallTaken(DomainError):
    """Another operator answered first."""

    def __init__(self, by: str) -> None:
        super().__init__(f"the call was taken by {by}" if by else "the call is no longer waiting")
        self.by = by


def new_call_id() -> str:
    return secrets.token_hex(12)


def app_position(lat: object, lon: object, accuracy: object = None) -> Location:
    """The app's GPS position, checked (numbers in range, accuracy plausible)."""
    for name, value in (("latitude", lat), ("longitude", lon)):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ValidationError(f"{name} must be a number")
    assert isinstance(lat, int | float) and isinstance(lon, int | float)  # checked just above
    if accuracy is not None:
        if not isinstance(accuracy, int | float) or isinstance(accuracy, bool) or not math.isfinite(accuracy):
            raise ValidationError("accuracy must be a number of metres")
        if not 0 <= accuracy <= MAX_ACCURACY_M:
            raise ValidationError(f"accuracy {accuracy!r} m is not plausible")
    return Location(
        float(lat),
        float(lon),
        LocationSource.GPS,
        None if accuracy is None else float(accuracy),
    )


@dataclass
class AppCall:
    id: str
    caller: Caller
    location: Location | None
    rung_at: datetime
    video: bool = False
    client: str = ""  # the API key's name (which app)
    precinct: str | None = None
    address: str = ""  # the nearest address to the caller's position
    status: CallStatus = CallStatus.WAITING
    answered_at: datetime | None = None
    answered_by: str = ""  # login
    answered_by_name: str = ""
    ended_at: datetime | None = None
    end_reason: str = ""
    position_at: datetime | None = None
    incident_number: str | None = None
    called_back_at: datetime | None = None
    called_back_by: str = ""
    desk_token_hash: str = ""  # the answering desk's proof to the signalling server (SHA-256)
    version: int = 0

    @classmethod
    def start(
        cls,
        caller: Caller,
        location: Location | None,
        now: datetime,
        *,
        video: bool = False,
        client: str = "",
        call_id: str | None = None,
    ) -> AppCall:
        require_aware(now, "ring time")
        if caller.is_empty:
            raise ValidationError("a call from the app carries the caller's name, phone or account")
        client = clean_text(client, "client", MAX_TEXT["short"])
        return cls(call_id or new_call_id(), caller, location, now, bool(video), client, position_at=now)

    @property
    def waiting(self) -> bool:
        return self.status is CallStatus.WAITING

    @property
    def live(self) -> bool:
        """Ringing or in progress."""
        return self.status in (CallStatus.WAITING, CallStatus.ANSWERED)

    def answer(self, login: str, name: str, token_hash: str, now: datetime) -> None:
        if self.status is not CallStatus.WAITING:
            raise CallTaken(self.answered_by_name or self.answered_by)
        self.status = CallStatus.ANSWERED
        self.answered_at, self.answered_by, self.answered_by_name = now, login, name
        self.desk_token_hash = token_hash

    def end(self, reason: CallEnd, now: datetime) -> None:
        """Hung up by either side or lost: a call never answered is missed."""
        if not self.live:
            raise DomainError(f"call {self.id} has ended already")
        self.status = CallStatus.MISSED if self.status is CallStatus.WAITING else CallStatus.ENDED
        self.ended_at, self.end_reason = now, CallEnd(reason).value

    def move(self, location: Location, now: datetime) -> None:
        if not self.live:
            raise DomainError(f"call {self.id} has ended")
        self.location, self.position_at = location, now

    def call_back(self, login: str, now: datetime) -> None:
        if self.status is not CallStatus.MISSED:
            raise DomainError("only a missed call is called back")
        if self.called_back_at is not None:
            raise DomainError(f"this call was called back by {self.called_back_by} already")
        self.called_back_at, self.called_back_by = now, login

    def link(self, number: str) -> None:
        """The incident the call was recorded as."""
        if self.incident_number and self.incident_number != number:
            raise DomainError(f"the call is recorded as {self.incident_number} already")
        self.incident_number = number

    def waited_s(self, now: datetime) -> float:
        until = self.answered_at or self.ended_at or now
        return max(0.0, (until - self.rung_at).total_seconds())

    def without_identity(self) -> AppCall:
        """For a reader who may not see who calls: the call, its place and times, no name or phone."""
        return replace(self, caller=Caller(), desk_token_hash="")


def place_in_line(waiting: list[AppCall], call_id: str) -> int:
    """1 for the call that has waited longest; 0 when ``call_id`` is not waiting."""
    order = sorted((c for c in waiting if c.waiting), key=lambda c: (c.rung_at, c.id))
    for place, call in enumerate(order, start=1):
        if call.id == call_id:
            return place
    return 0
