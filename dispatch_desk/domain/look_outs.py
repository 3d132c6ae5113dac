"""Look-outs: the persons and vehicles sought and the missing persons every desk watches for.

The shift lead issues a look-out with a description, the words a caller would use ("серая Лада",
"Ахметов"), a vehicle's plate, a photo, the precincts it concerns (none: the whole city) and when it
expires. Every desk shows the active ones, and a call or app report whose text names a look-out's plate
or one of its words, in a precinct it concerns, is flagged to the operator and the shift lead.

Kazakh plates are compared normalised: the format since 2012 is three digits, two or three letters and
the region's two digits ("123 ABC 02", "777 AB 14"); the earlier one a region letter, three digits and
three letters ("S 123 ABC"). People type them with or without spaces and dashes, and in Cyrillic letters
that look like the Latin ones (``123 АВС 02``); all of these are the same plate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from dispatch_desk.domain.errors import DomainError, ValidationError
from dispatch_desk.domain.values import clean_text, require_aware

LONGEST = timedelta(days=30)  # a look-out is issued again rather than left to run for months
MAX_KEYWORDS = 12
MIN_KEYWORD = 3  # shorter words match far too much

# Cyrillic letters that look like the Latin letters of Kazakh plates (both cases).
_LOOKALIKE = str.maketrans("АВЕКМНОРСТУХавекмнорстух", "ABEKMHOPCTYXABEKMHOPCTYX")
_NEW = re.compile(r"^(\d{3})([A-Z]{2,3})(\d{2})$")
_OLD = re.compile(r"^([A-Z])(\d{3})([A-Z]{3})$")
# A plate inside free text: the same shapes with optional spaces or dashes between the parts.
_IN_TEXT = re.compile(
    r"(?<![0-9A-Za-zА-Яа-я])(?:(\d{3})[\s-]?([A-ZА-Я]{2,3})[\s-]?(\d{2})|([A-ZА-Я])[\s-]?(\d{3})[\s-]?([A-ZА-Я]{3}))"
    r"(?![0-9A-Za-zА-Яа-я])",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+", re.UNICODE)


class LookOutKind(StrEnum):
    PERSON = "person"  # a person sought
    VEHICLE = "vehicle"
    MISSING = "missing"  # a missing person


def normalise_plate(text: str) -> str:
    """The plate in the desk's one spelling ("123 ABC 02", "S 123 ABC"); ``ValidationError`` otherwise."""
    raw = re.sub(r"[\s\-_.]", "", (text or "").translate(_LOOKALIKE).upper())
    match = _NEW.match(raw)
    if match:
        region = int(match.group(3))
        if not 1 <= region <= 20:
            raise ValidationError(
                f"'{text[:20]}': region {match.group(3)} is not a Kazakh region code (01–20)"
            )
        return f"{match.group(1)} {match.group(2)} {match.group(3)}"
    match = _OLD.match(raw)
    if match:
        return f"{match.group(1)} {match.group(2)} {match.group(3)}"
    raise ValidationError(f"'{text[:20]}' is not a Kazakh plate such as 123 ABC 02")


def plates_in(text: str) -> set[str]:
    """Every plate written in ``text``, normalised."""
    found = set()
    for match in _IN_TEXT.finditer(text or ""):
        try:
            found.add(normalise_plate(match.group(0)))
        except ValidationError:
            continue
    return found


def _words(text: str) -> list[str]:
    return _WORD.findall((text or "").casefold())


_ENDING = "аеёиоуыэюяйьіүұөәы"


def _stem(word: str) -> str:
    """A word without its ending's vowels, four letters kept at least: "куртка" → "куртк" finds
    "куртке", "курткой"; "красная" → "красн" finds "красной"."""
    stem = word
    while len(stem) > 4 and stem[-1] in _ENDING:
        stem = stem[:-1]
    return stem


@dataclass(slots=True)
class LookOut:
    kind: LookOutKind
    description: str
    expires_at: datetime
    created_at: datetime
    created_by: str
    keywords: tuple[str, ...] = ()
    plate: str | None = None
    photo_sha256: str | None = None
    precincts: tuple[str, ...] = ()  # empty: the whole city
    ended_at: datetime | None = None
    ended_by: str | None = None
    end_reason: str = ""
    id: int | None = None
    version: int = 0
    _phrases: tuple[tuple[str, ...], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        self.kind = LookOutKind(self.kind)
        self.description = clean_text(self.description, "description", 2000, required=True)
        require_aware(self.expires_at, "expiry")
        require_aware(self.created_at, "issue time")
        words: list[str] = []
        for keyword in self.keywords:
            word = clean_text(keyword, "keyword", 60)
            if word and word.casefold() not in (w.casefold() for w in words):
                if len(word) < MIN_KEYWORD:
                    raise ValidationError(f"'{word}': a word to watch for has {MIN_KEYWORD} letters at least")
                words.append(word)
        if len(words) > MAX_KEYWORDS:
            raise ValidationError(f"at most {MAX_KEYWORDS} words to watch for")
        self.keywords = tuple(words)
        self.plate = normalise_plate(self.plate) if self.plate else None
        if self.kind is LookOutKind.VEHICLE and not self.plate and not self.keywords:
            raise ValidationError("a vehicle is sought by its plate or by words such as its make and colour")
        if self.kind is not LookOutKind.VEHICLE and not self.keywords:
            raise ValidationError("name the words a caller would use: a name, a feature, clothes")
        self.precincts = tuple(sorted({clean_text(p, "precinct", 40) for p in self.precincts} - {""}))
        self._phrases = tuple(tuple(_stem(w) for w in _words(k)) for k in self.keywords)

    def check_new(self, now: datetime) -> None:
        if not now < self.expires_at <= now + LONGEST:
            raise ValidationError("a look-out expires in the future and within 30 days")

    def is_active(self, now: datetime) -> bool:
        return self.ended_at is None and now < self.expires_at

    def end(self, by: str, at: datetime, reason: str) -> None:
        if self.ended_at is not None:
            raise DomainError(f"look-out {self.id} has already ended")
        self.ended_at, self.ended_by = at, by
        self.end_reason = clean_text(reason, "reason", 500, required=True)

    def concerns(self, precinct: str | None) -> bool:
        """Whether an incident in ``precinct`` is watched for (one not located yet always is)."""
        return not self.precincts or precinct is None or precinct in self.precincts

    def matched_by(self, text: str, plates: set[str] | None = None) -> list[str]:
        """What of this look-out ``text`` names: its plate and the words found (whole words, in order)."""
        found = []
        if self.plate and self.plate in (plates if plates is not None else plates_in(text)):
            found.append(self.plate)
        words = _words(text)
        for keyword, phrase in zip(self.keywords, self._phrases, strict=True):
            if phrase and _contains(words, phrase):
                found.append(keyword)
        return found


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """``phrase`` (stems) appears in ``words`` in order; a word matches one that begins with its stem
    (Russian and Kazakh endings: "Ахметов" finds "Ахметова", "Ахметовым")."""
    n = len(phrase)
    for start in range(len(words) - n + 1):
        if all(words[start + k].startswith(phrase[k]) for k in range(n)):
            return True
    return False


@dataclass(frozen=True)
class Match:
    look_out: LookOut
    found: tuple[str, ...]  # the plate and words of the look-out that the text names


def matches(look_outs: Iterable[LookOut], text: str, precinct: str | None, now: datetime) -> list[Match]:
    """The active look-outs concerning ``precinct`` that ``text`` (a call's description and address)
    names, the one with most found first."""
    plates = plates_in(text)
    result = []
    for look_out in look_outs:
        if not look_out.is_active(now) or not look_out.concerns(precinct):
            continue
        found = look_out.matched_by(text, plates)
        if found:
            result.append(Match(look_out, tuple(found)))
    result.sort(key=lambda m: (-len(m.found), m.look_out.expires_at))
    return result
