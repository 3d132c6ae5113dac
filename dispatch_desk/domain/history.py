"""Earlier incidents from a caller's number or at an address: what the desk shows as the call is typed.

A summary counts every earlier incident the reader may see, keeps the last few for the view and says
whether the address is a *repeat address* — ``REPEAT_AT`` or more incidents within ``REPEAT_WINDOW``,
the threshold precinct inspectors work from when they look for the causes behind the calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from dispatch_desk.domain.entities import Incident

REPEAT_WINDOW = timedelta(days=30)
REPEAT_AT = 3
SHOWN = 5


@dataclass(frozen=True, slots=True)
class History:
    """Earlier incidents of one kind (a phone number or an address)."""

    total: int = 0  # all earlier incidents the reader may see
    recent: int = 0  # of those, within REPEAT_WINDOW
    last: tuple[Incident, ...] = ()  # the newest SHOWN, newest first

    @property
    def is_empty(self) -> bool:
        return self.total == 0

    @property
    def repeat(self) -> bool:
        return self.recent >= REPEAT_AT


@dataclass(frozen=True, slots=True)
class CallerHistory:
    phone: History = History()
    address: History = History()

    @property
    def is_empty(self) -> bool:
        return self.phone.is_empty and self.address.is_empty


def outcome(incident: Incident) -> str:
    """What came of an incident in the words it was closed with: the first line of the free text."""
    return incident.disposition.splitlines()[0].strip() if incident.disposition else ""
