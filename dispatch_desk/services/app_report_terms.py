"""The terms of a report from the app, as the intake and the service speak of them: a report as sent, its
media, the receipt the app gets back, who reads a report, and the hashes that recognise a retry and a key."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from dispatch_desk.domain.enums import AttachmentKind
from dispatch_desk.domain.values import Location


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("ascii")).hexdigest()


@dataclass(frozen=True, slots=True)
class MediaFile:
    """A photo, video or voice message whose type was read from its content."""

    kind: AttachmentKind
    media_type: str
    data: bytes
    name: str = ""


@dataclass(frozen=True)
class AppReport:
    """A report as the app sent it, its fields already checked one by one."""

    service_code: str
    description: str = ""
    address: str = ""
    location: Location | None = None
    caller_name: str = ""
    phone: str | None = None
    device_id: str | None = None
    account_id: str | None = None
    media_url: str = ""
    video_call_requested: bool = False
    idempotency_key: str | None = None
    media: tuple[MediaFile, ...] = ()


@dataclass(frozen=True, slots=True)
class Receipt:
    number: str
    created: bool  # False when a retry found the incident its first attempt made
    secret: str = ""  # the report's secret, for its author's eyes: given once, only its hash is kept
    # The idempotency key was already used for a report that said something else: nothing was stored.
    conflict: bool = False


def content_hash(report: AppReport, media_hashes: Sequence[str]) -> str:
    """SHA-256 of everything a report says (its media by their content hashes, as stored): a retry says
    exactly the same."""
    loc = report.location
    said = [
        report.service_code,
        report.description,
        report.address,
        [loc.lat, loc.lon, loc.accuracy_m] if loc is not None else None,
        report.caller_name,
        report.phone,
        report.device_id,
        report.account_id,
        report.media_url,
        report.video_call_requested,
        [[m.kind.value, m.media_type, sha] for m, sha in zip(report.media, media_hashes, strict=True)],
    ]
    return hashlib.sha256(json.dumps(said, ensure_ascii=False).encode()).hexdigest()


class Reader(StrEnum):
    """Who reads a report, by what they proved: how much of it they get (``intake/open311.py``)."""

    PUBLIC = "public"  # anyone: the number and open or closed
    AUTHOR = "author"  # the report's secret: the whole report and the measures taken
    AGENCY = "agency"  # the confidential key that posted it: the whole report
