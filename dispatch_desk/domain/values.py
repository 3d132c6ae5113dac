"""Small value objects: locations, callers, opening hours, incident numbers."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, time

import phonenumbers

from dispatch_desk.domain.enums import LocationSource
from dispatch_desk.domain.errors import ValidationError

MAX_TEXT = {"description": 10_000, "address": 500, "name": 200, "message": 4_000, "short": 120}


def clean_text(value: object, field: str, limit: int, *, required: bool = False) -> str:
    """Text from outside: str only, NULs and other control characters removed, length bounded."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be text, not {type(value).__name__}")
    text = "".join(ch for ch in value if ch in "\n\t" or ch.isprintable()).strip()
    if len(text) > limit:
        raise ValidationError(f"{field} is too long: {len(text)} characters, at most {limit}")
    if required and not text:
        raise ValidationError(f"{field} must not be empty")
    return text


@dataclass(frozen=True, slots=True)
class Location:
    lat: float
    lon: float
    source: LocationSource
    accuracy_m: float | None = None

    def __post_init__(self) -> None:
        for name, value, bound in (("latitude", self.lat, 90.0), ("longitude", self.lon, 180.0)):
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise ValidationError(f"{name} must be a number, not {value!r}")
            if not math.isfinite(value) or abs(value) > bound:
                raise ValidationError(f"{name} {value!r} is out of range (±{bound:g})")
        if self.accuracy_m is not None and (
            not math.isfinite(self.accuracy_m) or self.accuracy_m < 0 or self.accuracy_m > 1_000_000
        ):
            raise ValidationError(f"location accuracy {self.accuracy_m!r} m is not plausible")
        object.__setattr__(self, "source", LocationSource(self.source))

    # One rule for how exact a location is, whoever found it (call form, intake, demo history).
    PLACED_ACCURACY_M = 10.0  # typed coordinates, or a click on the map at street scale

    @classmethod
    def placed(cls, lat: float, lon: float) -> Location:
        """Set by the operator: typed coordinates or a click on the map."""
        return cls(lat, lon, LocationSource.MAP, cls.PLACED_ACCURACY_M)

    @classmethod
    def geocoded(cls, lat: float, lon: float, confidence: float) -> Location:
        """Found from an address: 25 m for a known house (confidence 1), up to 425 m for a street alone."""
        confidence = min(1.0, max(0.0, float(confidence)))
        return cls(lat, lon, LocationSource.GEOCODED, round(25 + (1 - confidence) * 400, 1))


def normalize_phone(text: str | None, default_region: str = "KZ") -> str | None:
    """A phone number as E.164 (``+77012345678``); ``None`` for empty input.

    Raises ValidationError for anything that is not a possible number.
    """
    if text is None or not text.strip():
        return None
    if len(text) > 40:
        raise ValidationError("phone number is too long")
    try:
        parsed = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        raise ValidationError(f"'{text}' is not a phone number") from None
    if not phonenumbers.is_possible_number(parsed):
        raise ValidationError(f"'{text}' is not a possible phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@dataclass(frozen=True, slots=True)
class Caller:
    name: str = ""
    phone: str | None = None  # E.164
    app_user_id: str | None = None

    @classmethod
    def create(
        cls, name: str | None = "", phone: str | None = None, app_user_id: str | None = None
    ) -> Caller:
        return cls(
            name=clean_text(name, "caller name", MAX_TEXT["name"]),
            phone=normalize_phone(phone),
            app_user_id=clean_text(app_user_id, "app user id", MAX_TEXT["short"]) or None,
        )

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.phone or self.app_user_id)


_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """Daily opening hours; ``closes`` before ``opens`` means the centre is open over midnight."""

    opens: time
    closes: time

    @classmethod
    def parse(cls, text: str) -> OpeningHours:
        match = _HOURS.match(text or "")
        if not match:
            raise ValidationError(f"opening hours must look like 08:00-20:00, not {text!r}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        try:
            return cls(time(h1, m1), time(h2, m2))
        except ValueError:
            raise ValidationError(f"opening hours {text!r} hold an impossible time") from None

    def __str__(self) -> str:
        return f"{self.opens:%H:%M}-{self.closes:%H:%M}"

    def is_open_at(self, moment: time) -> bool:
        if self.opens <= self.closes:
            return self.opens <= moment < self.closes
        return moment >= self.opens or moment < self.closes


_NUMBER = re.compile(r"^(\d{2})-(\d{6,})$")


def format_incident_number(year: int, sequence: int) -> str:
    """``26-000123``: two-digit year and the year's running number, easy to read on the radio."""
    if sequence < 1:
        raise ValidationError("incident sequence numbers start at 1")
    return f"{year % 100:02d}-{sequence:06d}"


def parse_incident_number(text: str) -> tuple[int, int]:
    match = _NUMBER.match(text.strip())
    if not match:
        raise ValidationError(f"'{text}' is not an incident number like 26-000123")
    return int(match.group(1)), int(match.group(2))


def require_aware(moment: datetime, field: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(f"{field} must carry a time zone")
    return moment


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?([eE][-+]?\d+)?")


def safe_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that would start a formula gets a leading apostrophe
    (a plain number such as a negative coordinate stays as it is)."""
    if value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value
