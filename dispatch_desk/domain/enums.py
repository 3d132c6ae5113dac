"""Enumerations of the domain. Values are stable identifiers stored in the database."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Channel(StrEnum):
    PHONE = "phone"
    APP = "app"
    VIDEO_CALL = "video_call"
    WALK_IN = "walk_in"


class Priority(IntEnum):
    """1 is the most urgent."""

    LIFE_IN_DANGER = 1
    URGENT = 2
    ROUTINE = 3
    NO_URGENCY = 4

    @classmethod
    def parse(cls, value: object) -> Priority:
        from dispatch_desk.domain.errors import ValidationError

        try:
            number = int(value)  # type: ignore[call-overload]
            return cls(number)
        except (TypeError, ValueError):
            raise ValidationError(f"priority must be 1, 2, 3 or 4, not {value!r}") from None


class IncidentStatus(StrEnum):
    NEW = "new"
    DISPATCHED = "dispatched"
    EN_ROUTE = "en_route"
    ON_SCENE = "on_scene"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    REOPENED = "reopened"

    @property
    def is_open(self) -> bool:
        return self not in (IncidentStatus.CLOSED, IncidentStatus.CANCELLED)


OPEN_INCIDENT_STATUSES: tuple[IncidentStatus, ...] = tuple(s for s in IncidentStatus if s.is_open)


class UnitKind(StrEnum):
    PATROL_CAR = "patrol_car"
    FOOT_PATROL = "foot_patrol"
    TRAFFIC = "traffic"
    JUVENILE_INSPECTOR = "juvenile_inspector"
    PRECINCT_INSPECTOR = "precinct_inspector"


class UnitStatus(StrEnum):
    AVAILABLE = "available"
    DISPATCHED = "dispatched"
    EN_ROUTE = "en_route"
    ON_SCENE = "on_scene"
    RETURNING = "returning"
    BUSY = "busy"
    MEAL_BREAK = "meal_break"  # marked by the shift lead; not recommended, may still be sent
    OFF_SHIFT = "off_shift"

    @property
    def is_committed(self) -> bool:
        """True while the unit works an incident."""
        return self in (UnitStatus.DISPATCHED, UnitStatus.EN_ROUTE, UnitStatus.ON_SCENE)


class LocationSource(StrEnum):
    GPS = "gps"
    GEOCODED = "geocoded"
    MAP = "map"
    UNVERIFIED = "unverified"


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    VIDEO = "video"
    AUDIO = "audio"
