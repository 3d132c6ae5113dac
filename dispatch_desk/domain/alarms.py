"""An officer in danger: the panic input of a patrol's tracker, raised as an alarm on every desk.

A tracker says "alarm" with a fix (Teltonika's panic input or alarm event, Wialon's ``SOS`` parameter,
Traccar Client's ``alarm=sos``). The first such fix of a unit raises an alarm where that fix (or, unusable,
the unit's last position) puts it; while it is open (no shift lead has acknowledged it yet) later alarm
fixes of the unit raise nothing new — the desks show where the unit is now from its live position. A
panic button held down, or a device that repeats its alarm for a while,
does not raise again within ``HELD`` of the acknowledgement. An alarm fix older than ``LATE`` (a black box
emptied long after) stays in the unit's track, marked, and raises nothing: the desks act on the present.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from dispatch_desk.domain.fixes import Fix, Source, Verdict

LATE = timedelta(minutes=30)
HELD = timedelta(minutes=2)
MAX_NOTE = 500


@dataclass(frozen=True, slots=True)
class Alarm:
    """One alarm of one unit, from its first alarm fix until a shift lead acknowledged it."""

    id: int
    call_sign: str
    device: str
    source: Source
    raised_at: datetime  # the server's time it was raised
    at: datetime  # the device's time of the alarm fix that raised it
    lat: float | None  # where the unit was, as well as known (None: it never had a usable fix)
    lon: float | None
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None
    note: str = ""


def raises(
    fix: Fix,
    verdict: Verdict,
    open_alarm: bool,
    acknowledged_at: datetime | None,
    now: datetime,
) -> bool:
    """Whether ``fix`` (judged ``verdict``) raises a new alarm of its unit: ``open_alarm`` whether one is
    open already, ``acknowledged_at`` when the unit's last one was acknowledged."""
    if not fix.alarm or verdict is Verdict.FUTURE or fix.at < now - LATE or open_alarm:
        return False
    return acknowledged_at is None or now - acknowledged_at >= HELD


def usable_position(fix: Fix, verdict: Verdict) -> tuple[float, float] | None:
    """The alarm fix's own position, when it may be trusted (otherwise the unit's last known is shown)."""
    return (fix.lat, fix.lon) if verdict in (Verdict.MOVES, Verdict.OLDER) else None
