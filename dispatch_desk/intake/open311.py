"""Open311 GeoReport v2: the fields of a posted report, and service requests as the API shows them.

Field names and meanings follow the GeoReport v2 specification (wiki.open311.org/GeoReport_v2). A report
arrives as a form, a JSON object or a multipart form with files; all three become the same flat
``{field: value}`` mapping first, so every rule below applies to each of them alike.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from dispatch_desk.domain.entities import Category, Precinct
from dispatch_desk.domain.enums import LocationSource
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import MAX_TEXT, Location, clean_text, normalize_phone
from dispatch_desk.services.app_reports import AppReport, MediaFile, Reader, ReportView

STANDARD_FIELDS = {
    "api_key",
    "jurisdiction_id",
    "service_code",
    "lat",
    "long",
    "address_string",
    "address_id",
    "email",
    "device_id",
    "account_id",
    "first_name",
    "last_name",
    "phone",
    "description",
    "media_url",
}
# attribute[...] fields this server defines (GET /v2/services/{code}.json describes them).
ATTRIBUTES = {
    "report_id": "The app's own id of this report; with device_id it makes a retry safe.",
    "video_call": "true when the citizen asks for a video call with the operator.",
    "gps_accuracy_m": "Accuracy of lat/long in metres, as the phone reported it.",
}
_ATTRIBUTE = re.compile(r"^attribute\[([A-Za-z0-9_]{1,40})\]$")
_IDEMPOTENCY = re.compile(r"^[\x21-\x7e]{1,200}$")
_URL = re.compile(r"^https?://[^\s<>\"]+$")


_DECIMAL = re.compile(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?\s*\Z", re.ASCII)
MAX_ACCURACY_M = 1_000_000


def _text(fields: dict[str, object], name: str, limit: int) -> str:
    value = fields.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be text, not {type(value).__name__}")
    if len(value) > limit:  # as sent: the limit the OpenAPI document states, before any cleaning
        raise ValidationError(f"{name} is too long: {len(value)} characters, at most {limit}")
    return clean_text(value, name, limit)


def _number(fields: dict[str, object], name: str, typed: bool) -> float | None:
    """A number: in JSON a JSON number, in a form its decimal text."""
    value = fields.get(name)
    if value is None or (not typed and isinstance(value, str) and not value.strip()):
        return None
    if typed and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise ValidationError(f"{name} must be a JSON number")
    if not typed and not isinstance(value, str):
        raise ValidationError(f"{name} must be a number")
    assert isinstance(value, int | float | str)  # as the two checks above left it
    if isinstance(value, str) and not _DECIMAL.match(value):
        # float() would also take "5_2" (52), "infinity" and full-width digits: not a coordinate's syntax
        raise ValidationError(f"{name} must be a decimal number like 52.2873, not {str(value)[:40]!r}")
    try:
        number = float(value)
    except (ValueError, OverflowError):
        raise ValidationError(f"{name} must be a number, not {str(value)[:40]!r}") from None
    if not math.isfinite(number):
        raise ValidationError(f"{name} must be a finite number")
    return number


def _flag(value: object, name: str, typed: bool) -> bool:
    if typed:
        if isinstance(value, bool):
            return value
        raise ValidationError(f"{name} must be true or false")
    if value in ("true", "false"):
        return value == "true"
    raise ValidationError(f"{name} must be true or false")


def flatten_json(body: object) -> dict[str, object]:
    """A JSON report as flat fields: ``{"attribute": {"x": 1}}`` becomes ``attribute[x]``."""
    if not isinstance(body, dict):
        raise ValidationError("the JSON body must be an object with the report's fields")
    fields: dict[str, object] = {}
    for key, value in body.items():
        if key.startswith("attribute["):
            raise ValidationError(f"in JSON, attributes go in the object 'attribute', not {key[:60]!r}")
        if key == "attribute":
            if not isinstance(value, dict):
                raise ValidationError("attribute must be an object of attribute codes and values")
            for code, item in value.items():
                fields[f"attribute[{code}]"] = item
        else:
            fields[str(key)] = value
    return fields


def form_fields(items: Iterable[tuple[str, object]]) -> dict[str, object]:
    """Form items as fields; a field given twice is an error, not a silent choice."""
    fields: dict[str, object] = {}
    for key, value in items:
        if key in fields:
            raise ValidationError(f"{key[:60]!r} is given more than once")
        fields[key] = value
    return fields


def retry_key(kind: str, sender: str, key: str) -> str:
    """The stored form of a retry key: bound to who sent it (the account or device), hashed to one
    length. The receipt also keeps what the report said, so a key reused for another report is refused."""
    return f"{kind}:" + hashlib.sha256(f"{sender}\n{key}".encode()).hexdigest()


def parse_report(
    fields: dict[str, object],
    media: tuple[MediaFile, ...] = (),
    idempotency_key: str | None = None,
    *,
    typed: bool = False,
) -> AppReport:
    """The report the fields describe, or ValidationError naming the first field that is wrong.

    ``typed``: the fields come from JSON, so numbers and true/false must be JSON numbers and booleans;
    from a form every value is text."""
    attributes = _attributes(fields)
    service_code = _text(fields, "service_code", 40)
    if not service_code:
        raise ValidationError("service_code is required (GET /v2/services.json lists the services)")
    _text(fields, "jurisdiction_id", 100)
    location = _location(fields, attributes, typed)
    address_string = _text(fields, "address_string", MAX_TEXT["address"])
    address_id = _text(fields, "address_id", 200)  # checked even when unused: nothing wrong passes unseen
    address = address_string or address_id
    if location is None and not address:
        raise ValidationError("a report needs a position (lat and long) or an address (address_string)")
    name = " ".join(
        part for part in (_text(fields, "first_name", 100), _text(fields, "last_name", 100)) if part
    )
    description = _text(fields, "description", MAX_TEXT["description"])
    phone_text = _text(fields, "phone", 40)
    try:
        phone = normalize_phone(phone_text) if phone_text else None
    except ValidationError:
        # A garbled number must not cost the citizen the report: the operator sees it as sent.
        phone = None
        description = f"{description}\n(phone as sent: {phone_text})".strip()
    _text(fields, "email", 300)  # accepted as the standard has it; the app identifies people by account
    media_url = _text(fields, "media_url", 2000)  # never fetched: kept for the operator to open
    if fields.get("media_url") and not _URL.match(str(fields["media_url"])):
        raise ValidationError("media_url must be an http:// or https:// address")
    device_id = _text(fields, "device_id", MAX_TEXT["short"]) or None
    account_id = _text(fields, "account_id", MAX_TEXT["short"]) or None
    report_id = _text(attributes, "report_id", 100) if "report_id" in attributes else ""
    video_call = (
        _flag(attributes["video_call"], "attribute[video_call]", typed)
        if "video_call" in attributes
        else False
    )
    key = _retry_key(idempotency_key, account_id or device_id or "", device_id, report_id)
    return AppReport(
        service_code=service_code,
        description=description,
        address=address,
        location=location,
        caller_name=name,
        phone=phone,
        device_id=device_id,
        account_id=account_id,
        media_url=media_url,
        video_call_requested=video_call,
        idempotency_key=key,
        media=media,
    )


def _attributes(fields: dict[str, object]) -> dict[str, object]:
    """The report's ``attribute[…]`` values by name; a null, an unknown attribute or an unknown field is
    refused."""
    attributes: dict[str, object] = {}
    for key, value in fields.items():
        if value is None:
            raise ValidationError(f"{key[:60]} must not be null: leave the field out instead")
        match = _ATTRIBUTE.match(key)
        if match:
            if match.group(1) not in ATTRIBUTES:
                raise ValidationError(
                    f"{key} is not an attribute of this server ({', '.join(sorted(ATTRIBUTES))})"
                )
            attributes[match.group(1)] = value
        elif key not in STANDARD_FIELDS:
            raise ValidationError(f"{key[:60]!r} is not a field of a GeoReport v2 service request")
    return attributes


def _location(fields: dict[str, object], attributes: dict[str, object], typed: bool) -> Location | None:
    """The position sent (lat and long together), with its accuracy when the app gave one."""
    lat, lon = _number(fields, "lat", typed), _number(fields, "long", typed)
    if (lat is None) != (lon is None):
        raise ValidationError("lat and long must be given together")
    accuracy = _number(attributes, "gps_accuracy_m", typed) if "gps_accuracy_m" in attributes else None
    if accuracy is not None and not 0 <= accuracy <= MAX_ACCURACY_M:
        raise ValidationError(f"attribute[gps_accuracy_m] must lie between 0 and {MAX_ACCURACY_M:,} metres")
    location = (
        Location(lat, lon, LocationSource.GPS, accuracy) if lat is not None and lon is not None else None
    )
    return location


def _retry_key(idempotency_key: str | None, sender: str, device_id: str | None, report_id: str) -> str | None:
    """What recognises a retry of this report: the Idempotency-Key header, else the device's report id."""
    if idempotency_key is not None:
        if not _IDEMPOTENCY.match(idempotency_key):
            raise ValidationError("the Idempotency-Key header must be 1 to 200 visible ASCII characters")
        key: str | None = retry_key("key", sender, idempotency_key)
    elif report_id and device_id:
        key = retry_key("device", device_id, report_id)
    else:
        key = None
    return key


# -- what the API shows ---------------------------------------------------------------------------
def w3c(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return moment.astimezone(zone).isoformat(timespec="seconds") if moment is not None else None


def service(category: Category, lang: str) -> dict[str, object]:
    return {
        "service_code": category.code,
        "service_name": category.name(lang),
        "description": category.name(lang),
        "metadata": True,
        "type": "realtime",
        "keywords": ", ".join(dict.fromkeys((category.name_en, category.name_ru, category.name_kk))),
        "group": "police",
    }


def service_definition(category: Category) -> dict[str, object]:
    kinds = {"report_id": "string", "video_call": "singlevaluelist", "gps_accuracy_m": "number"}
    attributes = []
    for order, (code, text) in enumerate(ATTRIBUTES.items(), start=1):
        attribute: dict[str, object] = {
            "variable": True,
            "code": code,
            "datatype": kinds[code],
            "required": False,
            "datatype_description": text,
            "order": order,
            "description": text,
        }
        if code == "video_call":
            attribute["values"] = [{"key": "true", "name": "yes"}, {"key": "false", "name": "no"}]
        attributes.append(attribute)
    return {"service_code": category.code, "attributes": attributes}


def service_request(
    view: ReportView,
    *,
    reader: Reader,
    lang: str,
    zone: ZoneInfo,
    categories: dict[str, Category],
    precincts: dict[str, Precinct],
) -> dict[str, object]:
    """One service request, as much of it as ``reader`` may read. To the public (anyone, the app's own
    key included: it ships inside every phone) only the number and open or closed: nothing that names a
    person, a place, a category or the measures taken. The report's author (its secret) and the
    confidential key that posted it read the whole report."""
    incident = view.incident
    answer: dict[str, object] = dict.fromkeys(PUBLIC_NULLS)
    answer.update(service_request_id=incident.number, status="open" if incident.status.is_open else "closed")
    if reader is Reader.PUBLIC:
        return answer
    category = categories.get(incident.category)
    precinct = precincts.get(incident.precinct or "")
    location = incident.location
    answer.update(
        status_notes=incident.citizen_message or None,
        service_name=category.name(lang) if category else incident.category,
        service_code=incident.category,
        agency_responsible=precinct.name(lang) if precinct else None,
        requested_datetime=w3c(incident.received_at, zone),
        updated_datetime=w3c(incident.updated_at or incident.received_at, zone),
        description=incident.description,
        address=incident.address or None,
        address_id=None,
        zipcode=None,
        lat=location.lat if location else None,
        long=location.lon if location else None,
        media_url=view.media_url or None,
    )
    return answer


# The fields of GeoReport v2 a public answer carries as null, so that clients find every key they expect.
PUBLIC_NULLS = (
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
)


def parse_date(text: str | None, name: str, zone: ZoneInfo) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().upper())
    except ValueError:
        raise ValidationError(f"{name} must be a W3C date and time like 2026-11-22T19:00:00+05:00") from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        # Ranges are computed from these dates: year 1 or 9999 would overflow instead of answering.
        raise ValidationError(f"{name} must lie between the years {FIRST_YEAR} and {LAST_YEAR}")
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


FIRST_YEAR, LAST_YEAR = 2000, 2200


REQUEST_ID = re.compile(r"^\d{2}-\d{6,9}$")
SERVICE_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


def split_list(text: str | None, name: str, pattern: re.Pattern[str], limit: int = 200) -> list[str]:
    items = [part.strip() for part in (text or "").split(",") if part.strip()]
    if len(items) > limit:
        raise ValidationError(f"{name} lists more than {limit} values")
    for item in items:
        if not pattern.match(item):
            raise ValidationError(f"{name}: {item[:40]!r} is not a {name.replace('_', ' ')}")
    return items
