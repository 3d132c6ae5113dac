"""The one way a new incident is made: from a typed call, an app report or the demo's history.

Whatever the channel, the same steps in the same order: text cleaned and bounded, the caller's phone
read as E.164, the place geocoded (or taken as given), the precinct looked up once, the location's
accuracy by one rule (``Location.placed`` / ``Location.geocoded``), an address for a bare GPS point,
the address the geocoder matched as the incident's address (what was typed kept beside it), the address
key for "earlier incidents here", and the category's priority unless one was chosen.
Nothing is stored here: the caller commits the incident in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from dispatch_desk.domain.address import address_key
from dispatch_desk.domain.dispatch_rules import distance_m
from dispatch_desk.domain.entities import Attachment, Category, Incident
from dispatch_desk.domain.enums import Channel, LocationSource, Priority
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import MAX_TEXT, Caller, Location, clean_text, require_aware


@dataclass(frozen=True)
class CallDraft:
    """What an operator typed or an app sent, before it becomes an incident."""

    channel: Channel
    category: str
    description: str = ""
    address: str = ""
    location: Location | None = None
    caller_name: str = ""
    caller_phone: str | None = None
    app_user_id: str | None = None
    priority: Priority | None = None
    received_at: datetime | None = None
    parent_number: str | None = None
    video_call_requested: bool = False


class Place(Protocol):
    """What geocoding answers: a point, how it was found, and the precinct it lies in."""

    @property
    def address(self) -> str: ...

    @property
    def precinct(self) -> str | None: ...

    def location(self) -> Location: ...


# An address written beside a GPS point or a place on the map is taken as the gazetteer's building when
# that building lies this near the point (a GPS fix of a phone indoors errs by tens of metres).
SAME_PLACE_M = 250.0


def _metres_apart(a: Location, b: Location) -> float:
    return distance_m(a.lat, a.lon, b.lat, b.lon)


@dataclass(frozen=True)
class Geography:
    """Where the factory learns places: precinct of a point, point of an address, address of a point."""

    locate: Callable[[float, float], str | None]
    geocode: Callable[[str], Place | None] | None = None
    reverse: Callable[[float, float], Place | None] | None = None


def make_incident(
    draft: CallDraft,
    category: Category,
    geography: Geography,
    *,
    now: datetime,
    attachments: Sequence[Attachment] = (),
    created_at: datetime | None = None,
    number: str = "",
) -> Incident:
    """A new incident from ``draft`` (not yet stored). ``created_at`` and ``number`` serve the demo's
    history, which makes incidents of the past; live incidents are created now and numbered on commit."""
    received = require_aware(draft.received_at, "received time") if draft.received_at else now
    if received > now:
        raise ValidationError("the received time lies in the future")
    if not category.active:
        raise ValidationError(f"'{category.code}' is not a known category")
    description = clean_text(draft.description, "description", MAX_TEXT["description"])
    address = clean_text(draft.address, "address", MAX_TEXT["address"])
    caller = Caller.create(draft.caller_name, draft.caller_phone, draft.app_user_id)
    channel = Channel(draft.channel)
    location = draft.location
    if location is None and not address:
        raise ValidationError("an incident needs an address or a location")
    precinct: str | None = None
    typed = address
    if location is None and geography.geocode is not None:
        # Never blocks the call: no match (or a failing geocoder) leaves the location unverified.
        found = geography.geocode(address)
        if found is not None:
            location, precinct = found.location(), found.precinct
            address = found.address or address
    elif location is not None:
        if address and geography.geocode is not None:
            # The address stored is the gazetteer's own (in its language, with its key), whatever language
            # it was shown or typed in: the one the form's place was geocoded from, or the one written
            # beside a GPS point or a place on the map when it names a building near that point.
            found = geography.geocode(address)
            if (
                found is not None
                and found.address
                and (
                    location.source is LocationSource.GEOCODED
                    or _metres_apart(found.location(), location) <= SAME_PLACE_M
                )
            ):
                address = found.address
        if not address and geography.reverse is not None:
            nearest = geography.reverse(location.lat, location.lon)
            address = nearest.address if nearest is not None else ""
        precinct = geography.locate(location.lat, location.lon)
    created = created_at or now
    return Incident(
        channel=channel,
        category=category.code,
        priority=Priority.parse(draft.priority) if draft.priority is not None else category.default_priority,
        received_at=received,
        created_at=created,
        updated_at=created,
        description=description,
        address=address,
        address_key=address_key(address),
        typed_address=typed if typed != address else "",
        location=location,
        precinct=precinct,
        caller=caller,
        attachments=list(attachments),
        parent_number=draft.parent_number or None,
        video_call_requested=bool(draft.video_call_requested),
        confidential=category.confidential,
        number=number,
    )
